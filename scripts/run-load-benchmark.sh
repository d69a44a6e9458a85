#!/usr/bin/env bash
# Load benchmark of the chat: p50/p99 latency and messages/s at 100, 500 and 1,000 concurrent chats, beside the bare
# echo socket measured in the same run (clbchat-load/README.md says what each figure means).
# Rerun:   scripts/run-load-benchmark.sh [chats ...]      (default: 100 500 1000)
# It builds the EAR, starts its own copy of the server (HTTP 19280, embedded MariaDB 13390, a fresh data folder, the
# echo socket on, 1,000 chats per operator allowed, the limit on new chats a second raised for the ramp-up), runs the Gatling simulation once per size and stops the server.
# A running demo server and its data in ~/.clbchat are left alone. Extra Maven options for the simulation, e.g.
# -DmessagesPerChat=10, can be given in LOAD_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 100 500 1000

port="${LOAD_HTTP_PORT:-19280}"
db_port="${LOAD_DB_PORT:-13390}"
server=clbchat-load
wlp=clbchat-ear/target/liberty/wlp
data_dir="$PWD/clbchat-load/target/server-data"
results="$PWD/clbchat-load/target/load-results/$(date +%Y%m%d-%H%M%S)"

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Port $port is in use; set LOAD_HTTP_PORT to a free one." >&2
    exit 1
fi

# Every chat, echo user and operator holds a socket in this shell's children (the server and Gatling).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 8192 ]; then
    echo "Warning: only $(ulimit -n) open files allowed; 1,000 chats need about 5,000." >&2
fi

echo "Building ..."
mvn -q -DskipTests install
mvn -q -pl clbchat-ear liberty:create liberty:deploy >/dev/null
# A copy of the demo server's configuration under another name, so that a running demo server is not touched.
"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true   # left over from an interrupted run
rm -rf "$wlp/usr/servers/$server" "$data_dir"
cp -r "$wlp/usr/servers/clbchat" "$wlp/usr/servers/$server"
rm -rf "$wlp/usr/servers/$server/logs" "$wlp/usr/servers/$server/workarea"
mkdir -p "$data_dir" "$results"

export CLBCHAT_HTTP_PORT="$port" CLBCHAT_EMBEDDED_DB_PORT="$db_port" CLBCHAT_DATA_DIR="$data_dir" \
    CLBCHAT_BENCHMARK_ECHO=true CLBCHAT_OPERATOR_MAX_CHATS=1000 CLBCHAT_CHAT_STARTS_PER_SECOND=1000 \
    CLBCHAT_TRUSTED_PROXIES=127.0.0.1 CLBCHAT_QUEUE_MAX_PER_LINE=5000

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
for chats in "$@"; do
    out="$results/chats-$chats"
    mkdir -p "$out"
    echo "Running $chats chats (log: $out/gatling.log) ..."
    # shellcheck disable=SC2086 # LOAD_OPTS holds several options on purpose
    if ! mvn -B -Pload -pl clbchat-load gatling:test \
            -Dchats="$chats" \
            -DbaseUrl="http://127.0.0.1:$port" \
            -DdbUrl="jdbc:mariadb://127.0.0.1:$db_port/clbchat" \
            -DdbDataDir="$data_dir" \
            -Dload.resultsFolder="$out" \
            -Dgatling.runDescription="$chats chats" \
            ${LOAD_OPTS:-} >"$out/gatling.log" 2>&1; then
        echo "The run with $chats chats failed (a lost message or a missed target: see its Verdict) or could not"\
            "run; see $out/gatling.log" >&2
        failed=1
    fi
    # Let the server finish ending the chats and collect its garbage before the next size.
    sleep 15
done

echo
for summary in "$results"/chats-*/summary-*.md; do
    if [ -f "$summary" ]; then
        cat "$summary"
        echo
    fi
done
echo "Results, with Gatling's HTML report per size: $results"
exit "$failed"
