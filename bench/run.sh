#!/usr/bin/env bash
# Benchmarks the API at city scale, side by side with a hand-written baseline, in one run.
#   bash bench/run.sh [--scale 100] [--seed 42] [--duration 20] [--connections 32]
# Generates (once, cached under bench/data/) a synthetic city on SQLite, starts the API (Release) and the
# baseline on loopback, checks both serve the same JSON for the journalist's list, then drives each operation
# with wrk and writes bench/results/latest.md and .json. Needs wrk (apt-get install wrk), python3 and openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scale=100 seed=42 duration=20 connections=32 threads=2
while (($#)); do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
api_port=5301 baseline_port=5302 uncached_port=5303
data="$root/bench/data" results="$root/bench/results" work=$(mktemp -d)
mkdir -p "$data" "$results"
db="$data/scale-$scale-seed-$seed.db"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

echo "== Building (Release)"
dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
dotnet build bench/Baseline -c Release -v q -nologo >/dev/null
api_dll="$root/src/Api/bin/Release/net10.0/GreenCommunity.Api.dll"
baseline_dll="$root/bench/Baseline/bin/Release/net10.0/GreenCommunity.Baseline.dll"

# A signing key for this run only, trusted by the API through the settings dotnet user-jwts also uses.
key_hex=$(openssl rand -hex 32)
key_b64=$(echo -n "$key_hex" | xxd -r -p | base64 -w0)
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
export Database__Provider=Sqlite ConnectionStrings__GreenCommunity="Data Source=$db"
export Database__MigrateOnStart=false Database__SeedSampleData=false
export Authentication__Schemes__Bearer__ValidIssuer=greencommunity-bench
export Authentication__Schemes__Bearer__ValidAudiences__0=greencommunity-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=greencommunity-bench
export Authentication__Schemes__Bearer__SigningKeys__0__Value="$key_b64"
export Logging__LogLevel__Default=Warning
# The load comes from one address and two subjects: lift the per-client budgets so the harness measures work, not 429s.
export RateLimits__AnonymousPerWindow=2000000000 RateLimits__SignedInPerWindow=2000000000

if [[ ! -f $db ]]; then
  echo "== Generating the synthetic city (scale $scale, seed $seed) into $db"
  dotnet "$api_dll" migrate >/dev/null
  start=$SECONDS
  dotnet "$api_dll" generate --scale "$scale" --seed "$seed" | tail -n 1
  echo "   generated in $((SECONDS - start)) s"
fi

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
token() { # subject, roles json, extra claims json
  local now exp header payload signature
  now=$(date +%s); exp=$((now + 3600))
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"sub":"%s","roles":%s,%s"iss":"greencommunity-bench","aud":"greencommunity-api","nbf":%d,"iat":%d,"exp":%d}' "$1" "$2" "${3:-}" $((now - 60)) $((now - 60)) "$exp" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}

echo "== Starting the API and the baseline on loopback"
ASPNETCORE_URLS="http://127.0.0.1:$api_port" dotnet "$api_dll" >"$work/api.log" 2>&1 &
api_pid=$!; pids+=("$api_pid")
ASPNETCORE_URLS="http://127.0.0.1:$baseline_port" dotnet "$baseline_dll" >"$work/baseline.log" 2>&1 &
pids+=("$!")
# A second API process with the public result cache off: the journalist's list computed on every request.
Caching__PublicResults=false Diagnostics__SqlCommandHeader=true ASPNETCORE_URLS="http://127.0.0.1:$uncached_port" dotnet "$api_dll" >"$work/uncached.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$api_port/health/live" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$uncached_port/health/live" >/dev/null 2>&1 \
    && curl -fs "http://127.0.0.1:$baseline_port/awards?year=2004" >/dev/null 2>&1 && break
  sleep 0.5
done

post() { # body file, [token], [port] -> prints body; writes headers to $work/headers
  curl -s -D "$work/headers" -H 'Content-Type: application/json' -H 'Accept: application/json' ${2:+-H "Authorization: Bearer $2"} \
    --data @"$1" "http://127.0.0.1:${3:-$api_port}/graphql"
}
body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$1" "$2" >"$work/$3.json"; }

year=2019
body 'query Journalist($year: Int!) { awards(first: 100, where: { year: { eq: $year }, level: { eq: CITY } }, orderBy: [{ field: NAME }]) { totalCount nodes { id year score awardedOn community { code name { zh en } street { name { zh en } } district { code name { zh en } } } districtAtAward { code name { zh en } } } } }' "{\"year\": $year}" journalist

echo "== Checking the API and the baseline serve the same JSON"
post "$work/journalist.json" >"$work/api.json"
curl -s "http://127.0.0.1:$baseline_port/awards?year=$year" >"$work/baseline.json"
python3 - "$work/api.json" "$work/baseline.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
# The API adds extensions.cost (the rate-limit charge); the data must be identical.
if a.get("data") != b.get("data") or not a["data"]["awards"]["nodes"]:
    print(json.dumps(a)[:600]); print(json.dumps(b)[:600])
    raise SystemExit("the API and the baseline differ")
print(f"   identical: {len(a['data']['awards']['nodes'])} awards on the page, totalCount {a['data']['awards']['totalCount']}")
PY

community_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["data"]["awards"]["nodes"][0]["community"]["code"])' "$work/api.json")
body 'query Profile($code: String) { community(code: $code) { id code name { zh en } kind gated households occupancyRate location { latitude longitude } street { name { en } } district { name { en } } awards(first: 20) { totalCount nodes { level year score districtAtAward { code } } } latestObservations { indicator { code unit } year value provenance } } }' "{\"code\": \"$community_id\"}" profile
body 'query Series { observations(first: 100, where: { indicator: { eq: "waste-sorting-participation" }, district: { eq: "440106" }, year: { gte: 2010, lte: 2019 } }, orderBy: [{ field: COMMUNITY }, { field: YEAR }]) { totalCount nodes { community { code } year value provenance } } }' '{}' research
body 'query Filtered { communities(first: 50, where: { kind: { eq: NEW_ESTATE }, district: { in: ["440104", "440106"] }, households: { gte: 2000 } }, orderBy: [{ field: HOUSEHOLDS, direction: DESC }]) { totalCount pageInfo { endCursor hasNextPage } nodes { code name { en } households street { name { en } } } } }' '{}' filtered
body 'query Queue { districtQueue(first: 50) { totalCount nodes { id status community { code name { en } } } } }' '{}' queue
reviewer=$(token reviewer-bench '["DistrictReviewer"]' '"district":["440104","440106"],')

# The scoring mutation: an evaluator of the open 2020 campaign scores the first indicator of one application.
evaluator=evaluator-2020-1-1
evaluator_token=$(token "$evaluator" '["Evaluator"]')
body 'query { panelAssignments(first: 1) { nodes { id evaluation { version } } } criteriaScheme(code: "GC-CRITERIA") { sections { indicators { id maximumPoints } } } }' '{}' assignment
post "$work/assignment.json" "$evaluator_token" >"$work/assignment.out"
python3 - "$work/assignment.out" "$work/scoring.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["data"]
node = data["panelAssignments"]["nodes"][0]
indicator = data["criteriaScheme"]["sections"][0]["indicators"][0]
query = "mutation Score($input: ScoreIndicatorsInput!) { scoreIndicators(input: $input) { application { evaluation { version } } errors { ... on Error { code } } } }"
variables = {"input": {"application": node["id"], "evaluationVersion": node["evaluation"]["version"], "scores": [{"indicator": indicator["id"], "points": round(indicator["maximumPoints"] * 0.9, 1)}]}}
json.dump({"query": query, "variables": variables}, open(sys.argv[2], "w"))
PY

declare -A tokens=([queue]=$reviewer [scoring]=$evaluator_token)
ops=(journalist profile research filtered queue scoring)
echo "== SQL commands per request (X-Sql-Commands, on the uncached API)"
declare -A sql
for op in "${ops[@]}"; do
  post "$work/$op.json" "${tokens[$op]:-}" "$uncached_port" >/dev/null
  sql[$op]=$(grep -i '^x-sql-commands:' "$work/headers" | tr -d '\r' | awk '{print $2}')
  echo "   $op: ${sql[$op]}"
done

run_wrk() { # name, url, [token], [GET path]
  local script=bench/lua/graphql.lua
  [[ $1 == scoring ]] && script=bench/lua/scoring.lua
  BODY_FILE="$work/$1.json" TOKEN="${3:-}" METHOD="${4:+GET}" PATH_AND_QUERY="${4:-}" \
    wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$script" "$2" | tail -n 1
}

echo "== Warming up (5 s per operation, not measured)"
for op in "${ops[@]}"; do
  BODY_FILE="$work/$op.json" TOKEN="${tokens[$op]:-}" wrk -t"$threads" -c"$connections" -d5s -s bench/lua/graphql.lua "http://127.0.0.1:$api_port" >/dev/null
done
BODY_FILE="$work/journalist.json" wrk -t"$threads" -c"$connections" -d5s -s bench/lua/graphql.lua "http://127.0.0.1:$uncached_port" >/dev/null
METHOD=GET PATH_AND_QUERY="/awards?year=$year" wrk -t"$threads" -c"$connections" -d5s -s bench/lua/graphql.lua "http://127.0.0.1:$baseline_port" >/dev/null

echo "== Load: $connections connections, $threads threads, ${duration}s each"
: >"$work/figures.jsonl"
for op in "${ops[@]}"; do
  line=$(run_wrk "$op" "http://127.0.0.1:$api_port" "${tokens[$op]:-}")
  echo "   $op: $line"
  echo "{\"operation\":\"$op\",\"sql\":${sql[$op]:-null},\"figures\":$line}" >>"$work/figures.jsonl"
done
# The journalist's list (cached and computed every time) and the baseline alternate, so all see the same machine.
for round in 1 2; do
  line=$(run_wrk journalist "http://127.0.0.1:$api_port")
  echo "   journalist (round $round): $line"
  echo "{\"operation\":\"journalist-round-$round\",\"sql\":0,\"figures\":$line}" >>"$work/figures.jsonl"
  line=$(run_wrk journalist "http://127.0.0.1:$uncached_port")
  echo "   journalist uncached (round $round): $line"
  echo "{\"operation\":\"journalist-uncached-round-$round\",\"sql\":${sql[journalist]},\"figures\":$line}" >>"$work/figures.jsonl"
  line=$(run_wrk baseline "http://127.0.0.1:$baseline_port" "" "/awards?year=$year")
  echo "   baseline (round $round): $line"
  echo "{\"operation\":\"baseline-round-$round\",\"sql\":2,\"figures\":$line}" >>"$work/figures.jsonl"
done
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$api_pid/status")

echo "== Bulk downloads: every published observation as CSV, four times in a row, watching the API's peak memory"
download_log="$work/downloads.txt"
: >"$download_log"
for i in 1 2 3 4; do
  curl -s -o /dev/null -w '%{size_download} %{time_total}\n' "http://127.0.0.1:$api_port/downloads/observations.csv" >>"$download_log"
done
after_downloads_kb=$(awk '/VmHWM/ {print $2}' "/proc/$api_pid/status")
read -r download_bytes download_seconds < <(tail -n 1 "$download_log")
echo "   $(wc -l <"$download_log") downloads of $download_bytes bytes, the last in ${download_seconds}s; peak memory $((peak_kb / 1024)) MiB before, $((after_downloads_kb / 1024)) MiB after"
echo "{\"operation\":\"downloads\",\"bytes\":$download_bytes,\"seconds\":$download_seconds,\"peak_before_kb\":$peak_kb,\"peak_after_kb\":$after_downloads_kb}" >"$work/downloads.json"

python3 bench/report.py "$work/figures.jsonl" "$peak_kb" "$scale" "$seed" "$connections" "$duration" "$db" "$work/downloads.json" >"$results/latest.md"
cp "$work/figures.jsonl" "$results/latest.jsonl"
cat "$results/latest.md"
