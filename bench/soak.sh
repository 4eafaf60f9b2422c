#!/usr/bin/env bash
# Soaks one API process (Release, Production, default cache settings) with mixed anonymous reads of varying
# arguments (the public result cache fills with distinct answers) and a steady trickle of writes (each advances the
# cache generation), and watches whether its memory settles. Writes bench/results/soak.md and soak-*.csv.
#   bash bench/soak.sh [--minutes 15] [--short] [--connections 16] [--write-every 10] [--sample 5] [--port 5391]
#                      [--scale 100] [--seed 42] [--env NAME=VALUE]...
# --short is a one-minute run; --env passes a setting to the API process only (e.g. Caching__MemoryLimitMegabytes=32
# or DOTNET_gcServer=0), to compare with the defaults. Every --sample seconds it records the process's RSS, threads, file descriptors and
# open connections (from /proc and ss), and the GC heap, working set and cache size (dotnet-counters, installed into
# bench/data/tools from NuGet when missing); wrk runs in one-minute rounds, so p50/p99 are per minute; connections
# from other processes than wrk are counted apart (the machine may be shared). At the end the
# load stops, the process idles for 30 s, and dotnet-gcdump (which forces a full GC) reports the live managed heap.
# Needs wrk (apt-get install wrk), python3, openssl, curl and ss; generates the city like bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

minutes=15 connections=16 write_every=10 sample=5 scale=100 seed=42 port=5391 api_env=()
while (($#)); do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --short) minutes=1; shift ;;
    --connections) connections=$2; shift 2 ;;
    --write-every) write_every=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --env) api_env+=("$2"); shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data="$root/bench/data" results="$root/bench/results" work=$(mktemp -d)
tools="$data/tools"
mkdir -p "$data" "$results" "$tools"
db="$data/scale-$scale-seed-$seed.db"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# The diagnostics tools come from NuGet as .NET tools (the versions the package lists name); without them the
# soak still runs, with /proc figures only.
for tool in dotnet-counters dotnet-gcdump; do
  [[ -x $tools/$tool ]] || dotnet tool install --tool-path "$tools" "$tool" --version 10.0.750501 >/dev/null 2>&1 \
    || echo "   ($tool could not be installed: its figures are left out)"
done

echo "== Building (Release)"
dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
api_dll="$root/src/Api/bin/Release/net10.0/GreenCommunity.Api.dll"

key_hex=$(openssl rand -hex 32)
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
# Production requires the public address the feed's links start with (the soak does not read the feed).
export OpenData__PublicBaseUrl=http://127.0.0.1
export Database__Provider=Sqlite Database__MigrateOnStart=false Database__SeedSampleData=false
export Authentication__Schemes__Bearer__ValidIssuer=greencommunity-bench
export Authentication__Schemes__Bearer__ValidAudiences__0=greencommunity-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=greencommunity-bench
export Authentication__Schemes__Bearer__SigningKeys__0__Value=$(echo -n "$key_hex" | xxd -r -p | base64 -w0)
# One client address: lift the per-client budgets so the soak measures the API, not 429s.
export RateLimits__AnonymousPerWindow=2000000000 RateLimits__SignedInPerWindow=2000000000

export ConnectionStrings__GreenCommunity="Data Source=$db"
fresh=0; [[ -f $db ]] || fresh=1
dotnet "$api_dll" migrate >/dev/null
if ((fresh)); then
  echo "== Generating the synthetic city (scale $scale, seed $seed) into $db"
  dotnet "$api_dll" generate --scale "$scale" --seed "$seed" | tail -n 1
fi
# The soak writes: work on a copy, so the cached city stays as generated.
cp "$db" "$work/city.db"
export ConnectionStrings__GreenCommunity="Data Source=$work/city.db"

echo "== Starting the API on 127.0.0.1:$port${api_env[*]:+ with ${api_env[*]}}"
env ${api_env[@]+"${api_env[@]}"} ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$api_dll" >"$work/api.log" 2>&1 &
api_pid=$!; pids+=("$api_pid")
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
token() { # subject, roles json
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"sub":"%s","roles":%s,"iss":"greencommunity-bench","aud":"greencommunity-api","nbf":%d,"iat":%d,"exp":%d}' "$1" "$2" $((now - 60)) $((now - 60)) $((now + 86400)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}
# Community codes and indicator codes for the reads' arguments.
python3 - "http://127.0.0.1:$port/graphql" "$work/indicators.txt" >"$work/codes.txt" <<'PY'
import json, sys, urllib.request
def post(body):
    request = urllib.request.Request(sys.argv[1], json.dumps(body).encode(), {"Content-Type": "application/json", "Accept": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=30))["data"]
with open(sys.argv[2], "w") as f:
    f.writelines(i["code"] + "\n" for i in post({"query": "{ indicators { code } }"})["indicators"])
after = None
for _ in range(5):  # pages of 100 (the API's largest)
    page = post({"query": "query($after: String) { communities(first: 100, after: $after) { pageInfo { endCursor hasNextPage } nodes { code } } }", "variables": {"after": after}})["communities"]
    for node in page["nodes"]:
        print(node["code"])
    after = page["pageInfo"]["endCursor"]
    if not page["pageInfo"]["hasNextPage"]:
        break
PY
echo "   $(wc -l <"$work/codes.txt") community codes and $(wc -l <"$work/indicators.txt") indicators for the reads"

# The writer: an evaluator of the open campaign scores one indicator every --write-every seconds, carrying the
# evaluation version from each answer to the next, as a client does. Each committed write advances the generation.
evaluator_token=$(token evaluator-2020-1-1 '["Evaluator"]')
cat >"$work/writer.py" <<'PY'
import json, sys, time, urllib.request
url, token, every, stop_file, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5]
def post(body):
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)
data = post({"query": "query { panelAssignments(first: 1) { nodes { id evaluation { version } } } criteriaScheme(code: \"GC-CRITERIA\") { sections { indicators { id maximumPoints } } } }"})["data"]
node = data["panelAssignments"]["nodes"][0]
indicator = data["criteriaScheme"]["sections"][0]["indicators"][0]
version, ok, failed, i = node["evaluation"]["version"], 0, 0, 0
query = "mutation Score($input: ScoreIndicatorsInput!) { scoreIndicators(input: $input) { application { evaluation { version } } errors { ... on Error { code } } } }"
with open(out, "w") as log:
    while True:
        try:
            with open(stop_file):
                break
        except FileNotFoundError:
            pass
        i += 1
        points = round(indicator["maximumPoints"] * (0.5 + (i % 5) / 10), 1)
        try:
            result = post({"query": query, "variables": {"input": {"application": node["id"], "evaluationVersion": version, "scores": [{"indicator": indicator["id"], "points": points}]}}})
            payload = result["data"]["scoreIndicators"]
            if payload["errors"]:
                failed += 1
            else:
                ok += 1
                version = payload["application"]["evaluation"]["version"]
        except Exception:
            failed += 1
        log.write(f"{time.time():.0f},{ok},{failed}\n"); log.flush()
        time.sleep(every)
PY
python3 "$work/writer.py" "http://127.0.0.1:$port/graphql" "$evaluator_token" "$write_every" "$work/stop" "$work/writes.csv" &
pids+=("$!")

# The sampler: /proc and ss every --sample seconds.
(
  echo "time,rss_kb,threads,fds,connections,other_connections"
  while [[ ! -e $work/stop ]] && kill -0 "$api_pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$api_pid/status")
    threads=$(awk '/^Threads/ {print $2}' "/proc/$api_pid/status")
    fds=$(ls "/proc/$api_pid/fd" | wc -l)
    conns=$(ss -Htn state established "( sport = :$port )" | wc -l)
    others=$(ss -Htnp state established "( dport = :$port )" | { grep -v -e '"wrk"' -e '"python3"' || true; } | wc -l)
    echo "$(date +%s),$rss,$threads,$fds,$conns,$others"
    sleep "$sample"
  done
) >"$work/proc.csv" &
pids+=("$!")
if [[ -x $tools/dotnet-counters ]]; then
  "$tools/dotnet-counters" collect -p "$api_pid" --refresh-interval "$sample" --format csv -o "$work/counters.csv" \
    --counters System.Runtime,GreenCommunity.Api.PublicResultCache >/dev/null 2>&1 &
  pids+=("$!")
fi

echo "== Soaking for $minutes minute(s): $connections connections of reads, a write every ${write_every}s, a sample every ${sample}s"
: >"$work/rounds.jsonl"
for minute in $(seq 1 "$minutes"); do
  line=$(CODES_FILE="$work/codes.txt" INDICATORS_FILE="$work/indicators.txt" wrk -t2 -c"$connections" -d60s --timeout 10s -s bench/lua/soak.lua "http://127.0.0.1:$port" | tail -n 1)
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$api_pid/status")
  echo "   minute $minute: $line rss=$((rss / 1024))MiB"
  echo "{\"minute\":$minute,\"end\":$(date +%s),\"figures\":$line}" >>"$work/rounds.jsonl"
done

echo "== Load stopped; idling 30 s, then a full GC (dotnet-gcdump) to read the live managed heap"
touch "$work/stop"
sleep 30
idle_rss=$(awk '/^VmRSS/ {print $2}' "/proc/$api_pid/status")
: >"$work/gcdump.txt"
if [[ -x $tools/dotnet-gcdump ]]; then
  "$tools/dotnet-gcdump" collect -p "$api_pid" -o "$work/api.gcdump" >/dev/null 2>&1 \
    && "$tools/dotnet-gcdump" report "$work/api.gcdump" >"$work/gcdump.txt" 2>&1 || true
fi
after_gc_rss=$(awk '/^VmRSS/ {print $2}' "/proc/$api_pid/status")
warnings=$(grep -c '"LogLevel":"Warning"' "$work/api.log" || true)
errors=$(grep -c '"LogLevel":"Error"' "$work/api.log" || true)
kill "${pids[@]:1}" 2>/dev/null || true
sleep 1

cp "$work/proc.csv" "$results/soak-proc.csv"; cp "$work/rounds.jsonl" "$results/soak-rounds.jsonl"
[[ -f $work/counters.csv ]] && cp "$work/counters.csv" "$results/soak-counters.csv"
python3 bench/soak_report.py "$work" "$minutes" "$connections" "$write_every" "$sample" "$scale" "$seed" \
  "$idle_rss" "$after_gc_rss" "$warnings" "$errors" "${api_env[*]:-}" >"$results/soak.md"
cat "$results/soak.md"
