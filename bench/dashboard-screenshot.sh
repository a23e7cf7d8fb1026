#!/usr/bin/env bash
# The README's screenshot of the government's dashboard (issue #14), from what the Run command
# starts: the demo tenants with their generated months of orders, leads and views.
#
#   bench/dashboard-screenshot.sh [docs/screenshots/console-insight.png]
#
# Builds the WAR, starts DevServer (Payara Micro and embedded PostgreSQL) on a new data folder,
# signs in as Bondowoso's demo admin in headless Chromium (enrolling TOTP as a first sign-in does)
# and saves the dashboard page whole. Needs JDK 17, Maven, chromium and chromium-driver. Ports:
# ETALASE_HTTP_PORT (8098), ETALASE_EMBEDDED_DB_PORT (54383).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
png=${1:-docs/screenshots/console-insight.png}
port=${ETALASE_HTTP_PORT:-8098}
db_port=${ETALASE_EMBEDDED_DB_PORT:-54383}
work=$root/target/dashboard-screenshot/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$work"

. bench/lib.sh
bench_build "${SCREENSHOT_SKIP_BUILD:-}"
bench_classpath

password="Kawah-Ijen-Shot-$(date +%s)"
bench_start_server "$port" ETALASE_DATA_DIR="$work/data" ETALASE_EMBEDDED_DB_PORT="$db_port" \
  ETALASE_ACCOUNTS_INITIAL_PASSWORD="$password"
java -cp "$cp" id.etalase.bench.DashboardScreenshot "http://localhost:$port" "$password" "$png" 2>&1 \
  | grep -v 'Log4j\|CdpVersionFinder\|CDP implementation'
