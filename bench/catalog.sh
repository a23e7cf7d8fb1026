#!/usr/bin/env bash
# Catalog benchmark: page weight and latency of the public pages on the demo catalog.
# Usage: start the Run command (mvn -Prun package) in another terminal, then
#   bench/catalog.sh [base-url] [requests]        default http://localhost:8080, 300
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:8080}"
requests="${2:-300}"
curl -sf "$base/health/ready" > /dev/null || { echo "no server at $base (start mvn -Prun package)"; exit 1; }

echo "page weight before product photos (HTML + CSS + logo; the budget is 150 KB):"
css=$(curl -s -o /dev/null -w '%{size_download}' "$base/jakarta.faces.resource/site.css.xhtml?ln=etalase")
for path in /bondowoso/ "/bondowoso/cari?q=kopi" /bondowoso/produk/batik-tulis-motif-kopi \
    /bondowoso/usaha/batik-sekar-tamanan /bondowoso/sentra/sentra-batik-tamanan; do
  page=$(curl -s "$base$path")
  html=${#page}
  logo=$(echo "$page" | grep -o 'src="[^"]*/aset/logo[^"]*"' | head -1 | sed 's/src="//; s/"$//')
  logo_bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base$logo")
  printf '  %-45s %6d B HTML + %5d B CSS + %5d B logo = %6d B\n' "$path" "$html" "$css" "$logo_bytes" \
    $((html + css + logo_bytes))
done

echo "latency, one client:"
for path in /bondowoso/ "/bondowoso/cari?q=batk+tamanan" "/bondowoso/cari?q=kopi" \
    /bondowoso/produk/batik-tulis-motif-kopi; do
  java bench/Load.java "$base$path" "$requests" 1
done
