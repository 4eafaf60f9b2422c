#!/usr/bin/env bash
# Where the CPU of the computed path goes, on PostgreSQL (issue #17): a CPU profile of the API with the public result
# cache off, serving one question under load, taken with perf (Debian package linux-perf) and summed by component.
#   bash bench/profile.sh [--question journalist|queue|research] [--seconds 15] [--scale 100] [--seed 42]
# Uses the private cluster and city of `bench/run.sh --provider postgresql` (bench/data/postgresql; run that first),
# starts it if it is not running, starts one API process (Release, Production settings, tuned connection string,
# DOTNET_PerfMapEnabled=1 and DOTNET_ReadyToRun=0 so perf can name every method), warms the question up, then records the process's
# stacks (perf record -g, 997 Hz) while wrk (2 threads, 32 connections) sends it. Each sample is charged to the
# innermost frame of a known component (GraphQL.NET, EF Core, Npgsql, System.Text.Json, ASP.NET Core/Kestrel, the
# project's own code), or to the garbage collector, the JIT or the kernel, else to "other .NET". Writes
# bench/results/profile-<question>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

question=journalist seconds=15 scale=100 seed=42 port=5439 api_port=5321
while (($#)); do
  case $1 in
    --question) question=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

cluster="$root/bench/data/postgresql" database="greencommunity_bench_s${scale}_$seed"
[[ -f $cluster/PG_VERSION ]] || { echo "No benchmark cluster in $cluster: run bash bench/run.sh --provider postgresql first." >&2; exit 1; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d) started_cluster=0 api_pid=""
cleanup() {
  [[ -n $api_pid ]] && kill "$api_pid" 2>/dev/null || true
  ((started_cluster)) && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
  [[ -n ${PROFILE_KEEP:-} ]] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
if ! runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster" status >/dev/null 2>&1; then
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$cluster -c max_connections=200 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off" start >/dev/null
  started_cluster=1
fi

dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
key_hex=$(openssl rand -hex 32)
key_b64=$(echo -n "$key_hex" | xxd -r -p | base64 -w0)
# ReadyToRun off: precompiled framework code has no perf map entries, so every method is JIT-compiled and named;
# W^X off: its double-mapped code pages hide the addresses the perf map names.
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production DOTNET_PerfMapEnabled=1 DOTNET_ReadyToRun=0 DOTNET_EnableWriteXorExecute=0
export Database__Provider=PostgreSql Database__MigrateOnStart=false Database__SeedSampleData=false
export ConnectionStrings__GreenCommunity="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database;Maximum Pool Size=100;Max Auto Prepare=32;No Reset On Close=true"
export Authentication__Schemes__Bearer__ValidIssuer=greencommunity-bench Authentication__Schemes__Bearer__ValidAudiences__0=greencommunity-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=greencommunity-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$key_b64"
export Logging__LogLevel__Default=Warning OpenData__PublicBaseUrl=http://127.0.0.1 Caching__PublicResults=false
export RateLimits__AnonymousPerWindow=2000000000 RateLimits__SignedInPerWindow=2000000000
ASPNETCORE_URLS="http://127.0.0.1:$api_port" dotnet src/Api/bin/Release/net10.0/GreenCommunity.Api.dll >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$api_port/health/live" >/dev/null 2>&1 && break; sleep 0.5; done

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
now=$(date +%s)
payload=$(printf '{"sub":"reviewer-bench","roles":["DistrictReviewer"],"district":["440104","440106"],"iss":"greencommunity-bench","aud":"greencommunity-api","nbf":%d,"iat":%d,"exp":%d}' $((now - 60)) $((now - 60)) $((now + 3600)) | b64url)
reviewer="$header.$payload.$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)"

case $question in
  journalist) query='query Journalist($year: Int!) { awards(first: 100, where: { year: { eq: $year }, level: { eq: CITY } }, orderBy: [{ field: NAME }]) { totalCount nodes { id year score awardedOn community { code name { zh en } street { name { zh en } } district { code name { zh en } } } districtAtAward { code name { zh en } } } } }'
    variables='{"year": 2019}' auth="" ;;
  queue) query='query Queue { districtQueue(first: 50) { totalCount nodes { id status community { code name { en } } } } }' variables='{}' auth="Authorization: Bearer $reviewer" ;;
  research) query='query Series($indicator: String!, $district: String!, $from: Int!, $to: Int!) { observations(first: 100, where: { indicator: { eq: $indicator }, district: { eq: $district }, year: { gte: $from, lte: $to } }, orderBy: [{ field: COMMUNITY }, { field: YEAR }]) { totalCount nodes { community { code } year value provenance } } }'
    variables='{"indicator": "waste-sorting-participation", "district": "440106", "from": 2010, "to": 2014}' auth="" ;;
  *) echo "unknown question $question" >&2; exit 2 ;;
esac
python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$query" "$variables" >"$work/body.json"
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
$( [[ -n $auth ]] && printf 'wrk.headers["Authorization"] = "%s"\n' "${auth#Authorization: }" )
local f = io.open("$work/body.json"); wrk.body = f:read("*a"); f:close()
LUA
curl -fs -H 'Content-Type: application/json' ${auth:+-H "$auth"} --data @"$work/body.json" "http://127.0.0.1:$api_port/graphql" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(f"the API answered {json.dumps(r)[:300]}") if r.get("errors") else None'

echo "== Warming up $question for 20 s"
wrk -t2 -c32 -d20s -s "$work/post.lua" "http://127.0.0.1:$api_port/graphql" >/dev/null
echo "== Recording $seconds s of $question under load (wrk -t2 -c32)"
wrk -t2 -c32 -d"$((seconds + 4))"s -s "$work/post.lua" "http://127.0.0.1:$api_port/graphql" >"$work/wrk.txt" &
wrk_pid=$!
sleep 2
perf record -F 997 -g -p "$api_pid" -o "$work/perf.data" -- sleep "$seconds" >/dev/null 2>&1
wait "$wrk_pid"
perf script -i "$work/perf.data" -F comm,tid,ip,sym,dso 2>/dev/null >"$work/perf.txt"

mkdir -p bench/results
python3 - "$work/perf.txt" "$work/wrk.txt" "$question" "$seconds" >"bench/results/profile-$question.md" <<'PY'
import re, sys, collections
samples, stack = [], []
for line in open(sys.argv[1], errors="replace"):
    if not line.strip():
        if stack: samples.append(stack)
        stack = []
    elif line.startswith((" ", "\t")):
        stack.append(line.strip())
if stack: samples.append(stack)
components = [
    ("GraphQL.NET execution", re.compile(r"\[GraphQL[^\]]*\] GraphQL")),
    ("EF Core", re.compile(r"\[Microsoft\.EntityFrameworkCore[^\]]*\]|\[Microsoft\.Data\.")),
    ("Npgsql", re.compile(r"\[Npgsql[^\]]*\]")),
    ("System.Text.Json", re.compile(r"\[System\.Text\.Json\]")),
    ("ASP.NET Core and Kestrel", re.compile(r"\[Microsoft\.AspNetCore[^\]]*\]|\[Microsoft\.Extensions[^\]]*\]")),
    ("GreenCommunity (resolvers, rules, loaders)", re.compile(r"\[GreenCommunity[^\]]*\]")),
    ("compiled expressions (EF Core shapers, property getters)", re.compile(r"Anonymously Hosted DynamicMethods")),
]
def charge(stack):
    leaf = stack[0]
    if "[kernel" in leaf: return "kernel (network, scheduling)"
    if "libcoreclr" in leaf: return "CLR runtime: GC, allocation, casts, dispatch (stripped: not split)"
    if "libclrjit" in leaf: return "JIT"
    if "libc.so" in leaf or "ld-linux" in leaf: return "libc (memory copies, locks)"
    for frame in stack:
        for name, pattern in components:
            if pattern.search(frame): return name
    return "other .NET (collections, threading, LINQ)"
def method(frame):
    m = re.match(r"\S+\s+(.*?)\s+\([^)]*\)$", frame)
    name = m.group(1) if m else frame
    name = re.sub(r"\[(QuickJitted|OptimizedTier1|Optimized|Tier0|Tier1|OptimizedTier1OSR|Instrumented[^\]]*)\]", "", name)
    return re.sub(r"\(.*", "", name)[-110:]
counts = collections.Counter(charge(s) for s in samples)
graphql_self = collections.Counter()
for s in samples:
    if charge(s) == "GraphQL.NET execution":
        graphql_self[method(next(f for f in s if components[0][1].search(f)))] += 1
total = sum(counts.values()) or 1
rps = re.search(r"Requests/sec:\s*([\d.]+)", open(sys.argv[2]).read())
print(f"# CPU profile: {sys.argv[3]}, cache off, PostgreSQL\n")
print(f"{total} samples at 997 Hz over {sys.argv[4]} s of load (wrk -t2 -c32, {rps.group(1) if rps else '?'} requests/s during the recording).\n")
print("**Self**: each sample charged to its leaf when that is the kernel, the CLR runtime, the JIT or libc, else to the")
print("innermost frame of a known component (so a dictionary lookup inside EF Core counts as EF Core).\n")
print("| component | share of the API's CPU |\n|---|---:|")
for name, n in counts.most_common():
    print(f"| {name} | {100 * n / total:.1f}% |")
print("\n**GraphQL.NET, by the innermost GraphQL.NET method** of the samples charged to it (top 15):\n")
print("| method | share of the API's CPU |\n|---|---:|")
for name, n in graphql_self.most_common(15):
    print(f"| `{name}` | {100 * n / total:.1f}% |")
PY
cat "bench/results/profile-$question.md"
