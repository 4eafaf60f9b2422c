#!/usr/bin/env bash
# Memory per live subscriber: starts the built API (Release, Production settings, SQLite with the sample data) on
# loopback, reads its resident memory (VmRSS) idle after a warm-up, opens N graphql-ws subscribers (one connection and
# one subscription each), waits for the process to settle, reads it again, and reports the difference per subscriber.
# Writes bench/results/subscribers.md.
#   bash bench/subscribers.sh [--subscribers 2000]
# Needs Node.js with tests/ws-client's packages (npm ci --prefix tests/ws-client).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

subscribers=2000
while (($#)); do
  case $1 in
    --subscribers) subscribers=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -d tests/ws-client/node_modules ]] || npm ci --prefix tests/ws-client --no-audit --no-fund >/dev/null

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
port=5331 work=$(mktemp -d) results="$root/bench/results"
mkdir -p "$results"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "$1"; tail -n 30 "$work/api.log"; exit 1; }

echo "== Building (Release)"
dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
api_dll="$root/src/Api/bin/Release/net10.0/GreenCommunity.Api.dll"

export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export OpenData__PublicBaseUrl="http://127.0.0.1:$port" ASPNETCORE_URLS="http://127.0.0.1:$port"
export Database__Provider=Sqlite ConnectionStrings__GreenCommunity="Data Source=$work/city.db"
export Database__MigrateOnStart=true Database__SeedSampleData=true
# Every subscriber comes from 127.0.0.1: lift the per-address cap, keep the others.
export WebSockets__MaxConnectionsPerClient=100000 WebSockets__MaxConnections=100000
export RateLimits__AnonymousPerWindow=2000000000

dotnet "$api_dll" >"$work/api.log" 2>&1 &
api=$!; pids+=("$api")
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; kill -0 "$api" 2>/dev/null || fail "The API exited:"; sleep 1; done
rss() { awk '/VmRSS/ { print $2 }' "/proc/$api/status"; }
settle() { sleep 5; }

# Warm-up: a few subscribers come and go, so the first-use costs (schema, JIT, pools) are not counted.
node bench/subscribers.mjs "ws://127.0.0.1:$port/graphql" 20 >"$work/warm.log" &
warm=$!; pids+=("$warm")
until grep -q '"open"' "$work/warm.log" 2>/dev/null; do sleep 0.2; done
kill "$warm"; wait "$warm" 2>/dev/null || true
settle
idle=$(rss)

start=$(date +%s.%N)
node bench/subscribers.mjs "ws://127.0.0.1:$port/graphql" "$subscribers" >"$work/subs.log" &
subs=$!; pids+=("$subs")
until grep -q '"open"' "$work/subs.log" 2>/dev/null; do sleep 0.2; kill -0 "$subs" || { cat "$work/subs.log"; exit 1; }; done
opened=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
settle
held=$(rss)
closed=$(grep -c '"closed"' "$work/subs.log" || true)
per=$(( (held - idle) * 1024 / subscribers ))

report="$results/subscribers.md"
{
  echo "# Memory per live subscriber ($(date -u +%Y-%m-%d), $(nproc) cores)"
  echo
  echo "| subscribers | RSS idle | RSS with them open | per subscriber | opened in | closed by the server |"
  echo "|---:|---:|---:|---:|---:|---:|"
  printf '| %d | %d MiB | %d MiB | %.1f KiB | %s s | %d |\n' "$subscribers" $((idle / 1024)) $((held / 1024)) "$(echo "$per / 1024" | bc -l)" "$opened" "$closed"
} >"$report"
cat "$report"
