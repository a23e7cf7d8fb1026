# Shared by the benchmark scripts that start what the Run command starts (DevServer: Payara Micro
# and the embedded PostgreSQL) on a data folder of their own. Source it after `cd` to the project.
#
#   bench_build SKIP          builds the WAR unless SKIP is set (into $work/build.log)
#   bench_classpath           sets $cp: the test class path, for DevServer and the bench classes
#   bench_start_server PORT [VAR=value ...]
#                             starts DevServer in its own process group (so one signal stops Payara
#                             and PostgreSQL together) with that environment, logs to
#                             $work/server.log, stops it on exit, and returns once /health/ready
#                             answers; sets $devserver

bench_build() {
  if [ -z "${1:-}" ]; then
    mvn -B -q package -DskipTests > "$work/build.log" 2>&1
  fi
}

bench_classpath() {
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test > /dev/null
  cp="$(cat "$work/classpath"):$root/target/test-classes:$root/target/classes"
}

bench_stop_server() {
  kill -- -"$devserver" 2> /dev/null || true
  wait "$devserver" 2> /dev/null || true
}

bench_start_server() {
  local port=$1
  shift
  env ETALASE_HTTP_PORT="$port" "$@" \
    setsid java -cp "$cp" id.etalase.devserver.DevServer > "$work/server.log" 2>&1 &
  devserver=$!
  trap bench_stop_server EXIT
  for _ in $(seq 1 300); do
    if curl -sf "http://localhost:$port/health/ready" > /dev/null; then return 0; fi
    kill -0 "$devserver" 2> /dev/null || { tail -30 "$work/server.log"; exit 1; }
    sleep 1
  done
  echo "DevServer not ready after 300 s, see $work/server.log" >&2
  exit 1
}
