#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
# Page throughput with wrk on loopback: the server's own ceiling (/health), the signal list with filters, a signal
# page, a policy page, the start page and De lus, signed in as beleid@demo.test, on a fresh demo database (SQLite, or
# PostgreSQL with DATABASE_URL). Reports req/s, p50/p99, the fraction of the ceiling and the server's RSS per page.
# Stops by itself.
#   bench/pages/run.sh [seconds=10] [connections=16]
# WORKLOAD=grote-gemeente loads the large workload (200 000 signals, 1 000 000 recognitions) instead of the demo;
# BENCH_DATA_DIR=dir reuses a data folder that already holds one (SQLite), so repeated runs skip the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
swift build -c release --product lemniscaat >/dev/null 2>&1
bin=.build/release/lemniscaat
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
    if [[ "${WORKLOAD:-}" == grote-gemeente ]]; then
        "$bin" demo --grote-gemeente 2>/dev/null
    else
        "$bin" demo >/dev/null
    fi
fi
"$bin" serve --host 127.0.0.1 --port "$port" >"$data/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
# Measure the steady state: wait for the similarity index the server builds at start.
for _ in $(seq 1 600); do grep -q "similarity index ready" "$data/server.log" && break; sleep 0.2; done
grep -o "similarity index ready.*" "$data/server.log" || true
jar="$data/cookies"
rm -f "$jar"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/aanmelden" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "email=beleid@demo.test" \
    --data-urlencode "wachtwoord=${LEMNISCAAT_DEMO_PASSWORD:-lemniscaat-demo}" "$base/aanmelden"
cookie=$(awk '$6 ~ /lemniscaat$/ { print $6 "=" $7 }' "$jar")
signal=$(curl -fs -b "$jar" "$base/signalen" | grep -o 'href="/signalen/[0-9a-f-]\{36\}"' | sed -n 1p | cut -d'"' -f2)
policy=$(curl -fs -b "$jar" "$base/beleid" | grep -o 'href="/beleid/[0-9a-f-]\{36\}"' | sed -n 1p | cut -d'"' -f2)
peak_rss() { awk '/VmHWM/ { print int($2 / 1024) " MB" }' "/proc/$server/status"; }
rss() { awk '/VmRSS/ { print int($2 / 1024) " MB" }' "/proc/$server/status"; }
echo "pages: ${seconds}s each, ${connections} connections, $(nproc) cores, database: $([[ -n "${DATABASE_URL:-}" ]] && echo PostgreSQL || echo SQLite), data: ${BENCH_DATA_DIR:-${WORKLOAD:-demo}}"
printf '%-42s %9s %7s %9s %9s %7s\n' page req/s ceiling p50 p99 RSS
ceiling=
for page in /health "/signalen?status=nieuw&sortering=termijn" "/signalen?tekst=wachttijd" "$signal" "$policy" / /lus; do
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$base$page")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out")
    ceiling=${ceiling:-$rps}
    fraction=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.1f%%", 100 * a / b }')
    printf '%-42s %9s %7s %9s %9s %7s %s\n' "${page:0:42}" "$rps" "$fraction" "$p50" "$p99" "$(rss)" "${non2xx:+(non-2xx: $non2xx)}"
done
echo "server peak RSS: $(peak_rss)"
# De lus one request at a time (the latency a manager sees, without queueing behind other connections): p50 and p95
# of 200 requests after 20 to warm up.
for _ in $(seq 1 20); do curl -fs -o /dev/null -H "Cookie: $cookie" "$base/lus"; done
for _ in $(seq 1 200); do curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$base/lus"; done | sort -n \
    | awk '{ t[NR] = $1 * 1000 } END { printf "/lus one at a time: p50 %.1f ms, p95 %.1f ms (%d requests)\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], NR }'
# De lus counted, not from the cache: twelve months ending in each of the 48 months before this one, each asked once,
# so every request counts its figures.
for i in $(seq 1 48); do
    month=$(date -d "$(date +%Y-%m-01) -$i month" +%Y-%m)
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$base/lus?tot=$month"
done | sort -n \
    | awk '{ t[NR] = $1 * 1000 } END { printf "/lus counted (48 periods, one at a time): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR] }'
