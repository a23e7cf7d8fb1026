#!/usr/bin/env bash
# The public map at a large regency's size (issue #14): one tenant with BUSINESSES located,
# published businesses, and what its markers file weighs and how fast it is served.
#
#   bench/map.sh [--businesses 20000] [--tenant bondowoso] [--seed 3511] [--requests 200]
#
# 1. Builds the WAR and starts what the Run command starts (DevServer: Payara Micro with
#    ETALASE_JAVA_OPTS, default -Xmx512m as the Run command, the demo tenants) on a new data folder
#    under target/map-bench/.
# 2. Adds BUSINESSES published businesses with a location in the tenant's kecamatan, each with a
#    product in one of its categories (id.etalase.bench.MapBench load, deterministic from the seed),
#    as the database superuser in one transaction.
# 3. Measures /{tenant}/peta/usaha.json: its size raw and gzipped, the first answer after the load
#    (the query and the compression), REQUESTS sequential repeats (from memory), a revalidation
#    (304), the first answer after each of 5 edits (MapBench touch), a filtered file, the map
#    page, and wrk's throughput with 8 connections for 10 s.
# Prints the machine and the figures; the raw outputs stay in target/map-bench/run-<date>/.
#
# Needs JDK 17, Maven, curl and wrk. Ports: ETALASE_HTTP_PORT (8097), ETALASE_EMBEDDED_DB_PORT
# (54382). MAP_SKIP_BUILD=1 uses target/ as built.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

businesses=20000
tenant=bondowoso
seed=3511
requests=200
while [ $# -gt 0 ]; do
  case "$1" in
    --businesses) businesses=$2; shift 2 ;;
    --tenant) tenant=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    *) sed -n '5p' "$0" | sed 's/^# *//'; exit 2 ;;
  esac
done
port=${ETALASE_HTTP_PORT:-8097}
db_port=${ETALASE_EMBEDDED_DB_PORT:-54382}
java_opts=${ETALASE_JAVA_OPTS:--Xmx512m}
work=$root/target/map-bench/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$work"
log() { echo "[$(date +%H:%M:%S)] $*"; }

. bench/lib.sh
if [ -z "${MAP_SKIP_BUILD:-}" ]; then log "building"; fi
bench_build "${MAP_SKIP_BUILD:-}"
bench_classpath

log "starting the server ($java_opts) on port $port, PostgreSQL on $db_port"
bench_start_server "$port" ETALASE_DATA_DIR="$work/data" ETALASE_EMBEDDED_DB_PORT="$db_port" \
  ETALASE_JAVA_OPTS="$java_opts" ETALASE_DEMO_PHOTOS=false
log "server ready"
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(java -version 2>&1 | head -1)"

export ETALASE_BENCH_DB_URL="jdbc:postgresql://localhost:$db_port/etalase"
java -cp "$cp" id.etalase.bench.MapBench load "$tenant" "$businesses" "$seed"
sleep 1 # the change notice reaches the server

url="http://localhost:$port/$tenant/peta/usaha.json"
# time_total in ms, bytes, status
fetch() { curl -s -o /dev/null -w '%{time_total} %{size_download} %{http_code}\n' "$@"; }
ms() { awk '{printf "%.1f", $1 * 1000}'; }
stats() {
  sort -n | awk '{a[NR] = $1 * 1000} END {printf "median %.1f ms, p95 %.1f ms, max %.1f ms", a[int(NR * 0.5 + 0.5)], a[int(NR * 0.95 + 0.5)], a[NR]}'
}

first=$(fetch -H 'Accept-Encoding: gzip' "$url")
curl -s -D "$work/headers.txt" -o "$work/markers.json" "$url"
markers=$(jq '.usaha | length' "$work/markers.json")
raw=$(stat -c %s "$work/markers.json")
gzip_bytes=$(fetch -H 'Accept-Encoding: gzip' "$url" | cut -d' ' -f2)
etag=$(grep -i '^etag:' "$work/headers.txt" | cut -d' ' -f2 | tr -d '\r')
echo "markers: $markers in the file; $raw bytes raw, $gzip_bytes bytes gzipped"
echo "headers: $(grep -i '^cache-control:\|^etag:' "$work/headers.txt" | tr -d '\r' | paste -sd' ')"
echo "first answer after the load (query, JSON, gzip; gzipped): $(echo "$first" | ms) ms"
for _ in $(seq 1 "$requests"); do fetch -H 'Accept-Encoding: gzip' "$url"; done > "$work/repeats.txt"
echo "repeats, gzipped ($requests sequential): $(cut -d' ' -f1 "$work/repeats.txt" | stats)"
for _ in $(seq 1 "$requests"); do fetch "$url"; done > "$work/raw-repeats.txt"
echo "repeats, raw ($requests sequential): $(cut -d' ' -f1 "$work/raw-repeats.txt" | stats)"
for _ in $(seq 1 "$requests"); do fetch -H "If-None-Match: $etag" "$url"; done > "$work/revalidations.txt"
echo "revalidations (304, $(cut -d' ' -f3 "$work/revalidations.txt" | sort -u | paste -sd,)): $(cut -d' ' -f1 "$work/revalidations.txt" | stats)"
# An edit (SQL, as the console's would be): every node drops the file; the next answer builds it.
for n in 1 2 3 4 5; do
  java -cp "$cp" id.etalase.bench.MapBench touch "$tenant" "$n"
  sleep 1
  fetch -H 'Accept-Encoding: gzip' "$url"
done > "$work/rebuilds.txt"
echo "first answer after an edit, 5 edits: $(cut -d' ' -f1 "$work/rebuilds.txt" | stats)"
district=$(jq -r '.kecamatan[0]' "$work/markers.json")
filtered=$(fetch -H 'Accept-Encoding: gzip' "$url?kecamatan=$district")
echo "filtered by kecamatan $district, first answer: $(echo "$filtered" | ms) ms, $(echo "$filtered" | cut -d' ' -f2) bytes gzipped"
page=$(fetch -H 'Accept-Encoding: gzip' "http://localhost:$port/$tenant/peta")
echo "map page: $(echo "$page" | cut -d' ' -f2) bytes gzipped (status $(echo "$page" | cut -d' ' -f3))"
wrk -t2 -c8 -d10s -H 'Accept-Encoding: gzip' "$url" > "$work/wrk.txt"
echo "wrk, 8 connections, 10 s, gzipped: $(grep 'Requests/sec' "$work/wrk.txt" | awk '{print $2}') requests/s, latency $(grep -A1 'Thread Stats' "$work/wrk.txt" | tail -1 | awk '{print "avg " $2 ", max " $4}')"
rss=$(ps -o rss= -p "$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)" | awk '{printf "%.0f", $1 / 1024}')
echo "server RSS after the run: $rss MB"
