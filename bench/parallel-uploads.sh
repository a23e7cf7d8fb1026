#!/usr/bin/env bash
# Parallel photo uploads (issue #10, finding 5): N operators' sessions upload a 40 MP JPEG at the
# same moment to a business's photo card; prints each upload's time and outcome (stored, or refused
# as busy), the server's peak heap and RSS while they ran, and its readiness afterwards.
# Usage: start the Run command (512 MB heap by default) in another terminal, with a known operator
# password, e.g.
#   ETALASE_ACCOUNTS_INITIAL_PASSWORD=Kawah-Ijen-Pagi-4821 mvn -Prun package
# then
#   bench/parallel-uploads.sh [uploads] [base-url]          default 8, http://localhost:8080
# The operator is ETALASE_BENCH_EMAIL (operator@bondowoso.etalase.id) with ETALASE_BENCH_PASSWORD
# (default: ETALASE_ACCOUNTS_INITIAL_PASSWORD). The photos are added to batik-sekar-tamanan.
set -euo pipefail
cd "$(dirname "$0")/.."
uploads="${1:-8}"
base="${2:-http://localhost:8080}"
email="${ETALASE_BENCH_EMAIL:-operator@bondowoso.etalase.id}"
password="${ETALASE_BENCH_PASSWORD:-${ETALASE_ACCOUNTS_INITIAL_PASSWORD:-}}"
[ -n "$password" ] || { echo "set ETALASE_BENCH_PASSWORD to $email's password"; exit 1; }
curl -sf "$base/health/ready" > /dev/null || { echo "no ready server at $base (start mvn -Prun package)"; exit 1; }

port=$(echo "$base" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#')
port="${port:-80}"
pid=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { echo "no process listens on port $port"; exit 1; }
echo "server: pid $pid, $(tr '\0' ' ' < /proc/"$pid"/cmdline | grep -o -- '-Xmx[0-9a-zA-Z]*' || echo 'default heap')"
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(java -version 2>&1 | head -1)"

# Every 0.2 s while the uploads run: heap in use (jstat, KB: survivors + eden + old, garbage
# included), the old generation alone, RSS, and the count of young and full collections.
samples=$(mktemp)
sample() {
  while kill -0 "$pid" 2> /dev/null; do
    gc=$(jstat -gc "$pid" | awk 'NR==1 {for (i = 1; i <= NF; i++) col[$i] = i}
      NR==2 {printf "%d %d %d %d", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"], $col["OU"],
        $col["YGC"], $col["FGC"]}')
    rss=$(awk '/^VmRSS/ {print $2}' /proc/"$pid"/status)
    echo "$gc $rss" >> "$samples"
    sleep 0.2
  done
}
sample &
sampler=$!
trap 'kill "$sampler" 2> /dev/null || true; rm -f "$samples"' EXIT
sleep 1
read -r heap0 old0 ygc0 fgc0 rss0 < "$samples"
echo "before: heap in use $((heap0 / 1024)) MB (old generation $((old0 / 1024)) MB), RSS $((rss0 / 1024)) MB"

status=0
java -Xmx2g bench/ParallelUploads.java "$base" "$uploads" "$email" "$password" || status=$?

sleep 1
kill "$sampler" 2> /dev/null || true
awk -v y0="$ygc0" -v f0="$fgc0" '{ if ($1 > h) h = $1; if ($2 > o) o = $2; if ($5 > r) r = $5; y = $3; f = $4 }
  END { printf "peak while uploading: heap in use %d MB (old generation %d MB), RSS %d MB;" \
    " %d young and %d full collections (%d samples)\n", h / 1024, o / 1024, r / 1024, y - y0, f - f0, NR }' "$samples"
echo "peak RSS since the server started (VmHWM): $(awk '/^VmHWM/ {print int($2 / 1024)}' /proc/"$pid"/status) MB"
echo "readiness after: $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready") $(curl -s "$base/health/ready" | tr -d '\n' | head -c 300)"
exit "$status"
