#!/usr/bin/env bash
# The deterministic dataset of issue #12: tenants, businesses and products at national scale,
# loaded through COPY into the embedded PostgreSQL of a data folder (as the Run command keeps it,
# DIR/postgres), so that the Run command serves it afterwards. See docs/dataset.md.
# Usage:
#   bench/dataset.sh [--size tiny|small|national] [--seed N] [--data DIR]
#       default national, seed 3511, data-bench; the database port is ETALASE_EMBEDDED_DB_PORT
#       (default 54329, the Run command's). A new run replaces the tenants of an earlier one.
# Then serve it:
#   ETALASE_DATA_DIR=$PWD/data-bench ETALASE_TENANTS_DIR=$(mktemp -d) ETALASE_TENANTS_DEMO_DATA=false \
#     mvn -Prun package
set -euo pipefail
cd "$(dirname "$0")/.."
port="${ETALASE_EMBEDDED_DB_PORT:-54329}"

# The generator is test code (src/test/java/id/etalase/dataset), run on the test classpath.
quiet() { "$@" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; }     # mvn -q still writes colour resets
quiet mvn -B -q -Dstyle.color=never test-compile
quiet mvn -B -q -Dstyle.color=never dependency:build-classpath \
  -Dmdep.outputFile=target/dataset.classpath -Dmdep.includeScope=test
classpath="$(cat target/dataset.classpath):target/test-classes:target/classes"
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
exec java -Xmx1g -cp "$classpath" id.etalase.dataset.DatasetCommand --port "$port" "$@"
