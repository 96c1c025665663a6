#!/usr/bin/env bash
# Every benchmark of issue 15 in one command: builds the server jar and the JMH jar, then runs the
# start-up benchmark, the HTTP benchmark (wrk), the gap-analysis curve over HTTP and the JMH
# benchmarks, one after the other (never two at once: they would measure each other), and keeps
# each one's output in one folder. Timings only, no pass/fail. Run it on an otherwise idle machine.
#
#   bench/all.sh [--out DIR] [--no-build] [--quick]
#
# --out       where the outputs go (default bench-results/<UTC time>)
# --no-build  use the jars already in server/target and benchmarks/target
# --quick     shorter runs (about 20 min instead of about 60): 1 start-up pair, 10 s HTTP warm-up,
#             3 curl runs per curve point, JMH with 2 warm-up and 3 measured iterations of 1 s
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

out="$root/bench-results/$(date -u +%Y%m%dT%H%M%SZ)" build=1 quick=0
usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --quick) quick=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "all: unknown option '$1'" >&2; usage ;;
  esac
done
mkdir -p "$out"
if [ "$build" = 1 ]; then
  echo "all: building the server jar and the JMH jar (mvn -Pbench package -DskipTests)"
  mvn -B -q -Pbench package -DskipTests
fi
echo "all: outputs in $out; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$quick" = 1 ]; then
  startup=(--runs 1) http=(--warmup 10 --duration 5) curve=(3 "1 10 50 100 1000 10000") jmh=(-wi 2 -i 3 -w 1 -r 1)
else
  startup=(--runs 3) http=(--warmup 30 --duration 10) curve=(5 "1 10 50 100 1000 2000 5000 10000") jmh=()
fi
bench/startup.sh "${startup[@]}" 2>&1 | tee "$out/startup.txt"
bench/http.sh "${http[@]}" 2>&1 | tee "$out/http.txt"
benchmarks/scripts/gap-curve.sh "${curve[@]}" 2> >(tee "$out/gap-curve.log" >&2) | tee "$out/gap-curve.tsv"
java -jar benchmarks/target/benchmarks.jar "${jmh[@]}" -rf text -rff "$out/jmh.txt" 2>&1 | tee "$out/jmh.log"
echo "all: done; load: $(cut -d' ' -f1-3 /proc/loadavg); outputs in $out"
