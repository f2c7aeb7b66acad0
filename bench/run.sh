#!/usr/bin/env bash
# bench/run.sh — how fast the national list loads: the 34 provinces' 3,321 communes into an empty database,
# and the fan-out of one province's communes to the issued plans that assign work to "UBND cấp xã".
#
# Starts a fresh MariaDB (deploy/lib.sh, as deploy/test.sh does), then runs the driver
# backend/src/test/java/vn/gov/cchc/bench/NationalLoadBench.java: a Quarkus test application without demo
# data, calling NationalUnitService.loadCommunes, the code behind POST /api/v1/units/{id}/national-communes.
# Prints the figures (and writes them to .run/bench/results.txt). A bench, not a test: it gates nothing.
#
# Environment (optional): CCHC_BENCH_DB_PORT (3309), CCHC_BENCH_GOAL_SECONDS (60),
#   CCHC_BENCH_FANOUT_PROVINCE (25, Phú Thọ), CCHC_BENCH_FANOUT_PLANS (3), CCHC_BENCH_FANOUT_TASKS (10)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPLOY_DIR="$BENCH_DIR/../deploy"
# shellcheck source=deploy/lib.sh
source "$DEPLOY_DIR/lib.sh"
# shellcheck source=deploy/common.sh
source "$DEPLOY_DIR/common.sh"

DB_PORT="${CCHC_BENCH_DB_PORT:-3309}"
RUN="$CCHC_RUN_DIR/bench"
LOGS="$CCHC_RUN_DIR/logs/bench"
RESULTS="$RUN/results.txt"
mkdir -p "$RUN" "$LOGS"

cchc_check_prerequisites
cchc_install_traps

rm -rf "$RUN/mariadb" "$RESULTS"
cchc_mariadb_start "$DB_PORT" "$RUN/mariadb/data" "$LOGS/mariadb.log" cchc_bench

cchc_log "running the bench (log: $LOGS/backend.log)"
(cd "$CCHC_BACKEND_DIR" && CCHC_TEST_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/cchc_bench" ./mvnw -B test \
  -Dspotless.check.skip=true -Dtest=NationalLoadBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.out="$RESULTS" -Dbench.goalSeconds="${CCHC_BENCH_GOAL_SECONDS:-60}" \
  -Dbench.fanout.province="${CCHC_BENCH_FANOUT_PROVINCE:-25}" -Dbench.fanout.plans="${CCHC_BENCH_FANOUT_PLANS:-3}" \
  -Dbench.fanout.tasks="${CCHC_BENCH_FANOUT_TASKS:-10}" >"$LOGS/backend.log" 2>&1) || {
  cchc_log "ERROR: the bench failed; the end of $LOGS/backend.log:"
  tail -40 "$LOGS/backend.log"
  exit 1
}
echo
cchc_log "figures (also in $RESULTS):"
sed 's/^/  /' "$RESULTS"
