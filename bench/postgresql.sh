#!/usr/bin/env bash
# The computed path on PostgreSQL, side by side with hand-written Npgsql endpoints, in one run (issue #17).
#   bash bench/run.sh --provider postgresql [--scale 100] [--seed 42] [--duration 20] [--rounds 2] [--connections 32]
#   bash bench/run.sh --provider postgresql --short      # scale 5, 4 s runs, one round: checks the harness (< 3 min)
# Server: a private PostgreSQL cluster (initdb as the postgres user, its own port, data kept under
# bench/data/postgresql/ so the city is generated once, stopped at the end), or an existing server named by
# GREENCOMMUNITY_BENCH_POSTGRES (a connection string of a role that may create databases; statements are then counted
# only if that role may change log_statement). Loads the synthetic city with the API's own `migrate` and `generate`.
# Targets: the API with the public result cache on and off, the baseline (bench/Baseline) with plain Npgsql settings
# and tuned ones (Max Auto Prepare, No Reset On Close), alternating in rounds. Per run: throughput, p50/p99 (wrk),
# .NET and PostgreSQL CPU per request (/proc), bytes allocated per request (/diagnostics/allocated), and SQL
# statements per request counted in PostgreSQL's own log (log_statement=all during a counting pass, not under load).
# Writes bench/results/postgresql.md and .jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scale=100 seed=42 duration=20 rounds=2 connections=32 threads=2 warmup=5 short=0 port=5439
while (($#)); do
  case $1 in
    --provider) shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --short) short=1; scale=5 duration=4 rounds=1 warmup=2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
api_port=5311 uncached_port=5313 plain_port=5312 tuned_port=5314
data="$root/bench/data" results="$root/bench/results" work=$(mktemp -d)
mkdir -p "$data" "$results"
chmod 755 "$work"
pids=() cluster=""
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_postgres() { runuser -u postgres -- "$@"; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -n $cluster ]] && as_postgres "$pg_bin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The server. Tuned = what the API and the tuned baseline use; plain = Npgsql's defaults (pooled, DISCARD ALL on reuse).
database="greencommunity_bench_s${scale}_$seed"
if [[ -n ${GREENCOMMUNITY_BENCH_POSTGRES:-} ]]; then
  server="$GREENCOMMUNITY_BENCH_POSTGRES"
  admin_cs="$server"
  pg_log="" postmaster=""
  echo "== Using the PostgreSQL server of GREENCOMMUNITY_BENCH_POSTGRES"
else
  cluster="$data/postgresql"
  if [[ ! -f $cluster/PG_VERSION ]]; then
    echo "== Creating a private PostgreSQL cluster in $cluster (port $port)"
    install -d -o postgres -g postgres -m 700 "$cluster"
    as_postgres "$pg_bin/initdb" -D "$cluster" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  pg_log="$cluster/server.log"
  # log_statement is not set here: an option on the command line would outrank the counting pass's ALTER SYSTEM.
  as_postgres "$pg_bin/pg_ctl" -D "$cluster" -l "$pg_log" -w -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$cluster -c log_line_prefix='%m [%p] ' -c max_connections=200 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off" start >/dev/null
  postmaster=$(head -n 1 "$cluster/postmaster.pid")
  server="Host=127.0.0.1;Port=$port;Username=postgres"
  admin_cs="$server;Database=postgres"
fi
psql_admin() { python3 - "$admin_cs" "$1" <<'PY'
import sys, subprocess
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
env = {"PGHOST": parts.get("Host", "127.0.0.1"), "PGPORT": parts.get("Port", "5432"), "PGUSER": parts.get("Username", "postgres"),
       "PGPASSWORD": parts.get("Password", ""), "PGDATABASE": parts.get("Database", "postgres"), "PATH": "/usr/bin:/bin"}
r = subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sys.argv[2]], env=env, capture_output=True, text=True)
sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); sys.exit(r.returncode)
PY
}
base_cs="$server;Database=$database"
plain_cs="$base_cs;Maximum Pool Size=100"
tuned_cs="$base_cs;Maximum Pool Size=100;Max Auto Prepare=32;No Reset On Close=true"

echo "== Building (Release)"
dotnet build src/Api -c Release -p:SkipIde=true -v q -nologo >/dev/null
dotnet build bench/Baseline -c Release -v q -nologo >/dev/null
api_dll="$root/src/Api/bin/Release/net10.0/GreenCommunity.Api.dll"
baseline_dll="$root/bench/Baseline/bin/Release/net10.0/GreenCommunity.Baseline.dll"

key_hex=$(openssl rand -hex 32)
key_b64=$(echo -n "$key_hex" | xxd -r -p | base64 -w0)
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
export Database__Provider=PostgreSql ConnectionStrings__GreenCommunity="$tuned_cs"
export Database__MigrateOnStart=false Database__SeedSampleData=false
export Authentication__Schemes__Bearer__ValidIssuer=greencommunity-bench
export Authentication__Schemes__Bearer__ValidAudiences__0=greencommunity-api
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=greencommunity-bench
export Authentication__Schemes__Bearer__SigningKeys__0__Value="$key_b64"
export Logging__LogLevel__Default=Warning OpenData__PublicBaseUrl=http://127.0.0.1
export RateLimits__AnonymousPerWindow=2000000000 RateLimits__SignedInPerWindow=2000000000
export Diagnostics__AllocationEndpoint=true

exists=$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$database'")
[[ -n $exists ]] || psql_admin "CREATE DATABASE $database" >/dev/null
dotnet "$api_dll" migrate >/dev/null
if [[ -z $exists ]]; then
  echo "== Generating the synthetic city (scale $scale, seed $seed) into $database"
  start=$SECONDS
  dotnet "$api_dll" generate --scale "$scale" --seed "$seed" | tail -n 1
  echo "   generated in $((SECONDS - start)) s"
  psql_admin "ANALYZE" >/dev/null || true
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

echo "== Starting the API (cache on, cache off) and the baseline (plain, tuned) on loopback"
ASPNETCORE_URLS="http://127.0.0.1:$api_port" dotnet "$api_dll" >"$work/api.log" 2>&1 &
api_pid=$!; pids+=("$api_pid")
Caching__PublicResults=false Diagnostics__SqlCommandHeader=true ASPNETCORE_URLS="http://127.0.0.1:$uncached_port" dotnet "$api_dll" >"$work/uncached.log" 2>&1 &
uncached_pid=$!; pids+=("$uncached_pid")
ConnectionStrings__GreenCommunity="$plain_cs" ASPNETCORE_URLS="http://127.0.0.1:$plain_port" dotnet "$baseline_dll" >"$work/plain.log" 2>&1 &
plain_pid=$!; pids+=("$plain_pid")
ASPNETCORE_URLS="http://127.0.0.1:$tuned_port" dotnet "$baseline_dll" >"$work/tuned.log" 2>&1 &
tuned_pid=$!; pids+=("$tuned_pid")
for _ in $(seq 1 360); do
  curl -fs "http://127.0.0.1:$api_port/health/live" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$uncached_port/health/live" >/dev/null 2>&1 \
    && curl -fs "http://127.0.0.1:$plain_port/diagnostics/allocated" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$tuned_port/diagnostics/allocated" >/dev/null 2>&1 && break
  sleep 0.5
done

post() { # body file, [token], [port] -> prints body; writes headers to $work/headers
  curl -s -D "$work/headers" -H 'Content-Type: application/json' -H 'Accept: application/json' ${2:+-H "Authorization: Bearer $2"} \
    --data @"$1" "http://127.0.0.1:${3:-$api_port}/graphql"
}
body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$1" "$2" >"$work/$3.json"; }
same() { # api json, baseline json, label
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
if a.get("data") != b.get("data"):
    print(json.dumps(a)[:600]); print(json.dumps(b)[:600])
    raise SystemExit(f"the API and the baseline differ on {sys.argv[3]}")
field = next(iter(a["data"]))
print(f"   {sys.argv[3]}: identical, {len(a['data'][field]['nodes'])} nodes, totalCount {a['data'][field]['totalCount']}")
PY
}

year=2019
echo '{"query":"{ awards(first: 1, orderBy: [{ field: YEAR, direction: DESC }]) { nodes { year } } }"}' >"$work/latest-year.json"
# The first request of a cold process builds EF Core's model and JITs the path; on a loaded machine it may pass the
# execution timeout, so it is retried.
for _ in 1 2 3 4 5 6; do
  post "$work/latest-year.json" >"$work/latest-year.out"
  grep -q '"data"' "$work/latest-year.out" && break
  sleep 2
done
year=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); n=r.get("data", {}).get("awards", {}).get("nodes") if r.get("data") else sys.exit(f"the API answered {r}"); print(min(n[0]["year"] if n else 2019, 2019))' "$work/latest-year.out") \
  || { tail -n 20 "$work/api.log"; exit 1; }
body 'query Journalist($year: Int!) { awards(first: 100, where: { year: { eq: $year }, level: { eq: CITY } }, orderBy: [{ field: NAME }]) { totalCount nodes { id year score awardedOn community { code name { zh en } street { name { zh en } } district { code name { zh en } } } districtAtAward { code name { zh en } } } } }' "{\"year\": $year}" journalist
body 'query Queue { districtQueue(first: 50) { totalCount nodes { id status community { code name { en } } } } }' '{}' queue
reviewer=$(token reviewer-bench '["DistrictReviewer"]' '"district":["440104","440106"],')
echo '{"query":"{ indicators { code } districts { code } }"}' >"$work/lists.json"
post "$work/lists.json" >"$work/lists.out"
indicators=$(python3 -c 'import json,sys; print(",".join(i["code"] for i in json.load(open(sys.argv[1]))["data"]["indicators"]))' "$work/lists.out")
districts=$(python3 -c 'import json,sys; print(",".join(d["code"] for d in json.load(open(sys.argv[1]))["data"]["districts"]))' "$work/lists.out")
first_indicator=${indicators%%,*}
body 'query Series($indicator: String!, $district: String!, $from: Int!, $to: Int!) { observations(first: 100, where: { indicator: { eq: $indicator }, district: { eq: $district }, year: { gte: $from, lte: $to } }, orderBy: [{ field: COMMUNITY }, { field: YEAR }]) { totalCount nodes { community { code } year value provenance } } }' "{\"indicator\": \"$first_indicator\", \"district\": \"440106\", \"from\": 2010, \"to\": 2014}" research
body 'query Outcomes($indicator: String!) { statistics { fundingOutcomes(indicator: $indicator, groupBy: [CATEGORY, DISTRICT, YEAR]) { category district { code } year fundedCommunities unfundedCommunities suppressed fundedMeanChange unfundedMeanChange difference } } }' "{\"indicator\": \"$first_indicator\"}" funding

for port in "$uncached_port"; do
  for _ in 1 2 3 4 5 6; do post "$work/latest-year.json" "" "$port" | grep -q '"data"' && break; sleep 2; done
done

echo "== Checking the API and the baseline serve the same JSON"
post "$work/journalist.json" >"$work/api.json"
curl -s "http://127.0.0.1:$tuned_port/awards?year=$year" >"$work/baseline.json"
same "$work/api.json" "$work/baseline.json" journalist
post "$work/queue.json" "$reviewer" "$uncached_port" >"$work/api.json"
curl -s "http://127.0.0.1:$plain_port/queue?districts=440104,440106" >"$work/baseline.json"
same "$work/api.json" "$work/baseline.json" queue
post "$work/research.json" "" "$uncached_port" >"$work/api.json"
curl -s "http://127.0.0.1:$tuned_port/observations?indicator=$first_indicator&district=440106&from=2010&to=2014" >"$work/baseline.json"
same "$work/api.json" "$work/baseline.json" research
# The funding-outcome question has no hand-written twin: it is measured on its own (cache off, varying arguments).
post "$work/funding.json" "" "$uncached_port" >"$work/api.json"
python3 - "$work/api.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rows = (r.get("data") or {}).get("statistics", {}).get("fundingOutcomes")
if r.get("errors") or not rows:
    sys.exit("fundingOutcomes failed: " + json.dumps(r)[:400])
published = sum(1 for x in rows if not x["suppressed"])
print(f"   funding: {len(rows)} groups, {published} published")
PY

# target name -> port, how to load it (graphql body | research lua | GET path), token
declare -A port_of=([journalist-cached]=$api_port [journalist-uncached]=$uncached_port [journalist-plain]=$plain_port [journalist-tuned]=$tuned_port
  [queue-api]=$uncached_port [queue-plain]=$plain_port [queue-tuned]=$tuned_port [research-api]=$uncached_port [research-plain]=$plain_port [research-tuned]=$tuned_port [funding-api]=$uncached_port)
declare -A pid_of=([$api_port]=$api_pid [$uncached_port]=$uncached_pid [$plain_port]=$plain_pid [$tuned_port]=$tuned_pid)
targets=(journalist-cached journalist-uncached journalist-plain journalist-tuned queue-api queue-plain queue-tuned research-api research-plain research-tuned funding-api)
load_env() { # target -> env assignments for wrk
  case $1 in
    journalist-cached | journalist-uncached) echo "BODY_FILE=$work/journalist.json" ;;
    journalist-plain | journalist-tuned) echo "METHOD=GET PATH_AND_QUERY=/awards?year=$year" ;;
    queue-api) echo "BODY_FILE=$work/queue.json TOKEN=$reviewer" ;;
    queue-plain | queue-tuned) echo "METHOD=GET PATH_AND_QUERY=/queue?districts=440104,440106" ;;
    research-api | funding-api) echo "MODE=graphql" ;;
    research-plain | research-tuned) echo "MODE=baseline" ;;
  esac
}
run_wrk() { # target, seconds -> one JSON line
  local script=bench/lua/graphql.lua
  [[ $1 == research-* ]] && script=bench/lua/research.lua
  [[ $1 == funding-* ]] && script=bench/lua/funding.lua
  env $(load_env "$1") INDICATORS="$indicators" DISTRICTS="$districts" \
    wrk -t"$threads" -c"$connections" -d"$2s" --timeout 10s -s "$script" "http://127.0.0.1:${port_of[$1]}" | tail -n 1
}
ticks() { # pid [postmaster]: CPU ticks of a process; of a postmaster, with its children, living and reaped
  python3 - "$@" <<'PY'
import os, sys
def stat(pid):
    text = open(f"/proc/{pid}/stat").read()
    fields = text[text.rindex(")") + 2:].split()
    return fields  # fields[1] = ppid, [11..14] = utime stime cutime cstime
pid = sys.argv[1]
f = stat(pid)
total = int(f[11]) + int(f[12])
if len(sys.argv) > 2:
    total += int(f[13]) + int(f[14])
    for child in os.listdir("/proc"):
        if child.isdigit():
            try:
                c = stat(child)
            except OSError:
                continue
            if c[1] == pid:
                total += int(c[11]) + int(c[12]) + int(c[13]) + int(c[14])
print(total)
PY
}
allocated() { curl -fs "http://127.0.0.1:$1/diagnostics/allocated"; }

echo "== SQL statements per request, from PostgreSQL's log (20 requests one at a time per target, log_statement=all)"
: >"$work/statements.jsonl"
if [[ -n $pg_log ]] || psql_admin "ALTER SYSTEM SET log_statement = 'all'" >/dev/null 2>&1; then
  psql_admin "ALTER SYSTEM SET log_statement = 'all'" >/dev/null
  psql_admin "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  for target in "${targets[@]}"; do
    [[ $target == journalist-cached ]] && continue
    # one request first, so pools are open and statements prepared as under load
    env $(load_env "$target") INDICATORS="$indicators" DISTRICTS="$districts" wrk -t1 -c1 -d1s -s "$(case $target in research-*) echo bench/lua/research.lua ;; funding-*) echo bench/lua/funding.lua ;; *) echo bench/lua/graphql.lua ;; esac)" "http://127.0.0.1:${port_of[$target]}" >/dev/null
    sleep 2 # the warm-up's last statements reach the log before the count starts
    before=$(stat -c %s "$pg_log" 2>/dev/null || echo 0)
    for _ in $(seq 1 20); do
      case $target in
        journalist-uncached) post "$work/journalist.json" "" "$uncached_port" >/dev/null ;;
        queue-api) post "$work/queue.json" "$reviewer" "$uncached_port" >/dev/null ;;
        research-api) post "$work/research.json" "" "$uncached_port" >/dev/null ;;
        funding-api) post "$work/funding.json" "" "$uncached_port" >/dev/null ;;
        research-plain | research-tuned) curl -s "http://127.0.0.1:${port_of[$target]}/observations?indicator=$first_indicator&district=440106&from=2010&to=2014" >/dev/null ;;
        *) curl -s "http://127.0.0.1:${port_of[$target]}$(load_env "$target" | sed -n 's/.*PATH_AND_QUERY=//p')" >/dev/null ;;
      esac
    done
    sleep 1
    if [[ -n $pg_log ]]; then
      tail -c +"$((before + 1))" "$pg_log" >"$work/$target.sql.log"
      python3 - "$work/$target.sql.log" "$target" 20 >>"$work/statements.jsonl" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
entries = re.findall(r"LOG:  (statement|execute [^:]*): (.*)", text)
# The API's background work (the live events' outbox relay) is not the request's.
entries = [(kind, sql) for kind, sql in entries if "outbox" not in sql]
discard = sum(1 for _, sql in entries if sql.strip().upper().startswith("DISCARD ALL"))
prepared = sum(1 for kind, _ in entries if kind.startswith("execute") and "<unnamed>" not in kind)
n = int(sys.argv[3])
print(json.dumps({"target": sys.argv[2], "statements": round((len(entries) - discard) / n, 2), "discard_all": round(discard / n, 2), "prepared": round(prepared / n, 2)}))
PY
    fi
  done
  psql_admin "ALTER SYSTEM RESET log_statement" >/dev/null
  psql_admin "SELECT pg_reload_conf()" >/dev/null
  cat "$work/statements.jsonl" | sed 's/^/   /'
else
  echo "   skipped: the role of GREENCOMMUNITY_BENCH_POSTGRES may not change log_statement"
fi

echo "== Warming up (${warmup} s per target, not measured)"
for target in "${targets[@]}"; do run_wrk "$target" "$warmup" >/dev/null; done

echo "== Load: $connections connections, $threads threads, ${duration}s per run, $rounds alternating round(s)"
: >"$work/figures.jsonl"
hz=$(getconf CLK_TCK)
for round in $(seq 1 "$rounds"); do
  for target in "${targets[@]}"; do
    port=${port_of[$target]} pid=${pid_of[${port_of[$target]}]}
    a0=$(allocated "$port"); c0=$(ticks "$pid"); p0=${postmaster:+$(ticks "$postmaster" all)}
    line=$(run_wrk "$target" "$duration")
    a1=$(allocated "$port"); c1=$(ticks "$pid"); p1=${postmaster:+$(ticks "$postmaster" all)}
    pg=null; [[ -n $p0 ]] && pg=$((p1 - p0))
    echo "   $target (round $round): $line"
    echo "{\"target\":\"$target\",\"round\":$round,\"allocated\":$((a1 - a0)),\"dotnet_ticks\":$((c1 - c0)),\"pg_ticks\":$pg,\"hz\":$hz,\"figures\":$line}" >>"$work/figures.jsonl"
  done
done

cp "$work/figures.jsonl" "$results/postgresql.jsonl"
cat "$work/statements.jsonl" >>"$results/postgresql.jsonl"
python3 bench/report_postgresql.py "$work/figures.jsonl" "$work/statements.jsonl" "$scale" "$seed" "$connections" "$duration" "$rounds" "$short" >"$results/postgresql.md"
cat "$results/postgresql.md"
