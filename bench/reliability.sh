#!/usr/bin/env bash
# The load figures of docs/RELIABILITY.md: 64 connections for 60 s of mixed traffic (search pages, API searches,
# facility pages), against the release build, on the database the environment names (HAVEN_SQLITE_PATH, or
# DATABASE_URL), which must hold the national data. Prints requests/s, latency percentiles, errors and RSS.
# Usage: bench/reliability.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
port=${HAVEN_BENCH_PORT:-8092}
bin=.build/release/haven
HAVEN_API_RATE=0 LOG_LEVEL=warning "$bin" serve --env development --hostname 127.0.0.1 --port "$port" >/tmp/haven-bench-server.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/v1/taxonomy" >/dev/null 2>&1 && break; sleep 0.2; done
ids=$(mktemp)
for zip in 10001 60601 80202 98101 30303 77002 94103 85004; do
  curl -sf "http://127.0.0.1:$port/api/v1/facilities?near=$zip&per_page=100" \
    | python3 -c 'import json,sys; [print(f["id"]) for f in json.load(sys.stdin)["results"]]'
done >"$ids"
rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$pid/status; }
# Warm up (first requests fill caches and connection pools), then measure.
wrk -t2 -c64 -d5s -s bench/mixed.lua "http://127.0.0.1:$port" -- "$ids" >/dev/null
echo "RSS before: $(rss); $(wc -l <"$ids") facility ids"
wrk -t2 -c64 -d"${seconds}s" --latency -s bench/mixed.lua "http://127.0.0.1:$port" -- "$ids" | grep -E "Requests/sec|Latency|50%|99%|requests in|Non-2xx|Socket errors|non-200"
echo "RSS after: $(rss)"
grep -ciE "error|critical" /tmp/haven-bench-server.log | sed 's/^/server log error lines: /'
