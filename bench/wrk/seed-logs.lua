-- Logs sessions through PUT /api/plans/{token}/sessions/{id}/log; used by bench/load.sh.
-- Args: LOGS_FILE ("token session-id" a line) THREADS OUT_DIR. Thread n takes every THREADS-th
-- line and writes OUT_DIR/errors.n (the status of every answer but 200) and OUT_DIR/done.n when
-- all of them got an answer. The sessions are still ahead (the plans were made today), so they
-- are logged SKIPPED with a note: DONE is refused before its day.
dofile("bench/wrk/common.lua")

local json = { ["Content-Type"] = "application/json" }
local mine, out, errors
local sent, answered = 0, 0

function init(args)
   local threads = tonumber(args[2])
   out = args[3]
   errors = assert(io.open(out .. "/errors." .. id, "w"))
   mine = {}
   for i, line in ipairs(lines(args[1])) do
      if i % threads == id - 1 then table.insert(mine, line) end
   end
   if #mine == 0 then
      errors:close()
      finish(out)
   end
end

function request()
   if is_dry_run() or sent >= #mine then
      return filler()
   end
   sent = sent + 1
   local token, session = string.match(mine[sent], "^(%S+) (%S+)$")
   local note = (sent % 2 == 0) and "Travelling this week" or "Sore calf, rested"
   return wrk.format("PUT", "/api/plans/" .. token .. "/sessions/" .. session .. "/log", json,
      '{"status":"SKIPPED","note":"' .. note .. '"}')
end

function response(status, headers, body)
   if is_filler(headers) then return end
   answered = answered + 1
   if status ~= 200 then
      unexpected = unexpected + 1
      errors:write(status, "\n")
   end
   if answered == #mine then
      errors:close()
      finish(out)
   end
end
