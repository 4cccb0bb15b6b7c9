#!/usr/bin/env bash
# A/B of two release binaries in one sitting: alternating rounds (ABBA: the binary that goes first changes every
# round, since the first of a pair measured about 5% faster in both orders), one server up at a time, same
# database, same machine. Each round starts the binary, warms it, then runs wrk on the results page, the JSON search and facility
# pages, and stops it. Prints one line per round and page, then the mean per binary and page.
# Usage: HAVEN_SQLITE_PATH=db.sqlite bench/ab.sh OLD_BINARY NEW_BINARY [ROUNDS] [SECONDS]
# (the database must hold the national data: `haven import all`; the figures go to docs/PERFORMANCE.md)
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 rounds=${3:-3} seconds=${4:-8}
port=${HAVEN_BENCH_PORT:-8093}
url="http://127.0.0.1:$port"
export HAVEN_API_RATE=0 LOG_LEVEL=warning HAVEN_INQUIRY_KEY=${HAVEN_INQUIRY_KEY:-$(head -c 32 /dev/urandom | base64)}
ids=$(mktemp) results=$(mktemp)
trap 'rm -f "$ids" "$results"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
start() {
  "$1" serve --hostname 127.0.0.1 --port "$port" >/tmp/haven-ab-server.log 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -sf "$url/api/v1/taxonomy" >/dev/null 2>&1 && return; sleep 0.2; done
  echo "server $1 did not start" >&2; cat /tmp/haven-ab-server.log >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
measure() {  # $1 label, $2 page, then wrk arguments
  local label=$1 page=$2; shift 2
  local out; out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$@")
  local rps p99; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%s\t%s\t%s\t%s\n' "$label" "$page" "$rps" "$p99" | tee -a "$results"
}
start "$new"
for zip in 10001 60601 80202 98101 30303 77002 94103 85004; do
  curl -sf "$url/api/v1/facilities?near=$zip&per_page=100" | python3 -c 'import json,sys; [print(f["id"]) for f in json.load(sys.stdin)["results"]]'
done >"$ids"
stop
printf 'binary\tpage\treq/s\tp99\n'
for round in $(seq 1 "$rounds"); do
  order="old new"; [ $((round % 2)) -eq 0 ] && order="new old"
  for which in $order; do
    bin=$old; [ "$which" = new ] && bin=$new
    start "$bin"
    wrk -t2 -c64 -d3s -s bench/search.lua "$url" -- /search >/dev/null
    measure "$which" results -s bench/search.lua "$url" -- /search
    measure "$which" json -s bench/search.lua "$url" -- /api/v1/facilities
    measure "$which" facility -s bench/facilities.lua "$url" -- "$ids"
    stop
  done
done
echo "mean req/s over $rounds rounds:"
awk -F'\t' '{s[$1" "$2]+=$3; n[$1" "$2]++} END {for (k in s) printf "  %s %.0f\n", k, s[k]/n[k]}' "$results" | sort
