#!/usr/bin/env bash
# Start-up benchmark (issue 15): time from `java -jar` to the first answered crosswalk lookup, on a new
# (empty) data folder and on the same folder started again, and the live heap after start. Builds
# nothing; stops every server it starts. Timings only, no pass/fail.
#
#   bench/startup.sh [--jar PATH] [--runs N]
#
# --jar   the shaded jar (default server/target/crosswalk.jar; copied first, a build may rewrite it)
# --runs  pairs of starts (empty folder, then the same folder again), each pair on a new folder (default 3)
# The lookup is polled every 50 ms. After each start the server's own phase timings are printed (the
# "startup" object of /api/v1/health). After the last start: the live heap (jcmd GC.class_histogram).
# $JAVA_OPTS is passed to the JVM (e.g. the README's 512 MB flags).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

jar="$root/server/target/crosswalk.jar" runs=3
usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "startup: unknown option '$1'" >&2; usage ;;
  esac
done
[[ $runs =~ ^[0-9]+$ ]] && [ "$runs" -ge 1 ] || { echo "startup: --runs must be a whole number ≥ 1, not '$runs'" >&2; exit 2; }
for tool in curl python3 java jcmd; do command -v $tool >/dev/null || { echo "startup: needs $tool" >&2; exit 2; }; done
[ -f "$jar" ] || { echo "startup: no jar at $jar (build: mvn -B -q package -pl server -am -DskipTests)" >&2; exit 2; }

work=$(mktemp -d) server_pid=""
stop() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
trap 'stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
cp "$jar" "$work/crosswalk.jar"

start() {   # data-folder label: prints "label seconds" and the server's phases; leaves the server running
  local port base t0 t1
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  base="http://localhost:$port"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$work/crosswalk.jar" serve --port "$port" --data "$1" >"$work/server.log" 2>&1 &
  server_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/crosswalk?from=iso42001:A.6.2.4")" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; echo "startup: server died" >&2; exit 1; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 300 ] || { echo "startup: no answer after 300 s" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  printf '%-16s %6.2f s   ' "$2" "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
  curl -s "$base/api/v1/health" | python3 -c 'import json,sys; s=json.load(sys.stdin)["startup"]; print(" ".join(f"{k}={s[k]}" for k in sorted(s) if k != "contentHash"))'
}

echo "startup: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS=${JAVA_OPTS:-<none>}"
for r in $(seq 1 "$runs"); do
  data="$work/data-$r"; mkdir "$data"
  start "$data" "empty folder"; stop
  start "$data" "existing folder"
  if [ "$r" -lt "$runs" ]; then stop; fi
done
jcmd "$server_pid" GC.run >/dev/null
# the class histogram runs a full GC first and counts what is left: the live heap, whatever the collector
live=$(jcmd "$server_pid" GC.class_histogram | awk '$1 == "Total" {print $3}')
echo "live heap after start and full GCs: $(( live / 1048576 )) MB; resident: $(( $(ps -o rss= -p "$server_pid") / 1024 )) MB"
echo "startup: load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
