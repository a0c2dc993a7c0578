-- The plan form as a browser sends it: POST /plans with the CSRF cookie and its form token;
-- the answer must be a 303 to the new plan (anything else counts as unexpected).
-- Args: BASE_URL RACE_DATES(comma-separated Sundays) CONNECTIONS_PER_THREAD. Used by bench/load.sh.
--
-- Each connection should have loaded the form first. wrk's Lua API has no per-connection hook, so
-- each thread loads the form page (GET /) once per connection it owns, with curl, before the run:
-- one XSRF-TOKEN cookie and _csrf hidden input each; requests take those in turn.
dofile("bench/wrk/common.lua")

local sessions, races = {}, {}
local sent = 0

function init(args)
   local base = args[1]
   for date in string.gmatch(args[2], "[^,]+") do table.insert(races, date) end
   for _ = 1, tonumber(args[3]) do
      local page = assert(io.popen("curl -s -D - '" .. base .. "/'")):read("*a")
      local cookie = string.match(page, "[Ss]et%-[Cc]ookie: (XSRF%-TOKEN=[^;\r\n]+)")
      local csrf = string.match(page, 'name="_csrf" value="([^"]+)"')
      assert(cookie and csrf, "no CSRF cookie or _csrf input on " .. base .. "/")
      table.insert(sessions, { cookie = cookie, csrf = csrf })
   end
end

function request()
   sent = sent + 1
   local session = sessions[sent % #sessions + 1]
   local body = "runnerName=Form+Runner+" .. id .. "-" .. sent .. "&raceName=&raceDate=" .. races[sent % #races + 1]
      .. "&raceDistance=MARATHON&weeklyMileage=" .. (20 + sent % 40) .. "&mileageUnit=MILES"
      .. "&longRunDay=SUNDAY&speedDay=WEDNESDAY"
      .. "&crampMuscles=CALF&_crampMuscles=on&crampMuscles=HAMSTRING&_crampMuscles=on&_crampMuscles=on&_crampMuscles=on"
      .. "&crampFrequency=SOMETIMES&crampOnset=&_crampsInTraining=on&_fluidsAlreadyChanged=on"
      .. "&liftingExperience=SOME&equipment=GYM&_raceConditions=on&_raceConditions=on"
      .. "&preferredStartWeeks=15&coachCode=&_csrf=" .. session.csrf
   return wrk.format("POST", "/plans", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = session.cookie,
   }, body)
end

function response(status, headers, body)
   if status ~= 303 then unexpected = unexpected + 1 end
end
