#!/usr/bin/env bash
# Foundation benchmark: start-up time, memory, and public home page latency and weight.
# Usage: bench/foundation.sh [requests]     (needs JDK 17, Maven, curl; ports 18080 and 15432 free)
# Prints its figures; docs/benchmarks.md records them with the machine they ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-1000}"
port=18080
base="http://localhost:$port"
data="$(mktemp -d)"
log="target/bench-foundation.log"

mvn -q -DskipTests package
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

classpath="$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test):target/test-classes:target/classes"
# The dev server (what the Run command starts) in its own process group, so that SIGTERM stops
# Payara and PostgreSQL together. (Background jobs ignore SIGINT, so TERM stands in for Ctrl-C.)
start_server() {
  : > "$log"
  ETALASE_HTTP_PORT=$port ETALASE_EMBEDDED_DB_PORT=15432 ETALASE_DATA_DIR="$data" \
    setsid java -cp "$classpath" id.etalase.devserver.DevServer > "$log" 2>&1 &
  server=$!
  until grep -q "Etalase is up" "$log"; do
    kill -0 $server 2>/dev/null || { echo "server died, see $log"; exit 1; }
    sleep 0.2
  done
}
stop_server() { kill -TERM -- -"$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap 'stop_server; rm -rf "$data"' EXIT

start=$(date +%s.%N)
start_server
ready=$(date +%s.%N)
payara_pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
rss() { awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$payara_pid/status"; }
echo "first start (empty database, migrations, 2 tenants + demo data): $(awk "BEGIN {printf \"%.1f s\", $ready - $start}")"
echo "payara RSS after start: $(rss)"

# Latency one phone sees (sequential), then throughput with 8 concurrent clients.
for path in /bondowoso/ / /health/ready; do
  java bench/Load.java "$base$path" "$requests" 1
done
java bench/Load.java "$base/bondowoso/" "$((requests * 4))" 8
echo "payara RSS after load: $(rss)"

# What a phone downloads for the home page on a first visit.
page=$(curl -s "$base/bondowoso/")
total=0
for url in "/bondowoso/" $(echo "$page" | grep -o '\(href\|src\)="/[^"]*\.\(css\|svg\|png\|jpg\|webp\)[^"]*"' | sed 's/.*="\([^"]*\)"/\1/' | sed 's/&amp;/\&/g' | sort -u); do
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base$url")
  gz=$(curl -s -H 'Accept-Encoding: gzip' "$base$url" | gzip -c | wc -c)
  total=$((total + bytes))
  printf '  %-60s %7d bytes\n' "$url" "$bytes"
done
echo "home page first visit, all resources: $total bytes (uncompressed; no JavaScript)"

stop_server
start_server
echo "restart on the same data folder: $(grep -o 'up in [0-9.]* s' "$log" | sed 's/up in //')"
[[ "$(curl -s "$base/bondowoso/" | grep -c 'data-product=')" -gt 0 ]] && echo "data survived the restart: yes"
