-- wrk script of bench/perf.sh: cycles through a list of paths, one a line, so that requests
-- spread over tenants and pages instead of repeating one URL.
--   wrk -t2 -c32 -d30s -s bench/perf.lua http://127.0.0.1:8096 -- LIST_FILE THREADS
-- Thread t of T starts at line t and steps by T, so together the threads go through the list
-- once before any line repeats. At the end it prints one line that perf.sh reads:
--   perf: requests=… seconds=… rps=… p50_ms=… p95_ms=… p99_ms=… errors=… non200=… hit=… miss=… bypass=… distinct=…
-- hit/miss/bypass count the app's X-Etalase-Cache header (nginx sends none).

local threads = {}
local count = 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  listsize = #paths
  nthreads = tonumber(args[2] or 1)
  nxt = id
  sent = 0
  hit, miss, bypass, non200 = 0, 0, 0, 0
end

function request()
  local path = paths[(nxt % #paths) + 1]
  nxt = nxt + nthreads
  sent = sent + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
  local cache = headers["X-Etalase-Cache"] or headers["x-etalase-cache"]
  if cache == "hit" then
    hit = hit + 1
  elseif cache == "miss" then
    miss = miss + 1
  elseif cache == "bypass" then
    bypass = bypass + 1
  end
end

function done(summary, latency, requests)
  local h, m, b, n, s, size = 0, 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    h = h + (t:get("hit") or 0)
    m = m + (t:get("miss") or 0)
    b = b + (t:get("bypass") or 0)
    n = n + (t:get("non200") or 0)
    s = s + (t:get("sent") or 0)
    size = t:get("listsize") or size
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "perf: requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "errors=%d non200=%d hit=%d miss=%d bypass=%d distinct=%d list=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, n + e.status, h, m, b,
    math.min(s, size), size))
end
