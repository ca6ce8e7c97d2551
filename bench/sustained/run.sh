#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
# Sustained load: five times a busy hour of a large municipality (see mix.lua) for 10 minutes against a release
# server on the "grote gemeente" workload (SQLite, or PostgreSQL with DATABASE_URL). Gate: 0 errors. Prints the
# request count, p50/p90/p99, the server's RSS every minute and its peak. Stops by itself.
#   bench/sustained/run.sh [seconds=600]
# BENCH_DATA_DIR=dir reuses a data folder that already holds the workload (SQLite).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
swift build -c release --product lemniscaat >/dev/null 2>&1
bin=.build/release/lemniscaat
if [[ -n "${BENCH_DATA_DIR:-}" ]]; then
    data=$BENCH_DATA_DIR
    trap 'kill "$server" "$watch" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
else
    data=$(mktemp -d)
    trap 'kill "$server" "$watch" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
fi
export LEMNISCAAT_DATA_DIR=$data LOG_LEVEL=notice
[[ -n "${BENCH_DATA_DIR:-}" ]] || "$bin" demo --grote-gemeente 2>/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export TOKEN=$("$bin" token create --user uitvoerder@demo.test --name sustained)
"$bin" serve --host 127.0.0.1 --port "$port" >"$data/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do grep -q "similarity index ready" "$data/server.log" && break; sleep 0.2; done
jar="$data/cookies"
rm -f "$jar"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/aanmelden" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "email=beleid@demo.test" \
    --data-urlencode "wachtwoord=${LEMNISCAAT_DEMO_PASSWORD:-lemniscaat-demo}" "$base/aanmelden"
export COOKIE=$(awk '$6 ~ /lemniscaat$/ { print $6 "=" $7 }' "$jar")
export SIGNAL=$(curl -fs -b "$jar" "$base/signalen" | grep -o 'href="/signalen/[0-9a-f-]\{36\}"' | sed -n 1p | cut -d'"' -f2)
export POLICY=$(curl -fs -b "$jar" "$base/beleid" | grep -o 'href="/beleid/[0-9a-f-]\{36\}"' | sed -n 1p | cut -d'"' -f2)
export DOMAIN=$(curl -fs -H "Authorization: Bearer $TOKEN" "$base/api/v1/domeinen?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["resultaten"][0]["id"])')
# 10 connections, each waiting DELAY_MS after an answer: about 28 requests per second in all.
export DELAY_MS=${DELAY_MS:-350}
(while sleep 60; do echo "  $(date +%H:%M:%S) RSS $(awk '/VmRSS/ { print int($2 / 1024) " MB" }' "/proc/$server/status")"; done) &
watch=$!
echo "sustained: ${seconds}s, 10 connections, ${DELAY_MS} ms between requests per connection, database: $([[ -n "${DATABASE_URL:-}" ]] && echo PostgreSQL || echo SQLite)"
out=$(wrk -t2 -c10 -d"${seconds}s" --timeout 10s --latency -s bench/sustained/mix.lua "$base")
kill "$watch" 2>/dev/null || true
echo "$out" | grep -E "^requests|^p[0-9]+|^max"
echo "server peak RSS: $(awk '/VmHWM/ { print int($2 / 1024) " MB" }' "/proc/$server/status")"
if ! grep -q "socket errors: 0, non-2xx/3xx: 0" <<<"$out"; then echo "FAIL: errors under sustained load"; exit 1; fi
echo "PASS: 0 errors"
