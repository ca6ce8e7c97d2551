#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
# Measurement import: `lemniscaat import metingen` (release build, a fresh demo database on SQLite) of ROWS rows,
# against sqlite3's own `.import` of the same CSV into a plain table without indexes on the same disk.
#   bench/import/run.sh [rows=2000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-2000000}
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 2; }
swift build -c release --product lemniscaat 2>&1 | grep -E "error|Compiling lemniscaat" >&2 || true
bin=$PWD/.build/release/lemniscaat
work=$(mktemp -d "${BENCH_TMP:-$PWD/.build}/import-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LEMNISCAAT_DATA_DIR=$work/data LOG_LEVEL=warning
unset DATABASE_URL
"$bin" demo >/dev/null
python3 bench/import/generate.py "$work/data/lemniscaat.sqlite" "$rows" >"$work/metingen.csv"
echo "import: $rows rows, $(du -h "$work/metingen.csv" | cut -f1) CSV, $(nproc) cores"
sync
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" "$bin" import metingen "$work/metingen.csv" 2>/dev/null
end=$(date +%s.%N)
lemniscaat=$(python3 -c "print(round($rows / ($end - $start)))")
echo "lemniscaat import metingen: $(python3 -c "print(round($end - $start, 1))") s, $lemniscaat rows/s, peak RSS $(( $(cat "$work/rss") / 1024 )) MB"
sync
start=$(date +%s.%N)
sqlite3 "$work/plain.sqlite" "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=FULL;" \
    "CREATE TABLE measurements_plain (indicator TEXT, periode TEXT, gebied TEXT, uitsplitsing TEXT, categorie TEXT, waarde TEXT, status TEXT, toelichting TEXT);" \
    ".mode csv" ".separator ;" ".import --skip 1 $work/metingen.csv measurements_plain" >/dev/null
end=$(date +%s.%N)
plain=$(python3 -c "print(round($rows / ($end - $start)))")
echo "sqlite3 .import (plain table, no index): $(python3 -c "print(round($end - $start, 1))") s, $plain rows/s"
sync
start=$(date +%s.%N)
sqlite3 "$work/indexed.sqlite" "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=FULL;" \
    "CREATE TABLE measurements_plain (indicator TEXT, periode TEXT, gebied TEXT, uitsplitsing TEXT, categorie TEXT, waarde TEXT, status TEXT, toelichting TEXT);" \
    "CREATE UNIQUE INDEX measurements_plain_key ON measurements_plain (indicator, periode, gebied, uitsplitsing, categorie);" \
    ".mode csv" ".separator ;" ".import --skip 1 $work/metingen.csv measurements_plain" >/dev/null
end=$(date +%s.%N)
indexed=$(python3 -c "print(round($rows / ($end - $start)))")
echo "sqlite3 .import (same key as a unique index): $(python3 -c "print(round($end - $start, 1))") s, $indexed rows/s"
echo "ratio: $(python3 -c "print(round($lemniscaat / $plain, 2))") of sqlite3's speed into a plain table (goal: at least 0.5), $(python3 -c "print(round($lemniscaat / $indexed, 2))") of its speed with the unique key"
