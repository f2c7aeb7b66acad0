#!/usr/bin/env bash
# bench/start.sh — issue 11's start-up and memory figures: how long the backend takes from launch to its first
# ready answer (GET /q/health/ready = 200) on a database that already holds the demo data, and its resident memory
# idle after start.
#
#  1. starts a fresh MariaDB and Keycloak (deploy/lib.sh) on ports of their own, builds the backend (unless
#     CCHC_SKIP_BUILD=1), starts it once to load the demo data, stops it
#  2. starts it CCHC_BENCH_STARTS times (5) as deploy/run.sh does (deploy/common.sh: cchc_start_backend, the same
#     JVM options), each time timing launch → ready (polled every 50 ms) and reading VmRSS once it has idled 20 s
#  3. prints the medians and the goal with pass or fail (also written to .run/bench/start.txt). A bench, not a test.
#
# Environment (optional): CCHC_BENCH_DB_PORT (3311), CCHC_BENCH_KEYCLOAK_PORT (8191), CCHC_BENCH_API_PORT (8091),
#   CCHC_BENCH_STARTS (5), CCHC_BACKEND_JAVA_OPTS (as for deploy/run.sh), CCHC_SKIP_BUILD=1,
#   CCHC_BENCH_AOT=1 (with a JDK 25 first on the PATH: a JEP 514 AOT cache trained by the first start)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPLOY_DIR="$BENCH_DIR/../deploy"
# shellcheck source=deploy/lib.sh
source "$DEPLOY_DIR/lib.sh"
# shellcheck source=deploy/common.sh
source "$DEPLOY_DIR/common.sh"

DB_PORT="${CCHC_BENCH_DB_PORT:-3311}"
KC_PORT="${CCHC_BENCH_KEYCLOAK_PORT:-8191}"
API_PORT="${CCHC_BENCH_API_PORT:-8091}"
STARTS="${CCHC_BENCH_STARTS:-5}"
RUN="$CCHC_RUN_DIR/bench"
LOGS="$CCHC_RUN_DIR/logs/bench"
RESULTS="$RUN/start.txt"
mkdir -p "$RUN" "$LOGS"

cchc_check_prerequisites
cchc_install_traps

rm -rf "$RUN/start-mariadb" "$RESULTS"
cchc_mariadb_start "$DB_PORT" "$RUN/start-mariadb/data" "$LOGS/start-mariadb.log" cchc_start
cchc_keycloak_start "$KC_PORT" "$RUN/start-keycloak" "$LOGS/start-keycloak.log" "$DEPLOY_DIR/keycloak/cchc-realm.json"
if [[ "${CCHC_SKIP_BUILD:-0}" != 1 || ! -f "$CCHC_BACKEND_DIR/target/quarkus-app/quarkus-run.jar" ]]; then
  cchc_build_backend "$LOGS/start-backend-build.log"
fi
db_url="jdbc:mysql://127.0.0.1:$DB_PORT/cchc_start"
seeds="$(cchc_seeds_dir)"
# CCHC_BENCH_AOT=1 with a JDK 25 first on the PATH: the first start (loading the demo data) is the training run of
# an AOT cache (JEP 514: written when the JVM exits), and the measured starts use it instead of the CDS archive
aot=()
train=()
if [[ "${CCHC_BENCH_AOT:-0}" == 1 ]]; then
  export CCHC_APPCDS=0
  rm -f "$RUN/start-app.aot"
  train=(-XX:AOTCacheOutput="$RUN/start-app.aot")
  aot=(-XX:AOTCache="$RUN/start-app.aot")
fi
cchc_log "first start: the demo data${train:+, the training run of the AOT cache}"
CCHC_DEMO_DATA=true cchc_start_backend "$API_PORT" "$db_url" "http://localhost:$KC_PORT" "$seeds" "$LOGS/start-backend.log" \
  "${train[@]}"
_cchc_stop_pids 120 "$CCHC_BACKEND_PID"
if [[ ${#aot[@]} -gt 0 && ! -f "$RUN/start-app.aot" ]]; then
  cchc_log "ERROR: the training run wrote no AOT cache (a JDK 25 must be first on the PATH)"
  exit 1
fi

ms() { echo $(($(date +%s%N) / 1000000)); }
declare -a readies rsses
for ((i = 1; i <= STARTS; i++)); do
  sleep 3
  t0="$(ms)"
  CCHC_WAIT_INTERVAL=0.05 CCHC_DEMO_DATA=true cchc_start_backend "$API_PORT" "$db_url" "http://localhost:$KC_PORT" "$seeds" \
    "$LOGS/start-backend.log" "${aot[@]}" >/dev/null
  ready=$(($(ms) - t0))
  sleep 20
  rss="$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$CCHC_BACKEND_PID/status")"
  cchc_log "start $i: ready in $ready ms, resident memory after 20 s idle: $rss MB"
  readies+=("$ready")
  rsses+=("$rss")
  _cchc_stop_pids 20 "$CCHC_BACKEND_PID"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ready_ms="$(median "${readies[@]}")"
rss_mb="$(median "${rsses[@]}")"
{
  echo "Start-up bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); options: ${CCHC_BACKEND_JAVA_OPTS:-the default of deploy/common.sh}${aot:+ ${aot[*]}}"
  echo "$STARTS starts on a database holding the demo data: ready in ${readies[*]} ms; resident ${rsses[*]} MB"
  echo "goals (issue 11):"
  echo "  backend ready in <= 3 s: median $ready_ms ms   $( ((ready_ms <= 3000)) && echo PASS || echo FAIL)"
  echo "  resident memory <= 300 MB idle: median $rss_mb MB   $( ((rss_mb <= 300)) && echo PASS || echo FAIL)"
} | tee "$RESULTS"
