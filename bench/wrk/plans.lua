-- GET a plan by token, spread over every seeded plan: the plan page or the JSON.
-- Args: PATH_PREFIX ("/plans/" or "/api/plans/") TOKENS_FILE. Used by bench/load.sh.
-- No response() function: wrk then skips handing each body (a plan page is ~330 kB) to Lua, and a
-- wrong token would be a 404, which wrk counts as a status error.
dofile("bench/wrk/common.lua")

local prefix, tokens

function init(args)
   prefix = args[1]
   tokens = lines(args[2])
   math.randomseed(os.time() * 100 + id)
end

function request()
   return wrk.format("GET", prefix .. tokens[math.random(#tokens)])
end
