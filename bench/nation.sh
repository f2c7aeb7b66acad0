#!/usr/bin/env bash
# bench/nation.sh — issue 11's nation-scale bench: every list and aggregate a coordinator or the administrator opens,
# on a dataset the size of the whole country, at 8 connections, each with its p95 against the goal (200 ms).
#
#  1. starts a fresh MariaDB, Keycloak with the realm and the backend jar (demo data loaded), on ports of its own
#  2. the dataset: bench/nation_dataset.py, through the API as admin: the 34 provinces of the national list with
#     their communes and two departments each, one issued CCHC plan per province (its deadlines and read model
#     derived by the product), and the templates of an implementing plan and an accepted report;
#     bench/nation_bulk.py, in SQL: each plan copied CCHC_BENCH_COPIES times in its province, every unit's
#     implementing plans and reports in the templates' shape, after checking that the SQL's copies of the templates
#     equal the API's rows (about 34 provinces, 3,400 units, 1M tasks, 800k deadlines, 80k reports)
#  3. each request class (below) under wrk pinned to one core, -t1, at 1 and then 8 connections, the ids varied per
#     request; one request of each is checked first (2xx, and what it returns is not empty)
#  4. prints every class's p50/p95/p99 with PASS or FAIL (p95 <= 200 ms at c=8, no error, no timeout), also to
#     .run/bench/nation.txt. A bench, not a test: it gates nothing.
#
# Environment (optional): CCHC_BENCH_DB_PORT (3309), CCHC_BENCH_KEYCLOAK_PORT (8189), CCHC_BENCH_API_PORT (8089),
#   CCHC_BENCH_SECONDS (20, per run at c=8), CCHC_BENCH_COPIES (10: 11 plans per province), CCHC_SKIP_BUILD=1,
#   CCHC_BENCH_CLASSES (a space-separated subset of the class names), CCHC_BENCH_REUSE=1 (keep the database of the
#   last run: its dataset is reused, the backend restarted on it)
set -euo pipefail

# shellcheck source=bench/load.sh
source "$(dirname "${BASH_SOURCE[0]}")/load.sh"
SECONDS_PER_RUN="${CCHC_BENCH_SECONDS:-20}"
COPIES="${CCHC_BENCH_COPIES:-10}"
GOAL_MS=200
RESULTS="$RUN/nation.txt"

reuse="${CCHC_BENCH_REUSE:-0}"
if [[ "$reuse" != 1 || ! -d "$RUN/nation-mariadb/data" ]]; then
  reuse=0
  rm -rf "$RUN/nation-mariadb"
fi
rm -f "$RESULTS"
bench_start_stack nation

sql() { mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -uroot -N -B cchc_bench -e "$1"; }
token() { python3 "$BENCH_DIR/token.py" "$kc_url" "$1" "${CCHC_BENCH_PASSWORD:-Demo@2026}"; }
export BENCH_DB_PORT="$DB_PORT" BENCH_DB_NAME=cchc_bench

if [[ "$reuse" == 1 && "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'bench_plan'")" == 1 ]]; then
  cchc_log "dataset: reusing the last run's ($RUN/nation-mariadb)"
else
  t0=$(date +%s)
  cchc_log "dataset, API part: the country, one plan per province, the templates (log: $LOGS/nation-dataset.log)"
  python3 "$BENCH_DIR/nation_dataset.py" "$api" "$(token admin)" >"$RUN/nation-dataset.json" 2>"$LOGS/nation-dataset.log" || {
    tail -5 "$LOGS/nation-dataset.log"
    exit 1
  }
  cchc_log "dataset, SQL part: $COPIES copies of each plan, implementing plans, reports"
  python3 "$BENCH_DIR/nation_bulk.py" "$RUN/nation-dataset.json" "$COPIES" >"$RUN/nation-figures.json"
  cchc_log "dataset ready in $(($(date +%s) - t0)) s"
fi
read -r n_units n_plans n_tasks n_deadlines n_reports <<<"$(sql "SELECT (SELECT COUNT(*) FROM unit), (SELECT COUNT(*) FROM plan),
  (SELECT COUNT(*) FROM task), (SELECT COUNT(*) FROM deadline), (SELECT COUNT(*) FROM report)")"
n_provinces="$(sql "SELECT COUNT(*) FROM unit WHERE kind = 'PROVINCE'")"

# the coordinator's province (Phú Thọ, pt.coordinator) and its units, plans, schedules
pt="$(sql "SELECT id FROM unit WHERE code = 'PT'")"
pt_units="$(sql "SELECT u.id FROM unit u JOIN unit p ON p.id = $pt WHERE u.path LIKE CONCAT(p.path, '%') AND u.kind IN ('DEPARTMENT', 'COMMUNE')
  AND EXISTS (SELECT 1 FROM task_unit m WHERE m.unit_id = u.id)")"
pt_plans="$(sql "SELECT plan_id FROM bench_plan WHERE province_id = $pt")"
pt_schedules="$(sql "SELECT CONCAT(plan_id, ' ', schedule_id) FROM bench_plan WHERE province_id = $pt")"
first_plan() { head -1 <<<"$pt_plans"; }

# request classes: name, who, and the paths (one per line) drawn from at random
paths_dir="$RUN/nation-paths"
rm -rf "$paths_dir" && mkdir -p "$paths_dir"
declare -A who
class() { # NAME USER PATHS
  who[$1]="$2"
  printf '%s\n' "$3" >"$paths_dir/$1"
}
each() { # TEMPLATE (with {} for the id) < ids
  while read -r id; do [[ -n "$id" ]] && echo "${1//\{\}/$id}"; done
}
class coordinator-deadlines pt.coordinator "/api/v1/deadlines?page=0&size=20&sort=dueOn,asc"
class coordinator-overdue pt.coordinator "/api/v1/deadlines?state=OVERDUE&page=0&size=20&sort=dueOn,asc"
class unit-deadlines pt.coordinator "$(each "/api/v1/deadlines?unitId={}&page=0&size=20&sort=dueOn,asc" <<<"$pt_units")"
class unit-tasks pt.coordinator "$(each "/api/v1/tasks?unitId={}&size=50" <<<"$pt_units")"
class coordinator-plans pt.coordinator "/api/v1/plans?page=0&size=20"
class coordinator-reports pt.coordinator "/api/v1/reports?page=0&size=20"
class plan-rates pt.coordinator "$(each "/api/v1/plans/{}/reporting-rates?period=2026-Q1" <<<"$pt_plans")"
class unit-rates pt.coordinator "$(paste -d' ' <(echo "$pt_units") <(yes "$pt_plans" | head -n "$(wc -l <<<"$pt_units")") |
  while read -r unit plan; do echo "/api/v1/units/$unit/reporting-rates?planId=$plan"; done)"
class consolidation pt.coordinator "$(while read -r plan schedule; do
  [[ -n "$plan" ]] && echo "/api/v1/plans/$plan/consolidation?scheduleId=$schedule&period=2026-Q1"
done <<<"$pt_schedules")"
class coverage pt.coordinator "$(each "/api/v1/plans/{}/coverage" <<<"$pt_plans")"
class overdue-export pt.coordinator "/api/v1/deadlines/export?state=OVERDUE"
class plan-tasks-export pt.coordinator "$(each "/api/v1/plans/{}/tasks/export" <<<"$pt_plans")"
class admin-deadlines admin "/api/v1/deadlines?page=0&size=20&sort=dueOn,asc"
class admin-overdue admin "/api/v1/deadlines?state=OVERDUE&page=0&size=20&sort=dueOn,asc"
class admin-plans admin "/api/v1/plans?page=0&size=20"
class admin-units admin "/api/v1/units?page=0&size=20"
classes="${CCHC_BENCH_CLASSES:-coordinator-deadlines coordinator-overdue unit-deadlines unit-tasks coordinator-plans coordinator-reports
  plan-rates unit-rates consolidation coverage overdue-export plan-tasks-export admin-deadlines admin-overdue admin-plans admin-units}"

# one run: prints "requests non2xx p50 p95 p99 max timeouts errors"
run() { # CLASS CONNS SECONDS TOKEN
  local out
  out="$(BENCH_TOKEN="$4" BENCH_PATHS="$paths_dir/$1" taskset -c 1 wrk -t1 -c"$2" -d"$3s" --timeout 120s \
    -s "$BENCH_DIR/nation.lua" "$api")"
  echo "== $1 c=$2" >>"$LOGS/nation-wrk.log"
  echo "$out" >>"$LOGS/nation-wrk.log"
  grep '^BENCH ' <<<"$out" | cut -d' ' -f2-
}

declare -A tokens
for u in pt.coordinator admin; do tokens[$u]="$(token "$u")"; done
# each class answers what a user would see before it is timed: 2xx and not empty
for c in $classes; do
  path="$(head -1 "$paths_dir/$c")"
  code="$(curl -s -o "$RUN/nation-check.out" -w '%{http_code}' -H "Authorization: Bearer ${tokens[${who[$c]}]}" "$api$path")"
  size="$(stat -c %s "$RUN/nation-check.out")"
  cchc_log "check $c: $path answers $code, $size bytes"
  if [[ "$code" != 2* || "$size" -lt 50 ]]; then
    cchc_log "ERROR: $c does not answer what a user would see"
    head -c 500 "$RUN/nation-check.out"
    exit 1
  fi
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A at1 at8
for c in $classes; do
  for u in pt.coordinator admin; do tokens[$u]="$(token "$u")"; done # tokens live for minutes
  run "$c" 2 5 "${tokens[${who[$c]}]}" >/dev/null # warm-up
  at1[$c]="$(run "$c" 1 10 "${tokens[${who[$c]}]}")"
  at8[$c]="$(run "$c" 8 "$SECONDS_PER_RUN" "${tokens[${who[$c]}]}")"
  cchc_log "$c: c=1 ${at1[$c]}; c=8 ${at8[$c]} (requests non-2xx p50 p95 p99 max timeouts errors)"
done

passed=0 failed=0
{
  echo "Nation-scale bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before the runs: $load_before"
  echo "dataset: $n_provinces provinces, $n_units units, $n_plans plans, $n_tasks tasks, $n_deadlines deadlines, $n_reports reports"
  echo "wrk -t1 pinned to core 1; c=1 for 10 s, then c=8 for ${SECONDS_PER_RUN} s; p50/p95/p99 in ms; coordinator = pt.coordinator (Phú Thọ)"
  printf '  %-22s %-15s %9s %9s %9s %8s %7s   %s\n' class who "c=1 p95" "c=8 p50" "c=8 p95" "c=8 p99" req/s "goal: p95 <= $GOAL_MS ms at c=8, no error"
  for c in $classes; do
    read -r _ _ _ p95_1 _ _ _ _ <<<"${at1[$c]}"
    read -r n bad p50 p95 p99 _ timeouts errors <<<"${at8[$c]}"
    if python3 -c "import sys; sys.exit(0 if $n > 0 and $p95 <= $GOAL_MS and $bad == 0 and $timeouts == 0 and $errors == 0 else 1)"; then
      verdict=PASS passed=$((passed + 1))
    else
      verdict="FAIL" failed=$((failed + 1))
    fi
    extra=""
    [[ "$bad$timeouts$errors" != 000 ]] && extra=" ($bad non-2xx, $timeouts timeouts, $errors socket errors)"
    [[ "$n" == 0 ]] && extra=" (no answer within the run)"
    printf '  %-22s %-15s %9s %9s %9s %8s %7s   %s\n' "$c" "${who[$c]}" "$p95_1" "$p50" "$p95" "$p99" \
      "$(python3 -c "print(round($n / $SECONDS_PER_RUN, 1))")" "$verdict$extra"
  done
  echo "goals (issue 11):"
  echo "  every coordinator's and administrator's list and aggregate p95 <= $GOAL_MS ms at c=8: $passed of $((passed + failed)) classes" \
    "$([[ $failed == 0 ]] && echo PASS || echo FAIL)"
} | tee "$RESULTS"
