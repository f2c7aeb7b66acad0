#!/usr/bin/env bash
# deploy/test.sh — the README's second command, and what CI runs (.ci/run): every test.
#
#  1. backend: unit and @QuarkusTest tests, then @QuarkusIntegrationTest against the packaged jar,
#     on a real MariaDB this script starts (fresh each run), tokens from Quarkus's test OIDC server,
#     the user directory of the real Keycloak (reminder e-mails), mail to an in-process SMTP server;
#     the contract test fails when the served OpenAPI document differs from openapi.yaml
#  2. frontend: type check (client generated from openapi.yaml), ESLint (feature boundaries) and Prettier, Vitest,
#     redocly lint of the contract
#  3. end to end: the real stack (MariaDB, Keycloak with the realm, the backend jar, the built SPA)
#     driven by Playwright in Debian's Chromium (installed when missing), with an axe scan; a second
#     backend and SPA on an empty database without demo data serve the "empty installation" project
# Every process it starts is stopped when it ends, fails or is interrupted.
#
# Environment (optional): CCHC_TEST_DB_PORT (3308), CCHC_TEST_KEYCLOAK_PORT (8181),
#   CCHC_TEST_API_PORT (8081), CCHC_TEST_SPA_PORT (5174), CCHC_TEST_EMPTY_API_PORT (8083),
#   CCHC_TEST_EMPTY_SPA_PORT (5175: a redirect URI the realm allows), CCHC_SEEDS_DIR,
#   CCHC_TEST_ONLY=backend|frontend|e2e (run one part), E2E_ARGS (extra Playwright arguments),
#   CCHC_TEST_REMINDERS_CRON (the e2e backend's reminder schedule, every 10 s by default)
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib.sh
source "$DEPLOY_DIR/lib.sh"
# shellcheck source=deploy/common.sh
source "$DEPLOY_DIR/common.sh"

DB_PORT="${CCHC_TEST_DB_PORT:-3308}"
KC_PORT="${CCHC_TEST_KEYCLOAK_PORT:-8181}"
API_PORT="${CCHC_TEST_API_PORT:-8081}"
SPA_PORT="${CCHC_TEST_SPA_PORT:-5174}"
EMPTY_API_PORT="${CCHC_TEST_EMPTY_API_PORT:-8083}"
EMPTY_SPA_PORT="${CCHC_TEST_EMPTY_SPA_PORT:-5175}"
ONLY="${CCHC_TEST_ONLY:-all}"
TEST_DIR="$CCHC_RUN_DIR/test"
LOGS="$CCHC_RUN_DIR/logs/test"
mkdir -p "$TEST_DIR" "$LOGS"

cchc_check_prerequisites
cchc_install_traps
seeds="$(cchc_seeds_dir)"
export CCHC_SEEDS_DIR="$seeds"
if [[ ! -d "$seeds" ]]; then
  cchc_log "WARNING: seeds folder $seeds is missing: tests that read the seed documents are skipped"
fi

declare -A took
step() { # step NAME COMMAND...: runs a step, records its time
  local name="$1" t0
  shift
  t0=$(date +%s)
  cchc_log "=== $name"
  "$@"
  took[$name]=$(( $(date +%s) - t0 ))
}

run_part() { [[ "$ONLY" == all || "$ONLY" == "$1" ]]; }

start_keycloak() {
  cchc_keycloak_start "$KC_PORT" "$TEST_DIR/keycloak" "$LOGS/keycloak.log" "$DEPLOY_DIR/keycloak/cchc-realm.json"
}

start_database() {
  # a fresh data directory every run: tests start from an empty database
  local dir="$TEST_DIR/mariadb"
  rm -rf "$dir"
  cchc_mariadb_start "$DB_PORT" "$dir/data" "$LOGS/mariadb.log" cchc_test cchc_e2e cchc_empty
}

backend_tests() {
  (cd "$CCHC_BACKEND_DIR" && CCHC_TEST_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/cchc_test" \
    CCHC_TEST_KEYCLOAK_URL="http://localhost:$KC_PORT" ./mvnw -B verify -DskipITs=false 2>&1 | tee "$LOGS/backend.log" | grep -E --line-buffered \
      'Tests run:|FAIL|ERROR\]|BUILD|Skipped: [1-9]' ; exit "${PIPESTATUS[0]}")
}

frontend_tests() {
  cchc_npm_install "$LOGS/npm.log"
  (cd "$CCHC_FRONTEND_DIR" && npm run typecheck && npm run lint && npm run format:check && npm test && npm run lint:contract) 2>&1 | tee "$LOGS/frontend.log"
  return "${PIPESTATUS[0]}"
}

e2e_tests() {
  cchc_ensure_chromium
  local kc_url="http://localhost:$KC_PORT"
  if [[ ! -f "$CCHC_BACKEND_DIR/target/quarkus-app/quarkus-run.jar" || "$ONLY" == e2e ]]; then
    cchc_build_backend "$LOGS/backend-build.log"
  fi
  cchc_build_frontend "$LOGS/frontend-build.log"
  cchc_write_spa_config "$kc_url"
  # reminders every 10 s instead of 07:00 daily, so that the browser tests see real reminder notices
  CCHC_DEMO_DATA=true CCHC_REMINDERS_CRON="${CCHC_TEST_REMINDERS_CRON:-0/10 * * * * ?}" cchc_start_backend "$API_PORT" "jdbc:mysql://127.0.0.1:$DB_PORT/cchc_e2e" "$kc_url" \
    "$seeds" "$LOGS/backend-e2e.log"
  cchc_start_spa "$SPA_PORT" "http://localhost:$API_PORT" "$LOGS/spa.log"
  # an installation with nothing in it: the province is set up from the national list in the browser
  CCHC_DEMO_DATA=false cchc_start_backend "$EMPTY_API_PORT" "jdbc:mysql://127.0.0.1:$DB_PORT/cchc_empty" "$kc_url" \
    "$seeds" "$LOGS/backend-empty.log"
  cchc_start_spa "$EMPTY_SPA_PORT" "http://localhost:$EMPTY_API_PORT" "$LOGS/spa-empty.log"
  # shellcheck disable=SC2086
  (cd "$CCHC_FRONTEND_DIR" && E2E_BASE_URL="http://localhost:$SPA_PORT" E2E_EMPTY_BASE_URL="http://localhost:$EMPTY_SPA_PORT" CI=1 \
    npx playwright test ${E2E_ARGS:-}) 2>&1 | tee "$LOGS/e2e.log"
  return "${PIPESTATUS[0]}"
}

t_start=$(date +%s)
if run_part backend || run_part e2e; then
  step database start_database
  # the backend tests read the user directory (reminder e-mails) from the real Keycloak; e2e logs in on it
  step keycloak start_keycloak
fi
if run_part backend; then step backend backend_tests; fi
if run_part frontend; then step frontend frontend_tests; fi
if run_part e2e; then step e2e e2e_tests; fi

echo
cchc_log "all tests passed in $(( $(date +%s) - t_start ))s:"
for name in database keycloak backend frontend e2e; do
  if [[ -n "${took[$name]:-}" ]]; then
    cchc_log "  $name: ${took[$name]}s"
  fi
done
