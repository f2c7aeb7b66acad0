-- wrk script of bench/tasks.sh: one unit's task list per request, the unit taken in turn from BENCH_UNITS,
-- with the bearer token BENCH_TOKEN.
local ids = {}
for id in string.gmatch(os.getenv("BENCH_UNITS") or "", "%d+") do
  ids[#ids + 1] = id
end
local headers = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or ""), ["Accept"] = "application/json" }
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/tasks?unitId=" .. ids[(i % #ids) + 1] .. "&size=50", headers)
end
