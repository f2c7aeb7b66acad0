# bench/load.sh — sourced by the benches that load a running stack with wrk (tasks.sh, nation.sh): deploy's
# libraries, the bench's ports and folders, the traps that stop what the bench starts, and the tools it needs
# (Debian's wrk, taskset and mariadb client, installed when missing; the bundled server's own client needs
# libncurses5, which Debian 12 no longer ships).
# shellcheck shell=bash
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPLOY_DIR="$BENCH_DIR/../deploy"
# shellcheck source=deploy/lib.sh
source "$DEPLOY_DIR/lib.sh"
# shellcheck source=deploy/common.sh
source "$DEPLOY_DIR/common.sh"

DB_PORT="${CCHC_BENCH_DB_PORT:-3309}"
KC_PORT="${CCHC_BENCH_KEYCLOAK_PORT:-8189}"
API_PORT="${CCHC_BENCH_API_PORT:-8089}"
RUN="$CCHC_RUN_DIR/bench"
LOGS="$CCHC_RUN_DIR/logs/bench"
mkdir -p "$RUN" "$LOGS"

cchc_check_prerequisites
cchc_install_traps
cchc_ensure_package wrk wrk
cchc_ensure_package taskset util-linux
cchc_ensure_package mariadb mariadb-client

# bench_start_stack NAME — MariaDB (data in $RUN/NAME-mariadb/data, kept if there), Keycloak with the realm, the backend
# jar (built unless CCHC_SKIP_BUILD=1 and a build exists) with the demo data, on the bench's ports; sets kc_url and api
bench_start_stack() {
  local name="$1"
  cchc_mariadb_start "$DB_PORT" "$RUN/$name-mariadb/data" "$LOGS/$name-mariadb.log" cchc_bench
  cchc_keycloak_start "$KC_PORT" "$RUN/$name-keycloak" "$LOGS/$name-keycloak.log" "$DEPLOY_DIR/keycloak/cchc-realm.json"
  kc_url="http://localhost:$KC_PORT"
  if [[ "${CCHC_SKIP_BUILD:-0}" != 1 || ! -f "$CCHC_BACKEND_DIR/target/quarkus-app/quarkus-run.jar" ]]; then
    cchc_build_backend "$LOGS/$name-backend-build.log"
  fi
  CCHC_DEMO_DATA=true cchc_start_backend "$API_PORT" "jdbc:mysql://127.0.0.1:$DB_PORT/cchc_bench" "$kc_url" \
    "$(cchc_seeds_dir)" "$LOGS/$name-backend.log"
  api="http://localhost:$API_PORT"
}
