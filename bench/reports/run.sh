#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
# How long the Staat van de Uitvoering takes to build: RUNS requests for the year's report (its CSV annex, so the
# time is the building, not the rendering of a long page) and for a quarter's, one after another, signed in as
# beleid@demo.test; then the command line (`lemniscaat rapport staat`, which also opens and checks the database).
# Reports min / median / p95 / max in ms. Release build, SQLite (or PostgreSQL with DATABASE_URL). Stops by itself.
#   bench/reports/run.sh [runs=20] [year=last year]
# WORKLOAD=grote-gemeente loads the large workload (200 000 signals, 2 000 000 measurements) instead of the demo;
# BENCH_DATA_DIR=dir reuses a data folder that already holds one (SQLite), so repeated runs skip the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
year=${2:-$(($(date +%Y) - 1))}
swift build -c release --product lemniscaat >/dev/null 2>&1
bin=$PWD/.build/release/lemniscaat
if [[ -n "${BENCH_DATA_DIR:-}" ]]; then
    data=$BENCH_DATA_DIR
    trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
else
    data=$(mktemp -d)
    trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
fi
export LEMNISCAAT_DATA_DIR=$data LOG_LEVEL=notice
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [[ -z "${BENCH_DATA_DIR:-}" ]]; then
    if [[ "${WORKLOAD:-}" == grote-gemeente ]]; then "$bin" demo --grote-gemeente 2>/dev/null; else "$bin" demo >/dev/null; fi
fi
"$bin" serve --host 127.0.0.1 --port "$port" >"$data/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do grep -q "similarity index ready" "$data/server.log" && break; sleep 0.2; done
jar="$data/cookies"
rm -f "$jar"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/aanmelden" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "email=beleid@demo.test" \
    --data-urlencode "wachtwoord=${LEMNISCAAT_DEMO_PASSWORD:-lemniscaat-demo}" "$base/aanmelden"
signals=$(sqlite3 "$data/lemniscaat.sqlite" "select count(*) from signals" 2>/dev/null || echo "?")
measurements=$(sqlite3 "$data/lemniscaat.sqlite" "select count(*) from measurements" 2>/dev/null || echo "?")
echo "staat van de uitvoering: $runs runs each, $(nproc) cores, database: $([[ -n "${DATABASE_URL:-}" ]] && echo PostgreSQL || echo SQLite), data: ${WORKLOAD:-demo} ($signals signals, $measurements measurements)"
# min / median / p95 / max of the times (seconds) on standard input, in ms
summary() { sort -n | awk '{ t[NR] = $1 * 1000 } END { p = int(NR * 0.95 + 0.999); if (p > NR) p = NR; printf "min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms\n", t[1], t[int((NR + 1) / 2)], t[p], t[NR] }'; }
measure() {
    local label=$1 url=$2
    curl -fs -o /dev/null -b "$jar" "$base$url"  # warm: caches, page cache
    printf '%-42s ' "$label"
    for _ in $(seq 1 "$runs"); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$url"; done | summary
}
measure "year $year (CSV annex)" "/rapportages/staat-van-de-uitvoering.csv?periode=$year"
measure "quarter $year-Q4 (CSV annex)" "/rapportages/staat-van-de-uitvoering.csv?periode=$year-Q4"
measure "year $year (Markdown)" "/rapportages/staat-van-de-uitvoering.md?periode=$year"
measure "year $year (page)" "/rapportages/staat-van-de-uitvoering?periode=$year"
printf '%-42s ' "command line, year $year (md)"
for _ in $(seq 1 5); do
    start=$EPOCHREALTIME
    "$bin" rapport staat --periode "$year" --formaat md --uitvoer /dev/null 2>/dev/null
    awk "BEGIN { print $EPOCHREALTIME - $start }"
done | summary
echo "server RSS after: $(awk '/VmRSS/ { print int($2 / 1024) " MB" }' "/proc/$server/status")"
