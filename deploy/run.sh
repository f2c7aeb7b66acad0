#!/usr/bin/env bash
# deploy/run.sh — the README's first command: runs the whole product on this machine.
#
# Starts a private MariaDB (data kept in .run/data/mariadb between runs), Keycloak with the realm
# `cchc` (deploy/keycloak/cchc-realm.json), the backend (demo data loaded into an empty database,
# plan texts read from the shared seeds folder) and the SPA, then prints where to open it and the
# demo logins. Ctrl-C stops all of it.
#
# Environment (all optional):
#   CCHC_DB_URL, CCHC_DB_USER, CCHC_DB_PASSWORD   use an existing MySQL 8 / MariaDB instead of the
#                                                 private one (the database must exist, utf8mb4)
#   CCHC_KEYCLOAK_URL     use an existing Keycloak (base URL, e.g. https://sso.example.gov.vn) into
#                         which deploy/keycloak/cchc-realm.json has been imported
#   CCHC_SEEDS_DIR        folder of the seed plan documents (default: ../shared/seeds)
#   CCHC_DB_PORT (3307), CCHC_KEYCLOAK_PORT (8180), CCHC_API_PORT (8080), CCHC_SPA_PORT (5173)
#   CCHC_SMTP_HOST, CCHC_SMTP_PORT  an SMTP server for reminder e-mails (without one they are logged)
#   CCHC_SKIP_BUILD=1     reuse the last backend and SPA builds
#   CCHC_EMPTY=1          an installation with no data (database cchc_empty, no demo data): sign in as
#                         pt.admin and create Phú Thọ from the national list
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib.sh
source "$DEPLOY_DIR/lib.sh"
# shellcheck source=deploy/common.sh
source "$DEPLOY_DIR/common.sh"

DB_PORT="${CCHC_DB_PORT:-3307}"
KC_PORT="${CCHC_KEYCLOAK_PORT:-8180}"
API_PORT="${CCHC_API_PORT:-8080}"
SPA_PORT="${CCHC_SPA_PORT:-5173}"
DATA="$CCHC_RUN_DIR/data"
LOGS="$CCHC_RUN_DIR/logs/run"
mkdir -p "$DATA" "$LOGS"

cchc_check_prerequisites
cchc_install_traps
started=$(date +%s)

for port in "$API_PORT" "$SPA_PORT"; do
  if cchc_port_in_use "$port"; then
    cchc_log "ERROR: port $port is already in use (another run.sh?). Stop it or set CCHC_API_PORT / CCHC_SPA_PORT."
    exit 1
  fi
done

# --- database
if cchc_use_external_db; then
  db_url="$CCHC_DB_URL"
else
  db_name=cchc
  if [[ "${CCHC_EMPTY:-0}" == 1 ]]; then
    db_name=cchc_empty
  fi
  cchc_mariadb_start "$DB_PORT" "$DATA/mariadb" "$LOGS/mariadb.log" "$db_name"
  db_url="jdbc:mysql://127.0.0.1:$DB_PORT/$db_name"
fi

# --- Keycloak
if cchc_use_external_keycloak; then
  kc_url="${CCHC_KEYCLOAK_URL%/}"
else
  cchc_keycloak_start "$KC_PORT" "$DATA/keycloak" "$LOGS/keycloak.log" "$DEPLOY_DIR/keycloak/cchc-realm.json"
  kc_url="http://localhost:$KC_PORT"
fi

# --- builds
if [[ "${CCHC_SKIP_BUILD:-0}" != 1 ]]; then
  cchc_build_backend "$LOGS/backend-build.log"
  cchc_build_frontend "$LOGS/frontend-build.log"
fi
cchc_write_spa_config "$kc_url"

# --- backend and SPA
seeds="$(cchc_seeds_dir)"
if [[ "${CCHC_EMPTY:-0}" == 1 ]]; then
  export CCHC_DEMO_DATA=false
fi
cchc_start_backend "$API_PORT" "$db_url" "$kc_url" "$seeds" "$LOGS/backend.log"
CCHC_APP_URL="http://localhost:$SPA_PORT" cchc_start_spa "$SPA_PORT" "http://localhost:$API_PORT" "$LOGS/spa.log"

elapsed=$(( $(date +%s) - started ))
if [[ -n "${CCHC_SMTP_HOST:-}" ]]; then
  mail_note="go to the SMTP server $CCHC_SMTP_HOST:${CCHC_SMTP_PORT:-25}"
else
  mail_note="are written to $LOGS/backend.log (set CCHC_SMTP_HOST to send them)"
fi
cat <<EOF

==============================================================================
 CCHC is running (started in ${elapsed}s).  Open:  http://localhost:$SPA_PORT
==============================================================================
 Sign in on the Keycloak page with one of the demo logins (password: Demo@2026)
   admin              administrator: every unit, every plan
   pt.admin           province administrator of Phú Thọ: its units and accounts (hy.admin: Hưng Yên)
   hy.coordinator     Sở Nội vụ tỉnh Hưng Yên: the whole province of Hưng Yên
   pt.coordinator     Sở Nội vụ tỉnh Phú Thọ: the whole province of Phú Thọ
   tq.coordinator     Sở Nội vụ tỉnh Tuyên Quang: the whole province of Tuyên Quang
   namdan.leader      leader of UBND xã Năm Dẩn (issues the commune's plans)
   namdan.officer     officer of UBND xã Năm Dẩn (drafts the commune's plans)
   pt.vhttdl.officer  officer of Sở Văn hóa, Thể thao và Du lịch Phú Thọ (writes its reports)
   pt.vhttdl.leader   leader of that department (approves and sends its reports)
   viettri.officer    officer of Phường Việt Trì, Phú Thọ      viettri.leader    its leader
   nongtrang.officer  officer of Phường Nông Trang, Phú Thọ   nongtrang.leader  its leader
   hy.viewer          read-only, UBND tỉnh Hưng Yên
 Integration scripts: client cchc-integration / secret cchc-integration-secret
   (client-credentials grant at $kc_url/realms/cchc/protocol/openid-connect/token)

 API        http://localhost:$API_PORT/api/v1   contract: http://localhost:$API_PORT/q/openapi
 Keycloak   $kc_url/admin   (console admin / admin)
 Database   $db_url   (user cchc)
 Logs       $LOGS
 Reminder e-mails ${mail_note}
EOF
if [[ "${CCHC_EMPTY:-0}" == 1 ]]; then
  echo " EMPTY INSTALLATION (CCHC_EMPTY=1, database $db_url): no units, plans or demo data. Sign in as"
  echo "   pt.admin and choose Tổ chức → Tạo tỉnh từ danh mục quốc gia. The other demo logins name units"
  echo "   that do not exist yet; accounts created in the product work once their units exist."
fi
if [[ ! -d "$seeds" ]]; then
  echo " WARNING: the seeds folder $seeds is missing: the demo plans have no texts (set CCHC_SEEDS_DIR)."
fi
echo " Press Ctrl-C to stop everything."
echo "=============================================================================="

cchc_wait_for_any_exit
