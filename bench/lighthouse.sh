#!/usr/bin/env bash
# Lighthouse on every kind of public page, as a phone on a slow connection sees it (Lighthouse's
# default mobile form factor: Moto G Power screen, simulated slow 4G, 4x CPU slowdown).
# Usage: start the Run command (mvn -Prun package) in another terminal, then
#   bench/lighthouse.sh [base-url] [tenant]        default http://localhost:8080, bondowoso
# Installs lighthouse@12.2.3 exactly into bench/.lighthouse/ (gitignored) on first use and runs it
# with Debian's chromium, headless. Prints, per page, the four scores (performance, accessibility,
# best practices, SEO) and the bytes transferred (Lighthouse's total-byte-weight: every response
# the page loaded at a phone's width, after compression). The reports stay in
# bench/.lighthouse/reports/ (JSON and HTML). LIGHTHOUSE_RUNS=N (default 1) runs each page N
# times and prints the median of each figure: performance moves by a few points between runs on
# a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:8080}"
base="${base%/}"
tenant="${2:-bondowoso}"
runs="${LIGHTHOUSE_RUNS:-1}"
version=12.2.3
dir=bench/.lighthouse
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

curl -sf "$base/health/ready" > /dev/null || { echo "no ready server at $base (start mvn -Prun package)"; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "no chromium at $CHROME_PATH (apt-get install -y chromium)"; exit 1; }

installed=$(node -p "require('./$dir/node_modules/lighthouse/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$version" ]; then
  echo "installing lighthouse@$version into $dir/"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private": true}' > "$dir/package.json"
  npm i -E "lighthouse@$version" --prefix "$dir" --no-audit --no-fund --loglevel=error > /dev/null
fi
lighthouse="$dir/node_modules/.bin/lighthouse"

# One page of each kind, found by following the tenant's own links, so the script works on any
# catalog: the first kecamatan, cluster and featured product of the home page, that product's
# producer, and a search for the first word of that product's name.
home=$(curl -sf "$base/$tenant/")
first() { grep -o "href=\"/$tenant/$1/[^\"]*\"" | head -1 | sed 's/^href="//; s/"$//'; }
district=$(first kecamatan <<< "$home")
cluster=$(first sentra <<< "$home")
product=$(first produk <<< "$home")
business=$(curl -sf "$base$product" | first usaha)
word=$(curl -sf "$base$product" | grep -o '<h1 id="product-name">[^ <]*' | sed 's/.*>//' | tr 'A-Z' 'a-z')
pages=(
  "tenant-list /"
  "home /$tenant/"
  "kecamatan $district"
  "sentra $cluster"
  "usaha $business"
  "produk $product"
  "cari /$tenant/cari?q=${word:-batik}"
  "daftar /$tenant/daftar"
)

mkdir -p "$dir/reports"
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory, $($CHROME_PATH --version 2>/dev/null), $(date -u '+%Y-%m-%d %H:%M UTC')"
for entry in "${pages[@]}"; do
  name=${entry%% *}
  path=${entry#* }
  for run in $(seq 1 "$runs"); do
    "$lighthouse" "$base$path" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output=html --output-path="$dir/reports/$name-$run" > /dev/null 2>&1 \
      || echo "lighthouse failed on $path (run $run)"
  done
done

node - "$dir/reports" "$runs" "${pages[@]}" << 'EOF'
const fs = require('fs');
const [reports, runs, ...pages] = process.argv.slice(2);
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log(pad('page', 12) + pad('path', 46) + num('perf', 5) + num('a11y', 5) + num('bp', 5)
  + num('seo', 5) + num('bytes', 9));
let low = 0;
for (const entry of pages) {
  const [name, path] = [entry.slice(0, entry.indexOf(' ')), entry.slice(entry.indexOf(' ') + 1)];
  const results = [];
  for (let run = 1; run <= Number(runs); run++) {
    const file = `${reports}/${name}-${run}.report.json`;
    if (fs.existsSync(file)) results.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  if (!results.length) { console.log(pad(name, 12) + pad(path, 46) + '  no report'); continue; }
  const score = id => median(results.map(r => Math.round((r.categories[id].score ?? 0) * 100)));
  const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
  const bytes = median(results.map(r => r.audits['total-byte-weight'].numericValue));
  low += scores.filter(s => s < 95).length;
  console.log(pad(name, 12) + pad(path.length > 45 ? path.slice(0, 44) + '…' : path, 46)
    + scores.map(s => num(s, 5)).join('') + num(Math.round(bytes), 9));
  // What kept a score under 95: the failing audits of that category, so the table says why.
  for (const [i, id] of ['performance', 'accessibility', 'best-practices', 'seo'].entries()) {
    if (scores[i] >= 95) continue;
    const r = results[0];
    const failing = r.categories[id].auditRefs
      .filter(a => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 0.9)
      .map(a => a.id);
    console.log(`${' '.repeat(12)}${id} < 95: ${failing.join(', ') || '(metrics only)'}`);
  }
}
process.exitCode = 0;
console.log(low ? `${low} score(s) under 95` : 'every score is 95 or more');
EOF
