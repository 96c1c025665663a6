#!/usr/bin/env bash
# The gap-analysis scaling curve over HTTP: starts server/target/crosswalk.jar (copied: a concurrent build may
# rewrite it) on an empty temporary data directory, generates the UK bank example with N AI systems with the seeded
# generator in benchmarks/target/benchmarks.jar, POSTs each profile to /api/v1/gap-analysis a few times after a
# warm-up and prints "N<TAB>http<TAB>median ms" lines (the input of scaling_svg.py) and the response size.
# usage: benchmarks/scripts/gap-curve.sh [runs (5)] [sizes ("1 10 50 100 1000 2000 5000 10000")]
# Needs: mvn -B -Pbench -pl benchmarks -am package -DskipTests (benchmarks.jar) and the server jar (mvn -B package).
# CROSSWALK_JAR=other.jar measures another server jar (before/after); SERVER_ARGS replaces the serve options (default
# --max-body 200000000: the 10,000-system profile is 1.7 MB, the server's default cap 1 MB). WARMUPS (default 20) requests
# warm each size up to 1,000 systems before it is measured (3 above): with fewer the small sizes still time the JIT.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
sizes=${2:-"1 10 50 100 1000 2000 5000 10000"}
work=$(mktemp -d)
server_pid=""
cleanup() { [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cp "${CROSSWALK_JAR:-$root/server/target/crosswalk.jar}" "$work/crosswalk.jar"
port=$((40000 + RANDOM % 9000))
mkdir "$work/data"
java ${JAVA_OPTS:--Xmx2g} -jar "$work/crosswalk.jar" serve --port "$port" --data "$work/data" ${SERVER_ARGS:---max-body 200000000} >"$work/server.log" 2>&1 &
server_pid=$!
base="http://localhost:$port"
for i in $(seq 1 180); do
  curl -fsS -o /dev/null "$base/api/v1/health" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; exit 1; }
  sleep 1
done
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) runs=$runs" >&2
for n in $sizes; do
  java -cp "$root/benchmarks/target/benchmarks.jar" dev.crosswalk.gap.ProfileGenerator "$n" 42 >"$work/p$n.json"
  # warm-up: the JIT needs a few rounds before the times mean anything
  warm=${WARMUPS:-20}; [ "$n" -le 1000 ] || warm=3
  for w in $(seq 1 "$warm"); do curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary @"$work/p$n.json" "$base/api/v1/gap-analysis"; done
  times=()
  for r in $(seq 1 "$runs"); do
    t=$(curl -fsS -o "$work/out.json" -w '%{time_total}' -H 'Content-Type: application/json' --data-binary @"$work/p$n.json" \
      "$base/api/v1/gap-analysis")
    times+=("$t")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')
  printf '%s\thttp\t%s\n' "$n" "$median"
  echo "# n=$n bytes=$(stat -c %s "$work/out.json") runs(s)=${times[*]}" >&2
done
