#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
# Signal intake over HTTP: a release server on a fresh demo database (SQLite by default, DATABASE_URL for
# PostgreSQL), wrk on loopback posting new signals through the API for a fixed time. Stops by itself.
#   bench/intake/run.sh [seconds=20] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
swift build -c release --product lemniscaat >/dev/null
bin=.build/release/lemniscaat
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
export LEMNISCAAT_DATA_DIR=$data LOG_LEVEL=warning
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" demo >/dev/null
export TOKEN=$("$bin" token create --user uitvoerder@demo.test --name bench)
"$bin" serve --host 127.0.0.1 --port "$port" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
export DOMAIN=$(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/v1/domeinen?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["resultaten"][0]["id"])')
echo "intake: ${seconds}s, ${connections} connections, 2 threads, $(nproc) cores, database: $([[ -n "${DATABASE_URL:-}" ]] && echo PostgreSQL || echo SQLite)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/intake/signal.lua "http://127.0.0.1:$port" | grep -E "req/s|p50|p90|p99|requests:|Latency|Socket"
echo "signals stored: $(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/v1/signalen?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totaal"])')"
