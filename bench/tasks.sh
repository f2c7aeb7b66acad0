#!/usr/bin/env bash
# bench/tasks.sh — issue 11's task-list bench: "this unit's tasks, 50 rows plus the total", with a real
# Keycloak token, over 20,000 tasks spread over 40 units of Phú Thọ, under wrk pinned to one core.
#
#  1. starts a fresh MariaDB, Keycloak with the realm and the backend jar (demo data loaded), as
#     deploy/test.sh does, on ports of its own
#  2. the dataset: bench/tasks_dataset.py creates 10 plans × 40 tasks (one led by each unit) through the
#     API, as pt.coordinator, and issues them; SQL then copies each task with its assignment, tags and rows of
#     the read model task_unit 49 times (the copies have the API's shapes; they have no deadlines: this bench
#     reads tasks only)
#  3. wrk (Debian's package, installed when missing) on GET /api/v1/tasks?unitId=…&size=50, the unit varied
#     per request, at 1, 8 and 32 connections, each three times, interleaved; a warm-up first (wrk, taskset
#     and Debian's mariadb client are installed when missing); one request is checked first: the unit's
#     500 tasks, 50 on the page
#  3b. the SQL ceiling: MariaDB's general log records the statements the backend sends for one request of
#     each unit; bench/JdbcReplay.java replays them over JDBC (the backend's driver jar and settings) at the
#     same concurrency, pinned to the same core, after each wrk run
#  4. prints the medians, the goals of issue 11 with pass or fail, and the backend's resident memory
#     (also written to .run/bench/tasks.txt). A bench, not a test: it gates nothing.
#
# Environment (optional): CCHC_BENCH_DB_PORT (3309), CCHC_BENCH_KEYCLOAK_PORT (8189),
#   CCHC_BENCH_API_PORT (8089), CCHC_BENCH_SECONDS (15, per run), CCHC_BENCH_ROUNDS (3),
#   CCHC_BENCH_WARMUP (60, seconds at c=8 before measuring), CCHC_SKIP_BUILD=1 (use the last backend build)
set -euo pipefail

# shellcheck source=bench/load.sh
source "$(dirname "${BASH_SOURCE[0]}")/load.sh"
SECONDS_PER_RUN="${CCHC_BENCH_SECONDS:-15}"
ROUNDS="${CCHC_BENCH_ROUNDS:-3}"
PLANS=10
COPIES=49 # 10 plans × 40 tasks × (1 + 49) = 20,000 tasks
RESULTS="$RUN/tasks.txt"

rm -rf "$RUN/tasks-mariadb" "$RESULTS"
bench_start_stack tasks

sql() { mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -ucchc -pcchc -N -B cchc_bench -e "$1"; }
token() { python3 "$BENCH_DIR/token.py" "$kc_url" pt.coordinator "${CCHC_BENCH_PASSWORD:-Demo@2026}"; }

cchc_log "dataset: $PLANS plans × 40 tasks through the API"
dataset="$(python3 "$BENCH_DIR/tasks_dataset.py" "$api" "$(token)" "$PLANS")"
plans="$(python3 -c 'import json,sys; print(",".join(map(str, json.load(sys.stdin)["plans"])))' <<<"$dataset")"
units="$(python3 -c 'import json,sys; print(" ".join(map(str, json.load(sys.stdin)["units"])))' <<<"$dataset")"
cchc_log "dataset: each task copied $COPIES times in SQL"
sql "
INSERT INTO task (plan_id, position, section_code, section_title, order_no, content, expected_output, target_quantity,
  target_measure, target_metric, target_per_unit, budget_vnd, timeframe_text, timeframe_kind, timeframe_quarters,
  start_date, end_date, search_text)
SELECT t.plan_id, t.position + 1000 * s.seq, t.section_code, t.section_title, t.order_no + 40 * s.seq,
  CONCAT(t.content, ' (bản ', s.seq, ')'), t.expected_output, t.target_quantity, t.target_measure, t.target_metric,
  t.target_per_unit, t.budget_vnd, t.timeframe_text, t.timeframe_kind, t.timeframe_quarters, t.start_date, t.end_date,
  CONCAT(t.search_text, ' ban ', s.seq)
FROM task t JOIN seq_1_to_${COPIES} s WHERE t.plan_id IN ($plans) AND t.position < 1000;
INSERT INTO task_assignment (task_id, role, position, unit_id, unit_group, text)
SELECT c.id, a.role, a.position, a.unit_id, a.unit_group, a.text
FROM task c JOIN task t ON t.plan_id = c.plan_id AND t.position = c.position MOD 1000 JOIN task_assignment a ON a.task_id = t.id
WHERE c.plan_id IN ($plans) AND c.position >= 1000;
INSERT INTO task_tag (task_id, list_code, code)
SELECT c.id, g.list_code, g.code
FROM task c JOIN task t ON t.plan_id = c.plan_id AND t.position = c.position MOD 1000 JOIN task_tag g ON g.task_id = t.id
WHERE c.plan_id IN ($plans) AND c.position >= 1000;
INSERT INTO task_unit (unit_id, task_id, plan_id, position, leads, cooperates)
SELECT m.unit_id, c.id, c.plan_id, c.position, m.leads, m.cooperates
FROM task c JOIN task t ON t.plan_id = c.plan_id AND t.position = c.position MOD 1000 JOIN task_unit m ON m.task_id = t.id
WHERE c.plan_id IN ($plans) AND c.position >= 1000;
ANALYZE TABLE task, task_assignment, task_tag, task_unit;" >/dev/null
tasks="$(sql "SELECT COUNT(*) FROM task WHERE plan_id IN ($plans)")"
per_unit="$(sql "SELECT MIN(n) FROM (SELECT COUNT(*) n FROM task_assignment a JOIN task t ON t.id = a.task_id
  WHERE t.plan_id IN ($plans) GROUP BY a.unit_id) x")"
cchc_log "dataset: $tasks tasks in the bench's plans, at least $per_unit per unit"

backend_pid="$(ss -ltnpH "sport = :$API_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$backend_pid/status"; }
rss_idle="$(rss)"

# one run: prints "req/s p50_ms p99_ms non2xx"
run() {
  local conns="$1" out
  out="$(BENCH_TOKEN="$(token)" BENCH_UNITS="$units" taskset -c 1 wrk -t1 -c"$conns" -d"${2:-$SECONDS_PER_RUN}s" --latency \
    -s "$BENCH_DIR/tasks.lua" "$api")"
  echo "$out" >>"$LOGS/tasks-wrk.log"
  python3 - "$out" <<'EOF'
import re, sys
out = sys.argv[1]
def ms(label):
    m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v = float(m.group(1))
    return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
errors = re.search(r"Socket errors:.*", out)
print(f"{rps:.1f} {ms('50%'):.1f} {ms('99%'):.1f} {int(bad.group(1)) if bad else 0}{' ' + errors.group(0) if errors else ''}")
EOF
}

# what a user would see must not change with speed: one unit's list answers its 500 tasks (50 on the page)
check="$(curl -sf -H "Authorization: Bearer $(token)" "$api/api/v1/tasks?unitId=${units%% *}&size=50")"
read -r total shown <<<"$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], len(d["items"]))' <<<"$check")"
cchc_log "check: unit ${units%% *} has $total tasks, $shown on the first page"
if ((total < per_unit || shown != 50)); then
  cchc_log "ERROR: the task list does not answer the dataset ($total tasks, $shown shown; expected >= $per_unit and 50)"
  exit 1
fi

# the ceiling: the statements the backend sends for one request of each unit (MariaDB's general log), replayed over
# JDBC by bench/JdbcReplay.java with the backend's own driver and connection settings, pinned like wrk
replay_file="$RUN/tasks-statements.txt"
: >"$replay_file"
root_sql() { mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -uroot -N -B cchc_bench -e "$1"; }
bench_token="$(token)"
for u in $units; do
  root_sql "SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log = 1"
  curl -sf -o /dev/null -H "Authorization: Bearer $bench_token" "$api/api/v1/tasks?unitId=$u&size=50"
  root_sql "SET GLOBAL general_log = 0"
  # the request's statements, without the log's own and the scheduler's (Quartz polls on its own connection)
  root_sql "SELECT argument FROM mysql.general_log WHERE command_type = 'Query' AND thread_id <> CONNECTION_ID()
    AND argument NOT LIKE '%QRTZ%' AND argument NOT LIKE 'SET GLOBAL%' AND argument NOT LIKE 'SET SQL_SELECT_LIMIT%'
    ORDER BY event_time" | python3 -c 'import sys; print("\x1e".join(l.rstrip("\n") for l in sys.stdin if l.strip()))' \
    >>"$replay_file"
done
statements="$(head -1 "$replay_file" | python3 -c 'import sys; print(len(sys.stdin.read().split("\x1e")))')"
cchc_log "replay: $(wc -l <"$replay_file") requests recorded, $statements statements each (the first)"
driver="$(ls "$CCHC_BACKEND_DIR"/target/quarkus-app/lib/main/com.mysql.mysql-connector-j-*.jar | head -1)"
jdbc_url="jdbc:mysql://127.0.0.1:$DB_PORT/cchc_bench?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC"
jdbc_url+="&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=16384&useLocalSessionState=true"
replay() { # CONNS → req/s
  taskset -c 1 java -cp "$driver" "$BENCH_DIR/JdbcReplay.java" "$jdbc_url" cchc cchc "$replay_file" "$SECONDS_PER_RUN" "$1" |
    cut -d' ' -f2
}

sleep 20 # let the dataset's load settle before measuring
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# a server runs for days: measured once the JIT has compiled what the list runs (C2 works for a minute on two cores)
cchc_log "warm-up: ${CCHC_BENCH_WARMUP:-60} s at 8 connections, 10 s at 32"
run 8 "${CCHC_BENCH_WARMUP:-60}" >/dev/null
run 32 10 >/dev/null
declare -A results ceilings
for ((r = 1; r <= ROUNDS; r++)); do
  for c in 1 8 32; do
    line="$(run "$c")"
    ceiling="$(replay "$c")"
    cchc_log "round $r, $c connections: $line (req/s p50 p99 non-2xx); the same SQL over JDBC: $ceiling req/s"
    results[$c]+="$line"$'\n'
    ceilings[$c]+="$ceiling"$'\n'
  done
done
rss_loaded="$(rss)"

summary() { # CONNS → "median_rps median_p99 total_non2xx"
  python3 -c '
import statistics, sys
rows = [l.split() for l in sys.stdin.read().splitlines() if l.strip()]
print(f"{statistics.median(float(r[0]) for r in rows):.1f} {statistics.median(float(r[2]) for r in rows):.1f} {sum(int(r[3]) for r in rows)}")' \
    <<<"${results[$1]}"
}
median() { python3 -c 'import statistics, sys; print(f"{statistics.median(float(l) for l in sys.stdin if l.strip()):.1f}")'; }
verdict() { if python3 -c "import sys; sys.exit(0 if $1 else 1)"; then echo PASS; else echo FAIL; fi; }

{
  echo "Task list bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before the measured runs: $load_before"
  echo "dataset: $tasks tasks over 40 units (at least $per_unit per unit), 10 issued plans of UBND tỉnh Phú Thọ, demo data besides"
  echo "request: GET /api/v1/tasks?unitId=<one of the 40>&size=50 as pt.coordinator (real Keycloak token); wrk -t1 pinned to core 1"
  echo "medians of $ROUNDS runs of ${SECONDS_PER_RUN}s:"
  for c in 1 8 32; do
    read -r rps p99 bad <<<"$(summary "$c")"
    ceiling="$(median <<<"${ceilings[$c]}")"
    printf '  c=%-3s %8s req/s   p99 %7s ms   non-2xx answers: %s   its %s statements over JDBC: %s req/s (%s %%)\n' "$c" "$rps" \
      "$p99" "$bad" "$statements" "$ceiling" "$(python3 -c "print(round(100 * $rps / $ceiling))")"
  done
  read -r rps32 p99_32 bad32 <<<"$(summary 32)"
  ceiling32="$(median <<<"${ceilings[32]}")"
  share32="$(python3 -c "print(round(100 * $rps32 / $ceiling32))")"
  echo "goals (issue 11):"
  echo "  task list >= 1300 req/s at c=32: $rps32 req/s   $(verdict "$rps32 >= 1300 and $bad32 == 0")"
  echo "  task list p99 <= 50 ms at c=32: $p99_32 ms   $(verdict "$p99_32 <= 50 and $bad32 == 0")"
  echo "  >= 70 % of the replayed SQL's ceiling over JDBC at c=32: $share32 % ($rps32 of $ceiling32 req/s)   $(verdict "$share32 >= 70")"
  echo "  resident memory <= 300 MB idle and under load: idle $rss_idle MB, after the load $rss_loaded MB   $(verdict "$rss_idle <= 300 and $rss_loaded <= 300")"
} | tee "$RESULTS"
