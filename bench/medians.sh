#!/usr/bin/env bash
# Allocations, SQL statements and latency per request of the median queries (statistics.indicatorStatistics and
# scoreDistribution), on the synthetic city (SQLite), one request at a time: docs/benchmarks.md, "Medians".
#   bash bench/medians.sh [--scale 100] [--seed 42] [--requests 20] [--dll path/to/GreenCommunity.Api.dll]
# Builds the API (Release) unless --dll names one (to measure another commit's build on the same city), generates
# the city once (bench/data/, as bench/run.sh does), starts the API on loopback with the public result cache off and
# Diagnostics:AllocationEndpoint and Diagnostics:SqlCommandHeader on, warms each query up with 5 requests, then sends
# it --requests times and divides the bytes the process allocated in between (GET /diagnostics/allocated) by them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scale=100 seed=42 requests=20 dll="" port=5311
while (($#)); do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --dll) dll=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
db="$root/bench/data/scale-$scale-seed-$seed.db"
mkdir -p "$root/bench/data"
if [[ -z $dll ]]; then
  echo "== Building (Release)"
  dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
  dll="$root/src/Api/bin/Release/net10.0/GreenCommunity.Api.dll"
fi

export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
export Database__Provider=Sqlite ConnectionStrings__GreenCommunity="Data Source=$db"
export Database__MigrateOnStart=false Database__SeedSampleData=false
export OpenData__PublicBaseUrl=http://127.0.0.1 Logging__LogLevel__Default=Warning
export RateLimits__AnonymousPerWindow=2000000000
export Caching__PublicResults=false Diagnostics__AllocationEndpoint=true Diagnostics__SqlCommandHeader=true

fresh=0; [[ -f $db ]] || fresh=1
dotnet "$dll" migrate >/dev/null
if ((fresh)); then
  echo "== Generating the synthetic city (scale $scale, seed $seed) into $db"
  dotnet "$dll" generate --scale "$scale" --seed "$seed" | tail -n 1
fi

ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$dll" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break; sleep 0.5; done

echo "== Scale $scale (seed $seed), $requests requests per query, one at a time"
python3 - "$port" "$requests" "$pid" <<'PY'
import http.client, json, statistics, sys, time
port, n, pid = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
queries = {
    "indicatorStatistics by YEAR": '{ statistics { indicatorStatistics(indicator: "waste-sorting-participation", groupBy: [YEAR]) { group { year } count mean median min max } } }',
    "indicatorStatistics by DISTRICT, YEAR": '{ statistics { indicatorStatistics(indicator: "waste-sorting-participation", groupBy: [DISTRICT, YEAR]) { group { district { code } year } count mean median min max } } }',
    "scoreDistribution": '{ statistics { scoreDistribution(binWidth: 5) { summary { count mean median min max } bins { count } } } }',
}

def post(query):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.request("POST", "/graphql", json.dumps({"query": query}), {"Content-Type": "application/json", "Accept": "application/json"})
    response = connection.getresponse()
    body, sql = json.loads(response.read()), response.getheader("X-Sql-Commands")
    connection.close()
    if "errors" in body:
        raise SystemExit(json.dumps(body)[:500])
    return body["data"]["statistics"], sql

def allocated():
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/diagnostics/allocated")
    value = int(connection.getresponse().read())
    connection.close()
    return value

print("| query | values | groups | KiB allocated/request | SQL statements/request | p50 ms |")
print("|---|---:|---:|---:|---:|---:|")
for name, query in queries.items():
    for _ in range(5):
        post(query)
    before, times = allocated(), []
    for _ in range(n):
        start = time.perf_counter()
        data, sql = post(query)
        times.append((time.perf_counter() - start) * 1000)
    per_request = (allocated() - before) / n / 1024
    rows = data.get("indicatorStatistics")
    values = sum(r["count"] for r in rows) if rows is not None else data["scoreDistribution"]["summary"]["count"]
    print(f"| {name} | {values} | {len(rows) if rows is not None else 1} | {per_request:,.0f} | {sql} | {statistics.median(times):.1f} |")
hwm = next(line.split()[1] for line in open(f"/proc/{pid}/status") if line.startswith("VmHWM"))
print(f"\nAPI process peak resident memory (VmHWM): {int(hwm) // 1024} MiB")
PY
