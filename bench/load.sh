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
