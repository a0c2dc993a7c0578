-- The coach roster, signed in: GET /coach?sort=…&dir=desc&page=…, sort column and page varied
-- so that H2's result cache of identical queries is not what is measured.
-- Args: SESSION_COOKIE ("JSESSIONID=…") PAGES. Anything but 200 (e.g. a 302 to the sign-in page)
-- counts as unexpected. Used by bench/load.sh.
dofile("bench/wrk/common.lua")

local sorts = { "name", "race", "weeks", "phase", "completion", "cramp", "secondDay", "unread" }
local pages

function init(args)
   wrk.headers["Cookie"] = args[1]
   pages = tonumber(args[2])
   math.randomseed(os.time() * 100 + id)
end

function request()
   return wrk.format("GET", string.format("/coach?sort=%s&dir=desc&page=%d",
      sorts[math.random(#sorts)], math.random(0, pages - 1)))
end

function response(status, headers, body)
   if status ~= 200 then unexpected = unexpected + 1 end
end
