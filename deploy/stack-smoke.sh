#!/usr/bin/env bash
# deploy/stack-smoke.sh — proves deploy/lib.sh and the realm export work: starts MariaDB and
# Keycloak on spare ports with their own data under .run/smoke/, checks them the way the backend
# and the SPA will use them, then stops everything (also on Ctrl-C).
#
#   deploy/stack-smoke.sh [--hold] [KEYCLOAK_PORT] [MARIADB_PORT]     (defaults 8199 3399)
#
# --hold keeps both running after the checks until Ctrl-C. Run it twice: the second run reuses
# the data (the realm is not imported again, the user made by the first run is still there).
# Needs curl, openssl, unzip and a JDK (java runs a single-file JDBC check).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

hold=0
if [[ "${1:-}" == "--hold" ]]; then
  hold=1
  shift
fi
KC_PORT="${1:-8199}"
DB_PORT="${2:-3399}"
SMOKE="$CCHC_RUN_DIR/smoke"
REALM_JSON="$CCHC_DEPLOY_DIR/keycloak/cchc-realm.json"
ISS="http://localhost:$KC_PORT/realms/cchc"

passed=0
failed=0
check() { # check NAME COMMAND...
  local name="$1"
  shift
  if "$@"; then
    printf 'ok    %s\n' "$name"
    passed=$((passed + 1))
  else
    printf 'FAIL  %s\n' "$name"
    failed=$((failed + 1))
  fi
}

# JSON helpers for Keycloak's compact JSON, so that no jq is needed
json_str() { # json_str KEY <JSON: first string value of "KEY"
  grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | sed 's/^"[^"]*":"//; s/"$//'
}
jwt_payload() { # jwt_payload TOKEN: decoded payload
  local p
  p="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
  while ((${#p} % 4)); do p+="="; done
  base64 -d <<<"$p" 2>/dev/null
}
has_aud() { grep -Eq '"aud":("cchc-backend"|\[("[^"]*",)*"cchc-backend"(,"[^"]*")*\])' <<<"$1"; }
has_role() { grep -o '"realm_access":{"roles":\[[^]]*\]' <<<"$1" | grep -q "\"$2\""; }
contains() { grep -qF -- "$2" <<<"$1"; }
lacks() { ! grep -qF -- "$2" <<<"$1"; }
both() { contains "$1" "$2" && contains "$1" "$3"; }

cchc_install_traps
mkdir -p "$SMOKE/logs"

# ------------------------------------------------------------------ MariaDB
t0=$SECONDS
cchc_mariadb_start "$DB_PORT" "$SMOKE/mariadb/data" "$SMOKE/logs/mariadb.log" cchc cchc_test
echo "MariaDB start (incl. any download/unpack/init): $((SECONDS - t0))s"

jar="$(cchc_mvn_fetch com.mysql:mysql-connector-j:9.4.0 "$CCHC_CACHE_DIR/downloads")"
cat >"$SMOKE/DbCheck.java" <<'EOF'
import java.sql.*;

public class DbCheck {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection(a[0], "cchc", "cchc"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT @@collation_database, @@character_set_database, @@version")) {
                r.next();
                System.out.println("collation=" + r.getString(1) + " charset=" + r.getString(2) + " version=" + r.getString(3));
            }
            s.execute("CREATE TABLE IF NOT EXISTS smoke (id INT PRIMARY KEY, txt VARCHAR(100))");
            s.execute("REPLACE INTO smoke VALUES (1, 'Cải cách hành chính – Năm Dẩn 🏛')");
            try (ResultSet r = s.executeQuery("SELECT txt FROM smoke WHERE id = 1")) {
                r.next();
                System.out.println("roundtrip=" + r.getString(1).equals("Cải cách hành chính – Năm Dẩn 🏛"));
            }
        }
    }
}
EOF
for db in cchc cchc_test; do
  out="$(java -cp "$jar" "$SMOKE/DbCheck.java" "jdbc:mysql://localhost:$DB_PORT/$db" 2>&1 || true)"
  echo "  $db: $out"
  check "MariaDB $db: collation utf8mb4_unicode_ci" contains "$out" "collation=utf8mb4_unicode_ci charset=utf8mb4"
  check "MariaDB $db: Vietnamese text and emoji round-trip" contains "$out" "roundtrip=true"
done

# ------------------------------------------------------------------ Keycloak
t0=$SECONDS
cchc_keycloak_start "$KC_PORT" "$SMOKE/keycloak" "$SMOKE/logs/keycloak.log" "$REALM_JSON"
echo "Keycloak start (incl. any unpack/rebuild/import): $((SECONDS - t0))s, reimported=$CCHC_KEYCLOAK_REIMPORTED"
check "Keycloak issuer is $ISS" contains "$(curl -s "$ISS/.well-known/openid-configuration")" "\"issuer\":\"$ISS\""

# (a) service account token
resp="$(curl -s -d grant_type=client_credentials -d client_id=cchc-integration \
  -d client_secret=cchc-integration-secret "$ISS/protocol/openid-connect/token")"
p="$(jwt_payload "$(json_str access_token <<<"$resp")")"
echo "  cchc-integration token: $p"
check "integration token: role integration" has_role "$p" integration
check "integration token: aud has cchc-backend" has_aud "$p"
check "integration token: no unit claim" lacks "$p" '"unit"'

# (b) user token by authorization code + PKCE on cchc-spa, as the SPA does it
login() { # login USERNAME: prints the token endpoint's answer
  local user="$1" jar verifier challenge page action loc code redirect="http://localhost:5173/callback"
  jar="$(mktemp)"
  verifier="$(openssl rand -hex 40)"
  challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')"
  page="$(curl -s -c "$jar" -b "$jar" --get "$ISS/protocol/openid-connect/auth" \
    --data-urlencode client_id=cchc-spa --data-urlencode response_type=code \
    --data-urlencode scope=openid --data-urlencode redirect_uri="$redirect" \
    --data-urlencode state=smoke --data-urlencode code_challenge="$challenge" \
    --data-urlencode code_challenge_method=S256)"
  printf '%s' "$page" >"$SMOKE/login-page.html"
  action="$(grep -o 'action="[^"]*"' <<<"$page" | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')"
  loc="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode username="$user" --data-urlencode password=Demo@2026 "$action")"
  code="$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$loc")"
  rm -f "$jar"
  curl -s -d grant_type=authorization_code -d client_id=cchc-spa -d code="$code" \
    -d redirect_uri="$redirect" -d code_verifier="$verifier" "$ISS/protocol/openid-connect/token"
}
resp="$(login namdan.officer)"
user_token="$(json_str access_token <<<"$resp")"
p="$(jwt_payload "$user_token")"
echo "  namdan.officer token: $p"
check "login page is Vietnamese by default" grep -q 'Đăng nhập' "$SMOKE/login-page.html"
check "user token: unit TQ-NAMDAN" contains "$p" '"unit":"TQ-NAMDAN"'
check "user token: role officer" has_role "$p" officer
check "user token: aud has cchc-backend" has_aud "$p"
check "user token: issuer" contains "$p" "\"iss\":\"$ISS\""
check "user token: preferred_username" contains "$p" '"preferred_username":"namdan.officer"'
check "user token: name" contains "$p" '"name":"Mai Vàng Thị"'
check "user token: email" contains "$p" '"email":"namdan.officer@example.com"'
check "user token: given_name and family_name" both "$p" '"given_name":"Mai"' '"family_name":"Vàng Thị"'
check "user token: azp cchc-spa" contains "$p" '"azp":"cchc-spa"'
p="$(jwt_payload "$(json_str access_token <<<"$(login hy.coordinator)")")"
check "hy.coordinator token: coordinator of HY-SNV" both "$p" '"unit":"HY-SNV"' '"coordinator"'
p="$(jwt_payload "$(json_str access_token <<<"$(login admin)")")"
check "admin token: role admin" has_role "$p" admin
check "admin token: no unit" lacks "$p" '"unit"'
check "cchc-spa: password grant refused" contains "$(curl -s -d grant_type=password -d client_id=cchc-spa \
  -d username=namdan.officer -d password=Demo@2026 "$ISS/protocol/openid-connect/token")" '"error":"unauthorized_client"'
check "cchc-spa: PKCE required" contains "$(curl -s -o /dev/null -w '%{redirect_url}' \
  "$ISS/protocol/openid-connect/auth?client_id=cchc-spa&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fcb")" \
  'error=invalid_request'

# (c) user profile declares unit; (d) a user created through the admin API keeps it
admin_token="$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "http://localhost:$KC_PORT/realms/master/protocol/openid-connect/token" | json_str access_token)"
api() { curl -s -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' "$@"; }
ADM="http://localhost:$KC_PORT/admin/realms/cchc"
check "user profile declares unit" contains "$(api "$ADM/users/profile")" '"name":"unit"'
existing="$(api "$ADM/users?username=smoke.persist&exact=true")"
if contains "$existing" '"username":"smoke.persist"'; then
  echo "  smoke.persist exists already: data kept from an earlier start"
  check "user made by an earlier start still has unit TQ-SNV" contains "$existing" '"unit":["TQ-SNV"]'
else
  code="$(api -o /dev/null -w '%{http_code}' -X POST "$ADM/users" --data \
    '{"username":"smoke.persist","enabled":true,"firstName":"Thử","lastName":"Kiểm","email":"smoke.persist@example.com","attributes":{"unit":["TQ-SNV"]}}')"
  check "admin API creates a user with unit (HTTP $code)" test "$code" = 201
  check "created user keeps unit TQ-SNV" contains "$(api "$ADM/users?username=smoke.persist&exact=true")" '"unit":["TQ-SNV"]'
fi
acct="$(curl -s -H "Authorization: Bearer $user_token" -H 'Accept: application/json' "$ISS/account")"
check "account API: user's own profile does not show unit" both "$acct" '"username":"namdan.officer"' '"lastName":"Vàng Thị"'
check "account API: no unit in it" lacks "$acct" 'TQ-NAMDAN'
curl -s -o /dev/null -H "Authorization: Bearer $user_token" -H 'Content-Type: application/json' -X POST "$ISS/account" \
  --data '{"username":"namdan.officer","email":"namdan.officer@example.com","firstName":"Mai","lastName":"Vàng Thị","attributes":{"unit":["HY-SNV"]}}'
check "account API: user cannot change own unit" contains "$(api "$ADM/users?username=namdan.officer&exact=true")" '"unit":["TQ-NAMDAN"]'
code="$(api -o /dev/null -w '%{http_code}' -X POST "$ADM/users" --data '{"username":"smoke.badunit","attributes":{"unit":["bad unit!"]}}')"
check "user profile rejects a malformed unit code (HTTP $code)" test "$code" = 400

last_start_log() { awk '/^===== \[cchc\]/ { buf = "" } { buf = buf $0 "\n" } END { printf "%s", buf }' "$SMOKE/logs/keycloak.log"; }
if ((CCHC_KEYCLOAK_REIMPORTED)); then
  check "log of this start: realm imported" contains "$(last_start_log)" "Realm 'cchc' imported"
else
  check "log of this start: import skipped, realm kept" contains "$(last_start_log)" "Realm 'cchc' already exists. Import skipped"
fi

echo "$passed passed, $failed failed"
if ((hold)); then
  echo "holding: MariaDB on $DB_PORT, Keycloak on http://localhost:$KC_PORT — Ctrl-C stops both"
  sleep infinity &
  cchc_cleanup_register $!
  wait $! || true
fi
((failed == 0))
