-- Seeds plans through POST /api/plans, all joining one coach; used by bench/load.sh.
-- Args: CODE TOTAL THREADS RACE_DATES(comma-separated Sundays) OUT_DIR
-- Thread n writes OUT_DIR/tokens.n (one plan token a line) and OUT_DIR/logs.n ("token session-id"
-- for the first three sessions of every second plan), OUT_DIR/errors.n (the status of every other
-- answer), then OUT_DIR/done.n when all its plans got an answer. Long runs on Sunday and the block starting 15 weeks out: every plan has 13 weeks.
dofile("bench/wrk/common.lua")

local experiences = { "NONE", "SOME", "REGULAR" }
local equipment = { "GYM", "DUMBBELLS", "BODYWEIGHT" }
local json = { ["Content-Type"] = "application/json" }
local code, quota, first, races, out, tokens, logs, errors
local sent, answered = 0, 0

function init(args)
   code, out = args[1], args[5]
   local total, threads = tonumber(args[2]), tonumber(args[3])
   quota = math.floor(total / threads) + ((id <= total % threads) and 1 or 0)
   first = (id - 1) * math.floor(total / threads) + math.min(id - 1, total % threads)
   races = {}
   for date in string.gmatch(args[4], "[^,]+") do table.insert(races, date) end
   tokens = assert(io.open(out .. "/tokens." .. id, "w"))
   logs = assert(io.open(out .. "/logs." .. id, "w"))
   errors = assert(io.open(out .. "/errors." .. id, "w"))
end

local function body(n)
   return string.format('{"runnerName":"Runner %05d","raceDate":"%s","weeklyMileage":%d,"mileageUnit":"MILES",'
      .. '"longRunDay":"SUNDAY","speedDay":"WEDNESDAY","crampMuscles":["CALF","HAMSTRING"],'
      .. '"crampFrequency":"SOMETIMES","liftingExperience":"%s","equipment":"%s","preferredStartWeeks":15,'
      .. '"coachCode":"%s"}',
      n, races[n % #races + 1], 20 + n % 40, experiences[n % 3 + 1], equipment[math.floor(n / 3) % 3 + 1], code)
end

function request()
   if is_dry_run() or sent >= quota then
      return filler()
   end
   sent = sent + 1
   return wrk.format("POST", "/api/plans", json, body(first + sent))
end

function response(status, headers, body)
   if is_filler(headers) then return end
   answered = answered + 1
   local token = status == 201 and string.match(headers["Location"] or "", "/api/plans/([^/]+)$")
   if token then
      tokens:write(token, "\n")
      if answered % 2 == 0 then
         local logged = 0
         for session in string.gmatch(body, '"id":"(%d%d%d%d%-%d%d%-%d%d%-%a+)"') do
            logs:write(token, " ", session, "\n")
            logged = logged + 1
            if logged == 3 then break end
         end
      end
   else
      unexpected = unexpected + 1
      errors:write(status, "\n")
   end
   if answered == quota then
      tokens:close()
      logs:close()
      errors:close()
      finish(out)
   end
end
