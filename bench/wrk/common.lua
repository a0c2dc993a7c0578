-- Shared by the bench/wrk scripts, which load it with dofile("bench/wrk/common.lua"): run wrk
-- from the repository root (bench/load.sh does). Each wrk thread has its own Lua state; setup()
-- and done() run in wrk's main one.
--
-- done() prints one line that bench/load.sh reads:
--   RESULT rps=… p50_ms=… p99_ms=… status_errors=… socket_errors=… unexpected=… requests=…
-- status_errors: answers that are not 2xx/3xx (wrk's own count); socket_errors: connect, read,
-- write and timeout errors; unexpected: answers other than the status a script expects (only
-- scripts with a response() function count them, in the per-thread global `unexpected`).

local threads = {}

-- wrk calls setup() then init() for one thread before it makes the next, so init() knows its
-- own id but not how many threads there are: scripts that need that get it as an argument.
function setup(thread)
   thread:set("id", #threads + 1)          -- 1, 2, …
   table.insert(threads, thread)
end

unexpected = 0

function done(summary, latency, requests)
   local wrong = 0
   for _, t in ipairs(threads) do wrong = wrong + (t:get("unexpected") or 0) end
   local e = summary.errors
   io.write(string.format(
      "RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f status_errors=%d socket_errors=%d unexpected=%d requests=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      e.status, e.connect + e.read + e.write + e.timeout, wrong, summary.requests))
end

-- wrk calls request() once on its first thread before the run, to check the script, and throws
-- that request away (wrk 4.1, script_verify_request). Scripts that count what they send skip it.
function is_dry_run()
   if id == 1 and not dry_run_seen then
      dry_run_seen = true
      return true
   end
   return false
end

-- What a seeding thread sends once its share is sent: a cheap request whose answer is told apart
-- by its content type, until bench/load.sh stops wrk.
function filler()
   return wrk.format("GET", "/actuator/health")
end

function is_filler(headers)
   local type = headers["Content-Type"] or headers["content-type"] or ""
   return string.find(type, "actuator", 1, true) ~= nil
end

-- A seeding thread that got all its answers leaves a marker file and stops.
function finish(dir)
   assert(io.open(dir .. "/done." .. id, "w")):close()
   wrk.thread:stop()
end

function lines(path)
   local all = {}
   for line in assert(io.open(path)):lines() do
      if line ~= "" then table.insert(all, line) end
   end
   return all
end
