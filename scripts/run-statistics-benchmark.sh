#!/usr/bin/env bash
# Statistics benchmark: how long the whole school year's figures (GET /api/statistics), the annual report's PDF and
# the statistics page's first render take on 1, 3 and 10 school years of chats (about 10,000 answered chats a year
# with registrations, themes and outcomes; the messages of the last 365 days), and how that scales.
# Rerun:   scripts/run-statistics-benchmark.sh [runs]      (default: 7 timed runs per figure, after 2 warm-up runs)
# It builds the EAR and starts its own copy of the server (HTTP 19380, embedded MariaDB 13490) on its own data folder,
# clbchat-ear/target/statistics-benchmark: a benchmark database of its own, never the demo's in ~/.clbchat. The data are
# made by scripts/statistics-benchmark-data.sql (deterministic). Figures go to the console and to
# clbchat-ear/target/statistics-benchmark/results.md; docs/performance.md has the last run's.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
port="${STATS_HTTP_PORT:-19380}"
db_port="${STATS_DB_PORT:-13490}"
server=clbchat-stats
wlp=clbchat-ear/target/liberty/wlp
work="$PWD/clbchat-ear/target/statistics-benchmark"
data_dir="$work/data"
base="http://127.0.0.1:$port"

if curl -s -o /dev/null "$base/"; then
    echo "Port $port is in use; set STATS_HTTP_PORT to a free one." >&2
    exit 1
fi

echo "Building ..."
mvn -q -DskipTests install
mvn -q -pl clbchat-ear liberty:create liberty:deploy >/dev/null
"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
rm -rf "$wlp/usr/servers/$server" "$work"
cp -r "$wlp/usr/servers/clbchat" "$wlp/usr/servers/$server"
rm -rf "$wlp/usr/servers/$server/logs" "$wlp/usr/servers/$server/workarea"
mkdir -p "$data_dir"
export CLBCHAT_HTTP_PORT="$port" CLBCHAT_EMBEDDED_DB_PORT="$db_port" CLBCHAT_DATA_DIR="$data_dir"

stop_server() {
    "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
}
trap stop_server EXIT

echo "Starting the benchmark server on port $port ..."
"$wlp/bin/server" start "$server" >/dev/null
for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$base/health/ready" && break
    sleep 1
done
curl -sf -o /dev/null "$base/health/ready" || { echo "The server did not become ready in 180 s" >&2; exit 1; }

client=$(find "$data_dir" -path '*/bin/mariadb' -type f | head -1)
sql() {
    "$client" -uclbchat -p"$(cat "$data_dir/mariadb-password")" -h127.0.0.1 -P"$db_port" clbchat "$@"
}
# The benchmark's operators: no login (inactive), disciplines as in 2023-2024 (47% psychologists/pedagogues,
# 30% social workers, the rest nurses and a few doctors).
sql -e "INSERT IGNORE INTO staff_account (username, display_name, password_hash, active, created_at)
        SELECT CONCAT('bench-op-', LPAD(seq, 3, '0')), CONCAT('Benchmark ', seq), '-', FALSE, UTC_TIMESTAMP(3)
        FROM seq_1_to_185;
        INSERT IGNORE INTO operator (username, discipline)
        SELECT CONCAT('bench-op-', LPAD(seq, 3, '0')), IF(seq <= 87, 'PSYCHOLOOG_PEDAGOOG',
               IF(seq <= 143, 'MAATSCHAPPELIJK_WERKER', IF(seq <= 181, 'VERPLEEGKUNDIGE', 'ARTS')))
        FROM seq_1_to_185;"

this_year=$(( $(date +%-m) >= 9 ? $(date +%Y) : $(date +%Y) - 1 ))
last_full=$(( this_year - 1 ))
per_year=10000
made=0
add_year() {   # $1: first calendar year of the school year
    sql -e "SET @year = $1, @n = $per_year, @first = $((made + 1)), @until = UTC_TIMESTAMP(3);
            SOURCE $PWD/scripts/statistics-benchmark-data.sql;"
    made=$((made + per_year))
}

cookies="$work/cookies.txt"
login() {
    rm -f "$cookies"
    curl -s -c "$cookies" -b "$cookies" -o /dev/null "$base/admin/statistieken/index.xhtml"
    curl -s -c "$cookies" -b "$cookies" -o /dev/null -d "j_username=demo-coordinator&j_password=demo-coordinator" \
        "$base/admin/j_security_check"
}

# Median and worst of $runs timed requests (after 2 warm-up ones), in milliseconds.
measure() {   # $1: label, $2: path, $3: what the answer must contain (checked once)
    local times=() t
    curl -s "${auth[@]}" -o "$work/answer" "$base$2"
    if ! grep -qa -- "$3" "$work/answer"; then
        echo "$1: the answer to $2 lacks '$3'" >&2
        exit 1
    fi
    curl -s "${auth[@]}" -o /dev/null "$base$2"
    for _ in $(seq 1 "$runs"); do
        t=$(curl -s "${auth[@]}" -o /dev/null -w '%{time_total}' "$base$2")
        times+=("$(awk -v t="$t" 'BEGIN { printf "%d", t * 1000 }')")
    done
    mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
    echo "| $years | $chats | $1 | ${sorted[$(( runs / 2 ))]} | ${sorted[$(( runs - 1 ))]} |"
}

results="$work/results.md"
{
    echo "Statistics benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $runs runs per figure (median and worst, ms)."
    echo
    echo "| school years of data | chats in the database | what | median ms | worst ms |"
    echo "|---|---|---|---|---|"
} | tee "$results"

years=0
for target in 1 3 10; do
    while [ "$years" -lt "$target" ]; do
        add_year $(( last_full - years ))
        years=$((years + 1))
    done
    if [ "$target" -eq 10 ]; then
        add_year "$this_year"   # the running school year, up to today, with the messages of the last 365 days
    fi
    chats=$(sql -N -e "SELECT COUNT(*) FROM chat")
    sql -e "ANALYZE TABLE chat, chat_registration, chat_registration_theme, chat_registration_outcome" >/dev/null
    login
    year="$last_full-$((last_full + 1))"
    # The API answers programs with HTTP Basic; the admin pages use the form login's session.
    auth=(-u demo-coordinator:demo-coordinator)
    measure "figures of $year (JSON)" "/api/statistics?schoolYear=$year&line=all" '"chats"' | tee -a "$results"
    auth=(-b "$cookies")
    measure "annual report $year (PDF)" "/admin/statistieken/download?format=pdf&schoolYear=$year" '%PDF' \
        | tee -a "$results"
    measure "statistics page, first render ($year)" "/admin/statistieken/index.xhtml?schoolYear=$year" \
        "Schooljaar $year" | tee -a "$results"
done
echo
echo "Results: $results"
