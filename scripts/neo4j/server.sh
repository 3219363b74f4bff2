#!/usr/bin/env bash
# A throw-away Neo4j 3.1.1 server in its own folder, for the tests, the benchmark and the Browser screenshot.
#
#   scripts/neo4j/server.sh start DIR   create DIR (conf, data, logs...) on first use, then start the server and wait
#                                      until its HTTP port answers. Reads, on first use only:
#                                        NEO4J_PASSWORD   the password of user neo4j (required)
#                                        NEO4J_HTTP_PORT  default 7474     NEO4J_BOLT_PORT  default 7687
#                                        NEO4J_HEAP       default 512m     NEO4J_PAGECACHE  default 64m
#   scripts/neo4j/server.sh stop DIR    stop the server started from DIR (the folder stays)
#   scripts/neo4j/server.sh port DIR    print the HTTP port of DIR
#   scripts/neo4j/server.sh import DIR CSV  create DIR (as for start) and fill its empty database offline with
#                                      neo4j-admin import from the folder CSV written by 'upr-graph export -f neo4j-import'
#
# Every directory of the instance is under DIR (absolute dbms.directories.*), so the shared install is never written to.
# The server listens on 127.0.0.1 only. The password is never printed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
usage() { echo "usage: $0 start|stop|port DIR  or  $0 import DIR CSVFOLDER" >&2; exit 2; }
[ $# -eq 2 ] || { [ $# -eq 3 ] && [ "$1" = import ]; } || usage
cmd="$1"
mkdir -p "$2"
dir="$(cd "$2" && pwd)"
home="$(bash "$here/install.sh")"
export NEO4J_CONF="$dir/conf"

init() {
  : "${NEO4J_PASSWORD:?set NEO4J_PASSWORD to the password for user neo4j}"
  local http="${NEO4J_HTTP_PORT:-7474}" bolt="${NEO4J_BOLT_PORT:-7687}"
  mkdir -p "$dir"/{conf,data,logs,run,import,plugins}
  {
    echo "dbms.directories.data=$dir/data"
    echo "dbms.directories.logs=$dir/logs"
    echo "dbms.directories.run=$dir/run"
    echo "dbms.directories.import=$dir/import"
    echo "dbms.directories.plugins=$dir/plugins"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$bolt"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$http"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.memory.heap.initial_size=${NEO4J_HEAP:-512m}"
    echo "dbms.memory.heap.max_size=${NEO4J_HEAP:-512m}"
    echo "dbms.memory.pagecache.size=${NEO4J_PAGECACHE:-64m}"
    echo "dbms.udc.enabled=false"
    echo "dbms.jvm.additional=-XX:+UseG1GC"
    echo "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow"
    echo "dbms.jvm.additional=-XX:+DisableExplicitGC"
    # Neo4j 3.1 reflects into JDK internals; Java 17 refuses that without these.
    for p in java.lang java.lang.reflect java.nio java.util java.util.concurrent java.io sun.nio.ch java.lang.invoke \
             java.net jdk.internal.misc jdk.internal.ref sun.nio.fs; do
      echo "dbms.jvm.additional=--add-opens=java.base/$p=ALL-UNNAMED"
    done
  } > "$dir/conf/neo4j.conf.tmp"
  mv "$dir/conf/neo4j.conf.tmp" "$dir/conf/neo4j.conf"
  echo "$http" > "$dir/http-port"
  "$home/bin/neo4j-admin" set-initial-password "$NEO4J_PASSWORD" >/dev/null
}

# True when PID is a live (not zombie) Neo4j of this folder: a pid file outlives a server killed with kill -9, its pid can
# be a zombie for seconds while the JVM is torn down, and later another process's.
state_of() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1; }

ours() {
  local pid="$1"
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  [ "$(state_of "$pid")" != Z ] || return 1
  tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "--config-dir=$dir/conf"
}

# A pid file whose server is gone (kill -9, a reboot) would make bin/neo4j say "already running" and start nothing:
# wait for a dying server to be gone, then remove the file.
clear_stale_pid() {
  local pidfile="$dir/run/neo4j.pid" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  ours "$pid" && return 0
  for _ in $(seq 1 120); do
    [ -n "$pid" ] && [ "$(state_of "$pid")" = Z ] || break
    sleep 0.25
  done
  echo "neo4j: removing the stale pid file of a server that is gone (pid ${pid:-none})" >&2
  rm -f "$pidfile"
}

case "$cmd" in
  start)
    [ -f "$dir/conf/neo4j.conf" ] || init
    port="$(cat "$dir/http-port")"
    clear_stale_pid
    "$home/bin/neo4j" start > "$dir/logs/start.out" 2>&1 || { cat "$dir/logs/start.out" >&2; exit 1; }
    for _ in $(seq 1 240); do
      if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "neo4j: ready at http://127.0.0.1:$port/ (folder $dir)" >&2
        exit 0
      fi
      if [ -f "$dir/run/neo4j.pid" ] && ! kill -0 "$(cat "$dir/run/neo4j.pid")" 2>/dev/null; then
        echo "neo4j: the server in $dir died while starting; the end of its log:" >&2
        tail -n 30 "$dir/logs/neo4j.log" >&2 2>/dev/null || true
        exit 1
      fi
      sleep 0.25
    done
    echo "neo4j: the server in $dir did not answer on port $port within 60 s; see $dir/logs/neo4j.log" >&2
    exit 1
    ;;
  stop)
    [ -f "$dir/conf/neo4j.conf" ] || exit 0
    "$home/bin/neo4j" stop > "$dir/logs/stop.out" 2>&1 || { cat "$dir/logs/stop.out" >&2; exit 1; }
    ;;
  port)
    cat "$dir/http-port"
    ;;
  import)
    [ -f "$dir/conf/neo4j.conf" ] || init
    csv="$(cd "$3" && pwd)"
    # neo4j-admin does not read dbms.jvm.additional: Java 17 needs the add-opens in JDK_JAVA_OPTIONS.
    JDK_JAVA_OPTIONS="$(for p in java.lang java.lang.reflect java.nio java.util java.util.concurrent java.io sun.nio.ch \
        java.lang.invoke java.net jdk.internal.misc jdk.internal.ref sun.nio.fs; do printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' "$p"; done)" \
      NEO4J_HOME="$home" sh "$csv/import.sh" > "$dir/logs/import.out" 2>&1 \
      || { echo "neo4j: offline import failed; the end of its output:" >&2; tail -n 30 "$dir/logs/import.out" >&2; exit 1; }
    ;;
  *) usage ;;
esac
