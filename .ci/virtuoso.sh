#!/usr/bin/env bash
# A private OpenLink Virtuoso 7.2 (Debian's virtuoso-opensource) for the remote-store tests:
#   virtuoso.sh start DIR   database, ini and log in DIR; loopback only, free ports; prints the HTTP base URL
#   virtuoso.sh stop DIR    stops it and waits until it is gone (a checkpoint on the way out)
# The ini is the package's, with its paths moved into DIR. The SPARQL user (what /sparql and
# /sparql-graph-crud run as, unauthenticated) gets SPARQL_UPDATE and write access to graphs; dba gets a
# random password. Endpoints: BASE/sparql (query and update), BASE/sparql-graph-crud (Graph Store Protocol).
set -euo pipefail
cmd=${1:?usage: virtuoso.sh start|stop DIR}
dir=${2:?usage: virtuoso.sh start|stop DIR}

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
isql() { isql-vt "$(cat "$dir/sql-port")" dba "$(cat "$dir/dba-password")" "$@"; }

stop() {
  [ -f "$dir/pid" ] || return 0
  local pid; pid=$(cat "$dir/pid")
  kill -TERM "$pid" 2>/dev/null || { rm -f "$dir/pid"; return 0; }
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$dir/pid"
}

start() {
  mkdir -p "$dir/db"
  local ini=/etc/virtuoso-opensource-7/virtuoso.ini
  [ -f "$ini" ] || { echo "virtuoso.sh: $ini missing (apt-get install virtuoso-opensource)" >&2; exit 1; }
  local first=no
  if [ ! -f "$dir/virtuoso.ini" ]; then
    first=yes
    local sql http; sql=$(free_port); http=$(free_port)
    echo "$sql" >"$dir/sql-port"
    echo "$http" >"$dir/http-port"
    # ResultSetMaxRows: the package's 10,000 would cut a long history or a large import short, silently
    sed -e "s#/var/lib/virtuoso-opensource-7/db#$dir/db#g" \
        -e "/^\[Parameters\]/,/^\[/ s#^ServerPort .*#ServerPort = 127.0.0.1:$sql#" \
        -e "/^\[HTTPServer\]/,/^\[/ s#^ServerPort .*#ServerPort = 127.0.0.1:$http#" \
        -e "s#^DefaultHost .*#DefaultHost = 127.0.0.1:$http#" \
        -e "s#^ResultSetMaxRows .*#ResultSetMaxRows = 1000000#" \
        -e "s#^NumberOfBuffers .*#NumberOfBuffers = 20000#" \
        "$ini" >"$dir/virtuoso.ini"
  fi
  (cd "$dir/db" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/virtuoso.out" 2>&1) &
  echo $! >"$dir/pid"
  local http; http=$(cat "$dir/http-port")
  for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/sparql?query=ASK%7B%7D")" = 200 ]; then break; fi
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || { echo "virtuoso.sh: Virtuoso died:" >&2; cat "$dir/virtuoso.out" "$dir/db/virtuoso.log" >&2; exit 1; }
    sleep 1
  done
  if [ "$first" = yes ]; then
    echo dba >"$dir/dba-password"
    local pw; pw=$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')
    # SPARQL_UPDATE for updates at /sparql; the graph permissions (1 read, 2 write, 4 sponge, 8 list) for
    # the unauthenticated user, which Graph Store Protocol writes at /sparql-graph-crud need as well
    isql exec="GRANT SPARQL_UPDATE TO \"SPARQL\"; USER_SET_PASSWORD ('dba', '$pw');" >"$dir/grants.out"
    echo "$pw" >"$dir/dba-password"
    chmod 600 "$dir/dba-password"
  fi
  echo "http://127.0.0.1:$http"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: virtuoso.sh start|stop DIR" >&2; exit 2 ;;
esac
