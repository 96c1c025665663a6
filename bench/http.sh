#!/usr/bin/env bash
# HTTP benchmark (issue 15): starts one Crosswalk server from a built jar on a free port with an
# empty temporary data folder and per-request logging off, warms it up, runs wrk on each route
# below in turn and prints req/s, p50, p99, the ratio to the health route and the lookup /
# raw-SPARQL ratios. Builds nothing; stops the server on exit. Timings only, no pass/fail.
#
#   bench/http.sh [--jar PATH] [--warmup SECONDS] [--duration SECONDS] [--connections N]
#                 [--threads N] [--rounds N] [--only REGEX] [--request-log]
#
# --jar        the shaded jar (default server/target/crosswalk.jar; copied first, a build may rewrite it)
# --warmup     total warm-up before the first measured run, spread over all routes (default 30)
# --duration   seconds of each measured wrk run (default 10)
# --connections / --threads   wrk -c / -t (default 32 / 2, as in issue 15)
# --rounds     measured rounds over all routes, one table each (default 1)
# --only       measure only the routes whose name matches this regex (the warm-up still covers all)
# --request-log  leave Fuseki's per-request logging on, as the product runs by default (to measure its cost)
# Request logging: Fuseki logs INFO lines per request (logger org.apache.jena.fuseki.Fuseki) through
# slf4j-simple; the server is started with -Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki=warn.
# $JAVA_OPTS is passed to the JVM (e.g. JAVA_OPTS=-XX:StartFlightRecording=duration=60s,filename=x.jfr).
# Routes: health, one provision, the crosswalk lookup direct and inferred, the same lookup as the raw
# named query crosswalk.rq + VALUES on /crosswalk/sparql, every other named query of queries/ that takes no
# organisation (with its "# example:" VALUES clause), and a gap analysis of examples/uk-bank.json.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

jar="$root/server/target/crosswalk.jar" warmup=30 duration=10 connections=32 threads=2 rounds=1 only="" request_log=0
usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --request-log) request_log=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "bench: unknown option '$1'" >&2; usage ;;
  esac
done
for v in warmup duration connections threads rounds; do
  [[ ${!v} =~ ^[0-9]+$ ]] && [ "${!v}" -ge 1 ] || { echo "bench: --$v must be a whole number ≥ 1, not '${!v}'" >&2; exit 2; }
done
for tool in wrk curl python3 java; do command -v $tool >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }; done
[ -f "$jar" ] || { echo "bench: no jar at $jar (build: mvn -B -q package -pl server -am -DskipTests)" >&2; exit 2; }

work=$(mktemp -d) server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cp "$jar" "$work/crosswalk.jar"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir "$work/data"
quiet=-Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki=warn
[ "$request_log" = 0 ] || quiet=""
t0=$(date +%s)
# shellcheck disable=SC2086
java $quiet ${JAVA_OPTS:-} -jar "$work/crosswalk.jar" serve --port "$port" --data "$work/data" >"$work/server.log" 2>&1 &
server_pid=$!
base="http://localhost:$port"
echo "bench: server pid $server_pid on $base, data $work/data"
if [ -n "$quiet" ]; then echo "bench: request logging OFF ($quiet)"; else echo "bench: request logging ON (the product's default), to $work/server.log"; fi
for i in $(seq 1 300); do
  curl -fsS -o /dev/null "$base/api/v1/health" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; echo "bench: server died" >&2; exit 1; }
  [ "$i" -lt 300 ] || { tail -30 "$work/server.log" >&2; echo "bench: server not ready after 300 s" >&2; exit 1; }
  sleep 1
done
echo "bench: ready after $(( $(date +%s) - t0 )) s; $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"

# name|method|url-or-path|body file (POST) — the SPARQL ones as GET ?query= with the query text + its VALUES
python3 - "$root" "$work" >"$work/targets" <<'EOF'
import sys, pathlib, urllib.parse
root, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def sparql(name, values):
    text = (root / "queries" / f"{name}.rq").read_text()
    return "/crosswalk/sparql?query=" + urllib.parse.quote(text + "\n" + values, safe="")
rows = [("health", "GET", "/api/v1/health", ""),
        ("provision", "GET", "/api/v1/provisions/iso42001:A.6.2.4", ""),
        ("lookup", "GET", "/api/v1/crosswalk?from=iso42001:A.6.2.4", ""),
        ("lookup-inferred", "GET", "/api/v1/crosswalk?from=iso42001:A.6.2.4&inferred=true", ""),
        ("sparql-lookup", "GET", sparql("crosswalk", "VALUES ?from { <https://w3id.org/crosswalk/id/iso42001/A.6.2.4> }"), "")]
for q in sorted((root / "queries").glob("*.rq")):
    head = [l for l in q.read_text().splitlines() if l.startswith("# ")]
    if q.stem == "crosswalk" or any(l.startswith("# param:") and l.split()[3] in ("organisation", "ai-system") for l in head):
        continue   # the lookup is above; organisation queries are not on the public endpoint
    example = next(l[len("# example: "):] for l in head if l.startswith("# example: "))
    rows.append(("sparql-" + q.stem, "GET", sparql(q.stem, example), ""))
rows.append(("gap-analysis", "POST", "/api/v1/gap-analysis", str(root / "examples" / "uk-bank.json")))
for r in rows: print("|".join(r))
EOF
cat >"$work/post.lua" <<'EOF'
local f = io.open(os.getenv("BENCH_BODY"), "rb"); wrk.body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
EOF

# every route must answer 2xx before it is measured; one that does not is reported and left out
: >"$work/checked"
while IFS='|' read -r name method path body; do
  start=$(date +%s%N)
  if [ "$method" = POST ]; then
    code=$(curl -s -o "$work/check" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$body" "$base$path")
  else
    code=$(curl -s -o "$work/check" -w '%{http_code}' -H 'Accept: application/json, application/sparql-results+json' "$base$path")
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ "${code:0:1}" = 2 ]; then
    echo "$name|$method|$path|$body" >>"$work/checked"; echo "bench: $name $code in $ms ms (first call)"
  else
    echo "bench: LEFT OUT $name: answered $code after $ms ms: $(head -c 200 "$work/check")" >&2
  fi
done <"$work/targets"
mv "$work/checked" "$work/targets"
grep -q '^health|' "$work/targets" || { echo "bench: the health route failed" >&2; exit 1; }

run() {   # name method path body seconds out
  local args=(-t"$threads" -c"$connections" -d"$5s" --latency --timeout 30s)
  if [ "$2" = POST ]; then BENCH_BODY=$4 wrk "${args[@]}" -s "$work/post.lua" "$base$3" >"$6"
  else wrk "${args[@]}" -H 'Accept: application/json, application/sparql-results+json' "$base$3" >"$6"; fi
  # requests wrk left in flight (a slow query holds a server thread up to its time limit) finish before the next run
  sleep 1; curl -s -o /dev/null -m 60 "$base/api/v1/health" || true
}

n=$(wc -l <"$work/targets")
per=$(( (warmup + n - 1) / n )); [ "$per" -ge 2 ] || per=2
echo "bench: warm-up ${per} s on each of $n routes ($(( per * n )) s), then ${duration} s per route, wrk -t$threads -c$connections"
while IFS='|' read -r name method path body; do run "$name" "$method" "$path" "$body" "$per" /dev/null </dev/null; done <"$work/targets"

for round in $(seq 1 "$rounds"); do
  rm -f "$work"/out.*
  while IFS='|' read -r name method path body; do
    [ -z "$only" ] || [[ $name =~ $only ]] || [ "$name" = health ] || continue
    run "$name" "$method" "$path" "$body" "$duration" "$work/out.$name" </dev/null
  done <"$work/targets"
  echo
  echo "round $round/$rounds — load: $(uptime | sed 's/.*load average: //')"
  python3 - "$work" <<'EOF'
import sys, pathlib, re
work = pathlib.Path(sys.argv[1])
names = [l.split("|")[0] for l in (work / "targets").read_text().splitlines()]
def ms(v):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", v)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)]
res = {}
for n in names:
    f = work / f"out.{n}"
    if not f.exists(): continue
    t = f.read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", t, re.M).group(1)) if rps else float("nan")
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", t, re.M).group(1)) if rps else float("nan")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t)
    err = re.search(r"Socket errors:.*", t)
    if rps == 0: print(f"{n}: no request completed:\n{t}")
    res[n] = (rps, p50, p99, (bad.group(1) + " non-2xx " if bad else "") + (err.group(0) if err else ""))
health = res["health"][0] or float("nan")
print(f"| {'route':<28} | {'req/s':>9} | {'p50 ms':>7} | {'p99 ms':>7} | {'× health':>8} | notes")
print(f"|{'-'*30}|{'-'*11}|{'-'*9}|{'-'*9}|{'-'*10}|------")
for n, (rps, p50, p99, note) in res.items():
    print(f"| {n:<28} | {rps:>9,.0f} | {p50:>7.2f} | {p99:>7.2f} | {rps / health:>8.3f} | {note}")
raw = res.get("sparql-lookup")
for n in ("lookup", "lookup-inferred"):
    if n in res and raw:
        print(f"{n} / sparql-lookup: {res[n][0] / (raw[0] or float('nan')):.1f} ×")
EOF
done
