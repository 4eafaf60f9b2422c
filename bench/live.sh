#!/usr/bin/env bash
# Measures live-event delivery across replicas: two API processes (Release) on loopback sharing the synthetic
# city's database (a copy) and a Redis server of this run; a graphql-ws subscriber on replica B, an evaluator
# scoring on replica A, one write at a time. Writes bench/results/live.md.
#   bash bench/live.sh [--events 300] [--scale 100] [--seed 42]
# Needs redis-server (apt-get install redis-server), Node.js with tests/ws-client's packages (npm ci --prefix
# tests/ws-client), openssl; generates the city like bench/run.sh when it is not cached yet.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

events=300 scale=100 seed=42
while (($#)); do
  case $1 in
    --events) events=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -d tests/ws-client/node_modules ]] || npm ci --prefix tests/ws-client --no-audit --no-fund >/dev/null

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
a_port=5311 b_port=5312 redis_port=5313
data="$root/bench/data" results="$root/bench/results" work=$(mktemp -d)
mkdir -p "$data" "$results"
db="$data/scale-$scale-seed-$seed.db"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== Building (Release)"
dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
api_dll="$root/src/Api/bin/Release/net10.0/GreenCommunity.Api.dll"

key_hex=$(openssl rand -hex 32)
export LIVE_KEY_HEX=$key_hex
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
# Production requires the public address the feed's links start with (the benchmark does not read the feed).
export OpenData__PublicBaseUrl=http://127.0.0.1
export Database__Provider=Sqlite Database__MigrateOnStart=false Database__SeedSampleData=false
export Authentication__Schemes__Bearer__ValidIssuer=greencommunity-bench
export Authentication__Schemes__Bearer__ValidAudiences__0=greencommunity-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=greencommunity-bench
export Authentication__Schemes__Bearer__SigningKeys__0__Value=$(echo -n "$key_hex" | xxd -r -p | base64 -w0)
export RateLimits__AnonymousPerWindow=2000000000 RateLimits__SignedInPerWindow=2000000000

export ConnectionStrings__GreenCommunity="Data Source=$db"
fresh=0; [[ -f $db ]] || fresh=1
dotnet "$api_dll" migrate >/dev/null
if ((fresh)); then
  echo "== Generating the synthetic city (scale $scale, seed $seed) into $db"
  dotnet "$api_dll" generate --scale "$scale" --seed "$seed" | tail -n 1
fi
cp "$db" "$work/city.db"
export ConnectionStrings__GreenCommunity="Data Source=$work/city.db"

echo "== Starting Redis and two replicas (A writes, B serves the subscriber)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
export ConnectionStrings__Redis="127.0.0.1:$redis_port"
ASPNETCORE_URLS="http://127.0.0.1:$a_port" dotnet "$api_dll" >"$work/a.log" 2>&1 &
pids+=("$!")
ASPNETCORE_URLS="http://127.0.0.1:$b_port" dotnet "$api_dll" >"$work/b.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$a_port/health/ready" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$b_port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

echo "== Scoring $events times on A, each event awaited on B"
node bench/live.mjs "http://127.0.0.1:$a_port" "ws://127.0.0.1:$b_port/graphql" "$events" >"$work/live.json"
python3 - "$work/live.json" "$events" "$scale" "$seed" >"$results/live.md" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
def row(name, xs):
    xs = sorted(xs); n = len(xs)
    q = lambda p: xs[min(n - 1, int(p * n))]
    return f"| {name} | {n} | {q(0.5):.1f} | {q(0.95):.1f} | {q(0.99):.1f} | {xs[-1]:.1f} |"
print(f"Two replicas (Release) on loopback, one SQLite file (scale {sys.argv[3]}, seed {sys.argv[4]}) and one Redis; one write at a time.\n")
print("| measure | events | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|")
print(row("mutation sent to A -> event received from B", r["sent_to_event"]))
print(row("A's response received -> event received from B", r["response_to_event"]))
print(f"\nEvents lost: {r['lost']}; events delivered twice: {r['repeated']}.")
PY
cat "$results/live.md"
