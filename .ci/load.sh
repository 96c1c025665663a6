#!/usr/bin/env bash
# Load / soak test: a mixed read, analysis and write load (wrk + .ci/load.lua) for a bounded time
# against a Crosswalk server; reports wrk's latency distribution, every non-2xx response and socket
# error, and the used heap after a forced full GC before and after the load.
#
#   .ci/load.sh [--duration SECONDS] [--connections N] [--threads N] [--port P] [--jar PATH]
#   .ci/load.sh --url http://host:port --admin-key KEY [--pid PID] [--org ID] [--duration ...]
#
# Without --url it starts its own server from a copy of server/target/crosswalk.jar on an empty
# temporary data directory (random port unless --port) and stops it at exit. With --url it uses a
# running server: --admin-key (or $CROSSWALK_ADMIN_KEY) mints a key for a throw-away organisation,
# which is deleted again at exit; the heap is measured only when the server's JVM is local and
# found (--pid, or the process listening on a localhost port).
#
# Fails (exit 1, "load-test: 0 passed, 1 failed") on any non-2xx response or socket error, in the
# warm-up or the measured run, or when the used heap after a full GC grew by more than
# --max-heap-growth-mb (64) or --max-heap-growth-pct (50 %). Also reported, not checked: the size
# of the own server's TDB2 directory (about 0.3 MB per control update until compacted; see docs/load-and-soak.md) and the load average.
# Also --warmup SECONDS (5); wrk times out one request after 30 s. Whole run: duration + 45-65 s on
# a busy 2-core machine (own server's start 20-48 s, capped at 90 s; warm-up 5 s; two 5 s pauses
# before the heap readings; wrk is killed at duration + 30 s). See docs/load-and-soak.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=30 connections=8 threads=2 port="" url="" admin_key="${CROSSWALK_ADMIN_KEY:-}" pid=""
org="" jar="$root/server/target/crosswalk.jar" warmup=5 max_growth_mb=64 max_growth_pct=50
usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --url) url=${2%/}; shift 2 ;;
    --admin-key) admin_key=$2; shift 2 ;;
    --pid) pid=$2; shift 2 ;;
    --org) org=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --max-heap-growth-mb) max_growth_mb=$2; shift 2 ;;
    --max-heap-growth-pct) max_growth_pct=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "load: unknown option '$1'" >&2; usage ;;
  esac
done
for v in duration connections threads warmup max_growth_mb max_growth_pct; do
  [[ ${!v} =~ ^[0-9]+$ ]] || { echo "load: --${v//_/-} must be a whole number, not '${!v}'" >&2; exit 2; }
done
[ "$duration" -ge 1 ] && [ "$threads" -ge 1 ] || { echo "load: --duration and --threads must be at least 1" >&2; exit 2; }
[ "$connections" -ge "$threads" ] || { echo "load: --connections ($connections) must be at least --threads ($threads)" >&2; exit 2; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

t0=$(date +%s)
die() { echo "load: $*" >&2; echo "load-test: 0 passed, 1 failed"; exit 1; }
work=$(mktemp -d)
server_pid="" org_key="" key_id="" base=""
cleanup() {
  if [ -n "$url" ] && [ -n "$org_key" ]; then   # a running server: remove what this run created
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $org_key" "$base/api/v1/orgs/$org/profile" || true
    [ -z "$key_id" ] || curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $admin_key" \
      "$base/api/v1/admin/orgs/$org/keys/$key_id" || true
  fi
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "$url" ]; then
  [ -f "$jar" ] || die "no jar at $jar (build: mvn -B -q package -DskipTests)"
  cp "$jar" "$work/crosswalk.jar"   # a concurrent build may rewrite the original
  if [ -z "$port" ]; then
    for _ in $(seq 1 20); do
      port=$((40000 + RANDOM % 9000))
      curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null || break
    done
  fi
  admin_key="load-admin-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  mkdir "$work/data"
  CROSSWALK_ADMIN_KEY="$admin_key" java ${JAVA_OPTS:-} -jar "$work/crosswalk.jar" serve --port "$port" \
    --data "$work/data" >"$work/server.log" 2>&1 &
  server_pid=$! pid=$server_pid
  base="http://localhost:$port"
  echo "load: started server pid $server_pid on $base (data $work/data)"
  for i in $(seq 1 90); do
    curl -fsS -o /dev/null "$base/api/v1/health" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { tail -50 "$work/server.log" >&2; die "server died (log above)"; }
    [ "$i" -lt 90 ] || { tail -50 "$work/server.log" >&2; die "server not ready after 90 s (log above)"; }
    sleep 1
  done
  echo "load: server ready after $(( $(date +%s) - t0 )) s"
  org=${org:-load-test-org}
else
  base=$url
  [ -n "$admin_key" ] || { echo "load: --url needs --admin-key (or \$CROSSWALK_ADMIN_KEY)" >&2; exit 2; }
  curl -fsS -o /dev/null "$base/api/v1/health" || die "$base/api/v1/health does not answer 2xx"
  if [ -z "$pid" ] && [[ $base =~ ^https?://(localhost|127\.0\.0\.1)(:([0-9]+))?$ ]] && command -v ss >/dev/null; then
    p=${BASH_REMATCH[3]:-80}
    pid=$(ss -Hltnp "sport = :$p" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  fi
  org=${org:-load-test-$(date +%s)-$RANDOM}
fi

# Heap used after a forced full GC, in MB (sum of the "used" figures of the heap lines). First
# 5 s of quiet: requests wrk left in flight when it stopped finish (a gap analysis takes ~0.4 s).
heap_mb() {
  [ -n "$pid" ] && command -v jcmd >/dev/null || { echo n/a; return; }
  sleep 5
  jcmd "$pid" GC.run >/dev/null 2>&1 && jcmd "$pid" GC.run >/dev/null 2>&1 || { echo n/a; return; }
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '
    /Metaspace|class space/ { next }
    / total / && / used / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/[,K]+$/, "", v); kb += v } }
    END { if (kb > 0) printf "%.1f\n", kb / 1024; else print "n/a" }'
}

# An organisation with a key and a stored profile for the write and org-read requests.
resp=$(curl -sS -X POST -H "Authorization: Bearer $admin_key" "$base/api/v1/admin/orgs/$org/keys" 2>&1 || true)
org_key=$(grep -o '"key":"cwk_[^"]*"' <<<"$resp" | cut -d'"' -f4 || true)
key_id=$(grep -o '"id":"[^"]*"' <<<"$resp" | head -1 | cut -d'"' -f4 || true)
[ -n "$org_key" ] || die "could not mint an org key for '$org': $resp"
sed '0,/"id": *"[^"]*"/s//"id": "'"$org"'"/' examples/uk-bank.json >"$work/profile.json"
code=$(curl -sS -o "$work/put.out" -w '%{http_code}' -X PUT -H "Authorization: Bearer $org_key" \
  -H 'Content-Type: application/json' --data-binary @"$work/profile.json" "$base/api/v1/orgs/$org/profile" || true)
[ "${code:0:1}" = 2 ] || die "storing the profile of '$org' gave $code: $(cat "$work/put.out")"
echo "load: organisation '$org' stored ($code); mix: 80 % reads, 10 % analyses, 10 % writes (.ci/load.lua)"

export CW_ORG="$org" CW_ORG_KEY="$org_key" CW_GAP_BODY_FILE="$root/examples/uk-bank.json"
run_wrk() {   # seconds, output file
  CW_RESULT_FILE="$2.result" timeout --kill-after=5 $(( $1 + 30 )) \
    wrk -t"$threads" -c"$connections" -d"$1"s --timeout 30s --latency -s "$root/.ci/load.lua" "$base" >"$2" 2>&1
}
failures=()

wrc=0
run_wrk "$warmup" "$work/warmup.out" || wrc=$?
warm=$(cat "$work/warmup.out.result" 2>/dev/null || true)
echo "load: warm-up ${warmup} s: ${warm#LOADLUA }"
[ $wrc -eq 0 ] && [ -n "$warm" ] || { cat "$work/warmup.out"; failures+=("warm-up wrk exited $wrc"); }
warm_errors=$(grep -o ' errors=[0-9]*' <<<"$warm" | cut -d= -f2 || true)
[ "${warm_errors:-0}" = 0 ] || { cat "$work/warmup.out"; failures+=("warm-up: $warm_errors errors"); }

heap_before=$(heap_mb)
echo "load: heap used after full GC before the load: $heap_before MB (pid ${pid:-unknown})"
echo "load: machine: $(nproc) cores, load average before the load $(cut -d' ' -f1-3 /proc/loadavg)"
data_mb() { [ -d "$work/data" ] && du -sm "$work/data" | cut -f1 || echo n/a; }
disk_before=$(data_mb)
echo "load: wrk -t$threads -c$connections -d${duration}s --timeout 30s --latency -s .ci/load.lua $base"

wrc=0
run_wrk "$duration" "$work/wrk.out" || wrc=$?
cat "$work/wrk.out"
res=$(cat "$work/wrk.out.result" 2>/dev/null || true)
[ $wrc -eq 0 ] && [ -n "$res" ] || failures+=("wrk exited $wrc without a result")

loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)   # 1-minute figure ~ the last minute of the load
heap_after=$(heap_mb)
echo "load: heap used after full GC after the load: $heap_after MB"
disk_after=$(data_mb)
[ -z "$url" ] && echo "load: TDB2 data directory: $disk_before MB before the load, $disk_after MB after (not checked)"

# The server still answers, and the organisation's history (one entry per write) is readable.
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/health" || true)
[ "$code" = 200 ] || failures+=("health after the load gave $code")
hist=$(curl -s -o "$work/history.json" -w '%{http_code} %{size_download}' -H "Authorization: Bearer $org_key" \
  "$base/api/v1/orgs/$org/history" || true)
[ "${hist%% *}" = 200 ] || failures+=("history after the load gave ${hist%% *}")
echo "load: GET /orgs/$org/history after the load: ${hist%% *}, ${hist#* } bytes"

field() { grep -o " $1=[0-9.]*" <<<" $res" | cut -d= -f2; }
ms() { awk -v us="${1:-0}" 'BEGIN { if (us >= 1e6) printf "%.2fs", us / 1e6; else printf "%.2fms", us / 1e3 }'; }
requests=$(field requests) errors=$(field errors) non2xx=$(field non2xx) socket=$(field socket_errors)
# wrk's own counters as a cross-check (it counts status >= 400 and socket errors itself)
wrk_status=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.out" | grep -o '[0-9]*$' || true)
[ "${wrk_status:-0}" -le "${non2xx:-0}" ] || { non2xx=$wrk_status; errors=$(( wrk_status + ${socket:-0} )); }
[ "${errors:-1}" = 0 ] || failures+=("${errors:-?} errors (${non2xx:-?} non-2xx, ${socket:-?} socket errors)")

growth=n/a
if [ "$heap_before" != n/a ] && [ "$heap_after" != n/a ]; then
  growth=$(awk -v a="$heap_after" -v b="$heap_before" 'BEGIN { printf "%.1f", a - b }')
  pct=$(awk -v a="$heap_after" -v b="$heap_before" 'BEGIN { printf "%.0f", (a - b) * 100 / b }')
  if awk -v g="$growth" -v p="$pct" -v gm="$max_growth_mb" -v gp="$max_growth_pct" 'BEGIN { exit !(g > gm || p > gp) }'; then
    failures+=("heap grew by $growth MB ($pct %) after a full GC; limit $max_growth_mb MB / $max_growth_pct %")
  fi
  growth="$growth MB ($pct %)"
else
  echo "load: heap not measured (no local JVM pid; pass --pid to measure it)"
fi

echo "load-detail: duration=${duration}s connections=$connections threads=$threads rps=$(field rps) p90=$(ms "$(field p90_us)") max=$(ms "$(field max_us)") heap_growth=$growth loadavg_end="$loadavg_after" data_mb=$disk_before/$disk_after elapsed=$(( $(date +%s) - t0 ))s"
echo "load: requests=${requests:-0} errors=${errors:-?} p50=$(ms "$(field p50_us)") p99=$(ms "$(field p99_us)") heap_before=$heap_before heap_after=$heap_after"
if [ ${#failures[@]} -eq 0 ]; then
  echo "load-test: 1 passed, 0 failed"
else
  for f in "${failures[@]}"; do echo "load: FAILED: $f" >&2; done
  echo "load-test: 0 passed, 1 failed"
  exit 1
fi
