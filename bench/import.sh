#!/usr/bin/env bash
# The import benchmark of issue #13: a regency's UMKM file imported through the operator console,
# next to PostgreSQL COPY of the same rows as the floor, on the same server in the same run.
#
#   bench/import.sh [--businesses 100000] [--products 3] [--photos 0]
#
# 1. Builds the WAR and starts what the Run command starts (DevServer: Payara Micro, -Xmx768m
#    through ETALASE_JAVA_OPTS, the demo tenants) on a new data folder under target/import-bench/.
# 2. Writes a template-shaped XLSX (id.etalase.bench.ImportBench generate): BUSINESSES businesses
#    in Bondowoso's kecamatan and desa, PRODUCTS products each, typed the way trade offices type
#    (phones in four formats, kecamatan in odd case, prices as "Rp 150.000", "150rb" or "150000"),
#    and the same rows as they end up in the tables, as tab-separated files. With --photos N, a ZIP
#    of N phone-sized JPEGs (1200 x 900) named in the foto column of the first N businesses,
#    uploaded with the file (an upload is at most 50 MB: a few hundred such photos).
# 3. The floor: COPY of those rows into business, business_certification, business_link and
#    product (their indexes and triggers included) in one transaction, then rolled back.
# 4. The import as an operator does it, in headless Chromium: upload, check (the preview), confirm
#    with publishing, then the background write until the batch is done. Meanwhile one visitor
#    searches the public site (a new query every 200 ms), and jstat and /proc sample the server.
# Prints each step's time, rows per second, the server's peak heap, RSS and GC, and the visitor's
# latencies; the raw outputs stay in target/import-bench/run-<date>/.
#
# Needs JDK 17, Maven, chromium and chromium-driver. Ports: ETALASE_HTTP_PORT (8096),
# ETALASE_EMBEDDED_DB_PORT (54381). IMPORT_JAVA_OPTS (-Xmx768m) sets the server's heap;
# IMPORT_SKIP_BUILD=1 uses target/ as built.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

businesses=100000
products=3
photos=0
while [ $# -gt 0 ]; do
  case "$1" in
    --businesses) businesses=$2; shift 2 ;;
    --products) products=$2; shift 2 ;;
    --photos) photos=$2; shift 2 ;;
    *) sed -n '4p' "$0" | sed 's/^# *//'; exit 2 ;;
  esac
done
port=${ETALASE_HTTP_PORT:-8096}
db_port=${ETALASE_EMBEDDED_DB_PORT:-54381}
java_opts=${IMPORT_JAVA_OPTS:--Xmx768m}
work=$root/target/import-bench/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$work"
log() { echo "[$(date +%H:%M:%S)] $*"; }

. bench/lib.sh
if [ -z "${IMPORT_SKIP_BUILD:-}" ]; then log "building"; fi
bench_build "${IMPORT_SKIP_BUILD:-}"
bench_classpath

password="Bench-Impor-$(date +%s)"
log "starting the server ($java_opts) on port $port, PostgreSQL on $db_port"
bench_start_server "$port" ETALASE_DATA_DIR="$work/data" ETALASE_EMBEDDED_DB_PORT="$db_port" \
  ETALASE_JAVA_OPTS="$java_opts" ETALASE_ACCOUNTS_INITIAL_PASSWORD="$password"
pid=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
log "server ready (pid $pid)"
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(java -version 2>&1 | head -1)"

export ETALASE_BENCH_DB_URL="jdbc:postgresql://localhost:$db_port/etalase"
bench() { java -Xmx2g -Djava.awt.headless=true -cp "$cp" id.etalase.bench.ImportBench "$@" 2>&1 | grep -v 'Log4j\|CdpVersionFinder\|CDP implementation'; }

log "generating $businesses businesses with $products products each"
bench generate "$work/file" "$businesses" "$products" "$photos" | grep -v '^generated' 
log "floor: COPY"
bench copy "$work/file" | tee "$work/floor.txt"

# While the import runs: one jstat sampling every second (heap in use in KB: survivors + eden +
# old, garbage included; the old generation; collections and their time) and RSS from /proc. One
# jstat process for the whole run: starting one per sample would cost a JVM start each time.
jstat -gc "$pid" 1000 > "$work/jstat.txt" 2> /dev/null &
jstatter=$!
(while kill -0 "$pid" 2> /dev/null; do awk '/^VmRSS/ {print $2}' /proc/"$pid"/status; sleep 1; done) \
  > "$work/rss.txt" &
rss=$!
trap 'kill "$jstatter" "$rss" 2> /dev/null || true; bench_stop_server' EXIT
sleep 2
log "import through the console"
start=$(date +%s.%N)
status=0
bench import "$work/file" "http://localhost:$port" operator@bondowoso.etalase.id "$password" \
  | tee "$work/import.txt" || status=$?
end=$(date +%s.%N)
kill "$jstatter" "$rss" 2> /dev/null || true
wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
peak_rss=$(sort -n "$work/rss.txt" | tail -1)
awk -v wall="$wall" -v rss="$peak_rss" \
  'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i; next}
  $1 ~ /^[0-9.]+$/ { heap = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (heap > h) h = heap
    if ($col["OU"] > o) o = $col["OU"]; if (n++ == 0) { y0 = $col["YGC"]; f0 = $col["FGC"]; g0 = $col["GCT"] }
    y = $col["YGC"]; f = $col["FGC"]; g = $col["GCT"] }
  END { printf "server while importing: peak heap in use %d MB (old generation %d MB), peak RSS %d MB;" \
    " %d young and %d full collections, GC %.1f s (%.1f%% of %.0f s)\n",
    h / 1024, o / 1024, rss / 1024, y - y0, f - f0, g - g0, 100 * (g - g0) / wall, wall }' \
  "$work/jstat.txt" | tee "$work/memory.txt"
echo "server errors logged: $(grep -c 'SEVERE\|OutOfMemoryError' "$work/server.log" || true)"
exit "$status"
