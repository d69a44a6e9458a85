#!/usr/bin/env bash
# How long a change takes to reach the live board (issue 14: within 1 s): a visitor joining and leaving the queue, an
# operator saying they are available, each timed from the change sent to the board frame that shows it
# (clbchat-load/src/test/java/be/clbchat/load/BoardLatency.java), with 0 and with 300 visitors waiting besides.
# Rerun:   scripts/run-board-benchmark.sh [background ...]      (default: 0 300)
# It builds the EAR, starts its own copy of the server (HTTP 19280, embedded MariaDB 13390, a fresh data folder) and
# stops it at the end; a running demo server and its data in ~/.clbchat are left alone. Exits non-zero when a change
# took longer than 1 s. SAMPLES (100) sets the samples per change.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 0 300

port="${LOAD_HTTP_PORT:-19280}"
db_port="${LOAD_DB_PORT:-13390}"
server=clbchat-board
wlp=clbchat-ear/target/liberty/wlp
data_dir="$PWD/clbchat-load/target/board-server-data"
results="$PWD/clbchat-load/target/board-results/$(date +%Y%m%d-%H%M%S)"

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Port $port is in use; set LOAD_HTTP_PORT to a free one." >&2
    exit 1
fi

echo "Building ..."
mvn -q -DskipTests install
mvn -q -pl clbchat-ear liberty:create liberty:deploy >/dev/null
"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true   # left over from an interrupted run
rm -rf "$wlp/usr/servers/$server" "$data_dir"
cp -r "$wlp/usr/servers/clbchat" "$wlp/usr/servers/$server"
rm -rf "$wlp/usr/servers/$server/logs" "$wlp/usr/servers/$server/workarea"
mkdir -p "$data_dir" "$results"

# The echo socket: LoadSetup checks for it (the same setup as the load benchmark's); enough waiting places for the
# background queue from distinct addresses behind the trusted proxy.
export CLBCHAT_HTTP_PORT="$port" CLBCHAT_EMBEDDED_DB_PORT="$db_port" CLBCHAT_DATA_DIR="$data_dir" \
    CLBCHAT_BENCHMARK_ECHO=true CLBCHAT_CHAT_STARTS_PER_SECOND=1000 CLBCHAT_TRUSTED_PROXIES=127.0.0.1 \
    CLBCHAT_QUEUE_MAX_PER_LINE=5000

stop_server() {
    "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
    cp "$wlp/usr/servers/$server/logs/messages.log" "$results/server-messages.log" 2>/dev/null || true
}
trap stop_server EXIT

echo "Starting the benchmark server on port $port ..."
"$wlp/bin/server" start "$server" >/dev/null
for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
    sleep 1
done
if ! curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; then
    echo "The server did not become ready in 180 s; see $wlp/usr/servers/$server/logs/messages.log" >&2
    exit 1
fi

failed=0
for background in "$@"; do
    echo "Measuring with $background visitors waiting besides ..."
    if ! mvn -B -q -Pload -pl clbchat-load test-compile exec:exec \
            -Dboard.args="-Dbackground=$background -Dsamples=${SAMPLES:-100} -Dchats=100 -DbaseUrl=http://127.0.0.1:$port -DdbUrl=jdbc:mariadb://127.0.0.1:$db_port/clbchat -DdbDataDir=$data_dir -Dclbchat.load.summaryDir=$results" \
            >"$results/board-$background.log" 2>&1; then
        echo "The run with $background waiting failed or missed the 1 s target; see $results/board-$background.log" >&2
        failed=1
    fi
    sleep 5
done
echo
cat "$results"/board-latency-*.md 2>/dev/null || true
echo "Results: $results"
exit "$failed"
