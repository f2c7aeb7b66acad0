# shellcheck shell=bash
# deploy/common.sh — the steps deploy/run.sh and deploy/test.sh share: prerequisites, builds,
# starting the backend and the SPA. Sourced after deploy/lib.sh.

CCHC_BACKEND_DIR="$CCHC_ROOT/backend"
CCHC_FRONTEND_DIR="$CCHC_ROOT/frontend"
_CCHC_SERVICE_PIDS=()

# Java 17+, Node 20+ and npm are the machine's; everything else the scripts fetch themselves.
cchc_check_prerequisites() {
  local v
  if ! command -v java >/dev/null 2>&1; then
    cchc_log "ERROR: java (JDK 17 or later) is needed: apt-get install openjdk-17-jdk-headless"
    return 1
  fi
  v="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  if [[ -z "$v" || "${v%%.*}" -lt 17 ]]; then
    cchc_log "ERROR: Java 17 or later is needed (found ${v:-unknown})"
    return 1
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    cchc_log "ERROR: Node.js 20 and npm are needed"
    return 1
  fi
  v="$(node -p 'process.versions.node.split(".")[0]')"
  if [[ "$v" -lt 20 ]]; then
    cchc_log "ERROR: Node.js 20 or later is needed (found $(node --version))"
    return 1
  fi
}

# Debian's Chromium for the end-to-end tests (Playwright's own browser download does not work here).
# cchc_ensure_package COMMAND PACKAGE — installs Debian's PACKAGE (as root or with sudo) unless COMMAND exists.
cchc_ensure_package() {
  local cmd="$1" pkg="$2" sudo=""
  if command -v "$cmd" >/dev/null 2>&1; then
    return 0
  fi
  cchc_log "installing Debian's $pkg"
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      cchc_log "ERROR: $cmd is missing and this user cannot install it: apt-get install $pkg"
      return 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
  command -v "$cmd" >/dev/null 2>&1
}

cchc_ensure_chromium() {
  if [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
    return 0
  fi
  cchc_ensure_package chromium chromium
}

cchc_seeds_dir() {
  local dir="${CCHC_SEEDS_DIR:-$CCHC_ROOT/../shared/seeds}"
  if [[ -d "$dir" ]]; then
    (cd "$dir" && pwd)
  else
    echo "$dir"
  fi
}

# Packages the backend (tests are the test script's business).
cchc_build_backend() {
  local log="$1"
  cchc_log "building the backend (log: $log)"
  # with the class-data archive of the classes the application loads as it starts (Quarkus runs it up to its
  # initialisation at build time; cchc_start_backend maps it): about a second less on two cores (bench/start.sh)
  if ! (cd "$CCHC_BACKEND_DIR" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >"$log" 2>&1); then
    tail -n 40 "$log" >&2
    cchc_log "ERROR: the backend build failed"
    return 1
  fi
}

# Installs the SPA's packages when package-lock.json changed, then builds it.
cchc_npm_install() {
  local log="$1" stamp="$CCHC_FRONTEND_DIR/node_modules/.cchc-lock.sha256" sum
  sum="$(sha256sum "$CCHC_FRONTEND_DIR/package-lock.json" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" ]]; then
    return 0
  fi
  cchc_log "installing the SPA's npm packages (log: $log)"
  if ! (cd "$CCHC_FRONTEND_DIR" && npm ci --no-audit --no-fund >"$log" 2>&1); then
    tail -n 40 "$log" >&2
    cchc_log "ERROR: npm ci failed"
    return 1
  fi
  echo "$sum" >"$stamp"
}

cchc_build_frontend() {
  local log="$1"
  cchc_npm_install "$log"
  cchc_log "building the SPA (log: $log)"
  if ! (cd "$CCHC_FRONTEND_DIR" && npm run build >>"$log" 2>&1); then
    tail -n 40 "$log" >&2
    cchc_log "ERROR: the SPA build failed"
    return 1
  fi
}

# Points the built SPA at a Keycloak (its runtime configuration, nothing secret).
cchc_write_spa_config() {
  local kc_url="$1"
  cat >"$CCHC_FRONTEND_DIR/dist/config.js" <<EOF
// Written by deploy/common.sh for the stack it started.
window.CCHC_CONFIG = {
  keycloakUrl: '$kc_url',
  realm: 'cchc',
  clientId: 'cchc-spa',
  apiBase: '',
};
EOF
}

# cchc_start_backend PORT JDBC_URL KEYCLOAK_URL SEEDS_DIR LOGFILE [extra java -D options...]
# The backend's JVM, sized from bench/tasks.sh's load (issue 11): 33-40 MB live after a full GC, so the heap starts
# at 64 MB and stays near 100 MB under the list load, with room up to 256 MB for uploads and exports; a fixed
# 48 MB young generation (requests' garbage dies there instead of filling the old one: 8 full collections in a
# 100 s run instead of 11); the serial collector (two cores: G1's barriers and threads cost more than its pauses
# save; c=1 answered 110 -> 158 req/s); malloc gives freed native memory back (TrimNativeHeapInterval, two malloc
# arenas). Resident memory after the load: about 310 MB, was 518-577 MB with -Xmx512m and G1.
CCHC_BACKEND_JAVA_DEFAULTS="-Xms64m -Xmx256m -Xmn48m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 \
-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"

cchc_start_backend() {
  local port="$1" db_url="$2" kc_url="$3" seeds="$4" log="$5"
  shift 5
  local jar="$CCHC_BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f "$jar" ]]; then
    cchc_log "ERROR: $jar is missing: build the backend first"
    return 1
  fi
  cchc_log "starting the backend on port $port (log: $log)"
  # without an SMTP server (CCHC_SMTP_HOST) reminder e-mails are written to the log instead of sent
  local mock=true
  if [[ -n "${CCHC_SMTP_HOST:-}" ]]; then
    mock=false
  fi
  # the class-data archive the build recorded (cchc_build_backend): the JVM maps the classes it would load and
  # verify one by one; it records the class path as the build ran it, from the application's directory
  local cds=()
  if [[ -f "$(dirname "$jar")/app-cds.jsa" && "${CCHC_APPCDS:-1}" == 1 ]]; then
    cds=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)
  fi
  pushd "$(dirname "$jar")" >/dev/null
  CCHC_HTTP_PORT="$port" CCHC_DB_URL="$db_url" CCHC_DB_USER="${CCHC_DB_USER:-cchc}" \
    CCHC_DB_PASSWORD="${CCHC_DB_PASSWORD:-cchc}" CCHC_OIDC_URL="$kc_url/realms/cchc" \
    CCHC_DEMO_DATA="${CCHC_DEMO_DATA:-true}" CCHC_SEEDS_DIR="$seeds" \
    CCHC_DIRECTORY_URL="$kc_url" CCHC_MAIL_MOCK="${CCHC_MAIL_MOCK:-$mock}" \
    CCHC_PUBLIC_URL="${CCHC_PUBLIC_URL:-http://localhost:$port}" \
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    cchc_spawn "backend-$port" "$log" java ${CCHC_BACKEND_JAVA_OPTS:-$CCHC_BACKEND_JAVA_DEFAULTS} "${cds[@]}" \
    -Dvertx.disableURIValidation=true "$@" -jar quarkus-run.jar
  popd >/dev/null
  _CCHC_SERVICE_PIDS+=("$CCHC_SPAWNED_PID")
  CCHC_BACKEND_PID="$CCHC_SPAWNED_PID"
  cchc_wait_http "http://localhost:$port/q/health/ready" 120 "backend" "$CCHC_SPAWNED_PID" "$log"
}

# cchc_start_spa PORT API_URL LOGFILE — serves the built SPA, forwarding /api to the backend.
cchc_start_spa() {
  local port="$1" api="$2" log="$3"
  cchc_log "serving the SPA on port $port (log: $log)"
  pushd "$CCHC_FRONTEND_DIR" >/dev/null
  CCHC_API_URL="$api" cchc_spawn "spa-$port" "$log" \
    node node_modules/vite/bin/vite.js preview --port "$port" --strictPort --host localhost
  popd >/dev/null
  _CCHC_SERVICE_PIDS+=("$CCHC_SPAWNED_PID")
  cchc_wait_http "http://localhost:$port/" 60 "SPA" "$CCHC_SPAWNED_PID" "$log"
}

# Blocks until one of the started services exits (then fails) or the script is interrupted.
cchc_wait_for_any_exit() {
  local pid
  while true; do
    for pid in "${_CCHC_SERVICE_PIDS[@]}" ${CCHC_MARIADB_PID:-} ${CCHC_KEYCLOAK_PID:-}; do
      if ! kill -0 "$pid" 2>/dev/null; then
        cchc_log "ERROR: a service (pid $pid) stopped; see the logs. Stopping the rest."
        return 1
      fi
    done
    sleep 2
  done
}
