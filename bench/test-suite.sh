#!/usr/bin/env bash
# The test suite's wall time (issue #11's target: mvn verify in 8 minutes or less on 2 cores, on a
# clean clone). Clones the committed HEAD into a temporary folder (so nothing built here helps),
# runs the README's Test command there with the local Maven cache, and prints the wall time, the
# test counts, the slowest integration classes and the Payara Micro start.
# Usage: bench/test-suite.sh [extra mvn arguments]      e.g. -Dfailsafe.runOrder.random.seed=1
# Run it on a quiet machine: the load average is printed before and after.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/etalase"
cd "$work/etalase"
echo "commit: $(git log --oneline -1)"
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
status=0
mvn -B -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss \
  verify "$@" > build.log 2>&1 || status=$?
cp build.log "${ETALASE_BENCH_LOG:-/tmp/etalase-test-suite.log}"
end=$(date +%s)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mvn verify: exit $status, wall $(( (end - start) / 60 )) min $(( (end - start) % 60 )) s"
grep -E "^([0-9:]+ )?\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" build.log \
  | sed -E 's/^([0-9:]+ )?\[[A-Z]*\] /  totals (unit, then integration): /'
sed -En '/--- (maven-)?failsafe/,$p' build.log | grep -m1 -o "random.seed=[0-9-]*" | sed "s/^/run order: -Dfailsafe.runOrder./" || true
echo "slowest integration classes (s; the first one also starts Payara Micro):"
set +o pipefail
sed -En '/--- (maven-)?failsafe/,$p' build.log \
  | grep -E "Tests run:.*-- in id\." \
  | sed -E 's/.*Time elapsed: ([0-9.]+) s -- in id\.etalase\.(.*)/\1 \2/' | sort -rn | head -8 | sed 's/^/  /'
first=$(sed -En '/--- (maven-)?failsafe/,$p' build.log | grep -m1 -o "Running id\.etalase\.[A-Za-z.]*" | cut -d' ' -f2 || true)
echo "first integration class: $first"
ready=$(grep -m1 -o "Payara Micro .* ready in [0-9,]* (ms)" build.log || true)
echo "payara micro: ${ready:-start time not found in the log}"
echo "phases (clock time): start $(date -d @"$start" +%T)," \
  "unit tests $(grep -m1 -E '^[0-9:]+ \[INFO\] --- (maven-)?surefire' build.log | cut -d' ' -f1)," \
  "integration tests $(grep -m1 -E '^[0-9:]+ \[INFO\] --- (maven-)?failsafe' build.log | cut -d' ' -f1)," \
  "end $(date -d @"$end" +%T)"
echo "full log: ${ETALASE_BENCH_LOG:-/tmp/etalase-test-suite.log}"
[ "$status" -eq 0 ] || { tail -60 build.log; exit "$status"; }
