-- bench/nation.lua — wrk script of bench/nation.sh: GET a path drawn at random from the file $BENCH_PATHS (one per line)
-- with the token $BENCH_TOKEN; at the end, one line "BENCH requests non2xx p50_ms p95_ms p99_ms max_ms timeouts errors".
local paths, token = {}, os.getenv("BENCH_TOKEN")

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], { ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "vi" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %.1f %.1f %.1f %.1f %d %d\n", summary.requests, e.status, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, e.timeout, e.connect + e.read + e.write))
end
