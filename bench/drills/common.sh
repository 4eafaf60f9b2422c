# Shared by the drills in bench/drills/ (sourced, not run): building the API, the synthetic city on SQLite or
# PostgreSQL, replicas, a Redis of the drill's own, nginx, the load driver and the acknowledged-write check.
# Every process a drill starts is recorded and stopped by drill_cleanup (the drill's EXIT trap), by its PID.
#
# Settings from the environment (all optional):
#   DRILL_CONFIGURATION  Release (default) or Debug: which build the replicas run (CI reuses its Debug build)
#   DRILL_NO_BUILD=1     use the build that is there
#   DRILL_POSTGRES       a libpq-style admin connection of a server whose role may create databases
#                        (default: $GREENCOMMUNITY_TEST_POSTGRES, as the tests use)
#   DRILL_REDIS_PORT     port of the drill's own Redis (default 6391; never the shared one)
#   DRILL_PORT_BASE      nginx listens on it, replicas on the next ports (default 5410)
#   DRILL_SCALE          synthetic city scale (default 10: 300 communities, 30 open evaluations)

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration=${DRILL_CONFIGURATION:-Release}
redis_port=${DRILL_REDIS_PORT:-6391}
port_base=${DRILL_PORT_BASE:-5410}
scale=${DRILL_SCALE:-10}
results="$root/bench/results"
mkdir -p "$results"
work=$(mktemp -d "${TMPDIR:-/tmp}/gc-drill.XXXXXX")
api_dll="$root/src/Api/bin/$configuration/net10.0/GreenCommunity.Api.dll"
drill_pids=() drill_redis=0 drill_nginx="" drill_pg_databases=() drill_cluster=""
declare -A replica_pid=()

log() { printf '%s %s\n' "$(date +%H:%M:%S.%3N)" "$*"; }

drill_cleanup() {
  local p
  for p in "${replica_pid[@]}" "${drill_pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [[ -n $drill_nginx && -f $drill_nginx/nginx.pid ]]; then kill "$(cat "$drill_nginx/nginx.pid")" 2>/dev/null || true; fi
  if ((drill_redis)); then redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true; fi
  for p in "${drill_pg_databases[@]}"; do pg_admin "DROP DATABASE IF EXISTS \"$p\" WITH (FORCE)" >/dev/null 2>&1 || true; done
  if [[ -n $drill_cluster ]]; then pg_dropcluster --stop ${drill_cluster/:/ } >/dev/null 2>&1 || true; fi
  wait 2>/dev/null || true
  if [[ -n ${DRILL_KEEP_WORK:-} ]]; then echo "work files kept in $work"; else rm -rf "$work"; fi
}

drill_build() {
  [[ -d tests/ws-client/node_modules ]] || npm ci --prefix tests/ws-client --no-audit --no-fund >/dev/null
  if [[ -z ${DRILL_NO_BUILD:-} ]]; then
    log "building ($configuration)"
    dotnet build src/Api -c "$configuration" -p:SkipIde=true -v q -nologo >/dev/null
  fi
  [[ -f $api_dll ]] || { echo "no build at $api_dll" >&2; exit 2; }
}

# The settings every replica shares: Production, JWTs signed by the drill's key, no migration on start (the drill
# migrates once, as a deployment does), per-client budgets lifted (all load comes from one address).
drill_settings() {
  key_hex=$(openssl rand -hex 32)
  export DRILL_KEY_HEX=$key_hex
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  export Logging__LogLevel__GreenCommunity=Information
  export OpenData__PublicBaseUrl=http://127.0.0.1
  export Database__MigrateOnStart=false Database__SeedSampleData=false
  export Authentication__Schemes__Bearer__ValidIssuer=greencommunity-bench
  export Authentication__Schemes__Bearer__ValidAudiences__0=greencommunity-api
  export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=greencommunity-bench
  export Authentication__Schemes__Bearer__SigningKeys__0__Value
  Authentication__Schemes__Bearer__SigningKeys__0__Value=$(echo -n "$key_hex" | xxd -r -p | base64 -w0)
  export RateLimits__AnonymousPerWindow=2000000000 RateLimits__SignedInPerWindow=2000000000
  export WebSockets__MaxConnectionsPerAddress=10000 WebSockets__MaxConnectionsPerSubject=10000
}

# --- databases ------------------------------------------------------------------------------------------------

# Field of a libpq-style connection string ("Host=...;Port=...").
conn_field() { tr ';' '\n' <<<"$1" | awk -F= -v k="$2" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'; }

pg_admin_conn=${DRILL_POSTGRES:-${GREENCOMMUNITY_TEST_POSTGRES:-}}
pg_admin() {
  PGPASSWORD=$(conn_field "$pg_admin_conn" Password) psql -X -q -At -v ON_ERROR_STOP=1 \
    -h "$(conn_field "$pg_admin_conn" Host)" -p "$(conn_field "$pg_admin_conn" Port || true)" \
    -U "$(conn_field "$pg_admin_conn" Username)" -d "${2:-postgres}" -c "$1"
}

# A synthetic city generated once per scale and provider and copied for each drill run.
# Sets ConnectionStrings__GreenCommunity and Database__Provider; sql() then queries the drill's database.
drill_database() { # sqlite|postgres
  local provider=$1 template
  if [[ $provider == sqlite ]]; then
    export Database__Provider=Sqlite
    template="$root/bench/data/drill-city-$scale.db"
    mkdir -p "$root/bench/data"
    if [[ ! -f $template ]]; then
      log "generating the synthetic city (scale $scale) on SQLite"
      ConnectionStrings__GreenCommunity="Data Source=$template.tmp" dotnet "$api_dll" migrate >/dev/null
      ConnectionStrings__GreenCommunity="Data Source=$template.tmp" dotnet "$api_dll" generate --scale "$scale" --seed 42 | tail -n 1
      mv "$template.tmp" "$template"
    fi
    cp "$template" "$work/city.db"
    export ConnectionStrings__GreenCommunity="Data Source=$work/city.db"
    ConnectionStrings__GreenCommunity="Data Source=$work/city.db" dotnet "$api_dll" migrate >/dev/null
    sql() { sqlite3 -batch -noheader -separator '|' "$work/city.db" "$1"; }
  else
    [[ -n $pg_admin_conn ]] || { echo "PostgreSQL drills need DRILL_POSTGRES or GREENCOMMUNITY_TEST_POSTGRES" >&2; exit 2; }
    export Database__Provider=PostgreSql
    template="gc_drill_city_$scale"
    local name="gc_drill_$$_${RANDOM}"
    local base
    base="Host=$(conn_field "$pg_admin_conn" Host);Port=$(conn_field "$pg_admin_conn" Port);Username=$(conn_field "$pg_admin_conn" Username);Password=$(conn_field "$pg_admin_conn" Password)"
    # Generated once into a template database: CREATE DATABASE ... TEMPLATE copies it in well under a second.
    if [[ $(pg_admin "SELECT count(*) FROM pg_database WHERE datname = '$template'") == 0 ]]; then
      log "generating the synthetic city (scale $scale) on PostgreSQL ($template)"
      pg_admin "CREATE DATABASE \"$template.tmp\""
      ConnectionStrings__GreenCommunity="$base;Database=$template.tmp" dotnet "$api_dll" migrate >/dev/null
      ConnectionStrings__GreenCommunity="$base;Database=$template.tmp" dotnet "$api_dll" generate --scale "$scale" --seed 42 | tail -n 1
      pg_admin "ALTER DATABASE \"$template.tmp\" RENAME TO \"$template\""
    fi
    drill_pg_databases+=("$name")
    pg_admin "CREATE DATABASE \"$name\" TEMPLATE \"$template\""
    export ConnectionStrings__GreenCommunity="$base;Database=$name;Maximum Pool Size=30"
    ConnectionStrings__GreenCommunity="$base;Database=$name" dotnet "$api_dll" migrate >/dev/null
    drill_db_name=$name
    sql() { pg_admin "$1" "$drill_db_name" | tr -d '\r'; }
  fi
}

# --- services -------------------------------------------------------------------------------------------------

drill_redis_start() {
  if redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
    if ((drill_redis)); then return; fi
    echo "port $redis_port already has a Redis this drill did not start; set DRILL_REDIS_PORT" >&2; exit 2
  fi
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
  drill_redis=1
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  export ConnectionStrings__Redis="127.0.0.1:$redis_port"
}

drill_redis_stop() { redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true; }

replica_port() { echo $((port_base + $1)); }

# Starts replica N (1..9) on port_base+N; its log is $work/replica-N.log (appended across restarts).
replica_start() {
  local n=$1 port
  port=$(replica_port "$n")
  # From the build's folder: its appsettings.json (JSON logs) and wwwroot are the content root's.
  (cd "$(dirname "$api_dll")" && ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet "$api_dll") >>"$work/replica-$n.log" 2>&1 &
  replica_pid[$n]=$!
}

# Waits until replica N answers /health/ready with 200; prints the seconds it took.
replica_wait_ready() {
  local n=$1 port start=$SECONDS
  port=$(replica_port "$n")
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then echo $((SECONDS - start)); return 0; fi
    kill -0 "${replica_pid[$n]}" 2>/dev/null || { echo "replica $n exited; its log:" >&2; tail -n 20 "$work/replica-$n.log" >&2; return 1; }
    sleep 0.1
  done
  echo "replica $n not ready after 60 s" >&2; return 1
}

# Stops replica N with a signal (TERM or KILL) and waits for the process to end (not in a subshell: the replica
# is this shell's child); sets stop_status (its exit status) and stop_seconds.
replica_stop() {
  local n=$1 signal=${2:-TERM} t0
  t0=$(date +%s%N)
  stop_status=0
  kill "-$signal" "${replica_pid[$n]}" 2>/dev/null || true
  wait "${replica_pid[$n]}" 2>/dev/null || stop_status=$?
  unset "replica_pid[$n]"
  stop_seconds=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
}

# nginx in front of replicas 1..N (bench/drills/nginx.conf), its own prefix and pid file under $work.
drill_nginx_start() {
  local count=$1 servers="" n
  for n in $(seq 1 "$count"); do servers+="    server 127.0.0.1:$(replica_port "$n") max_fails=1 fail_timeout=10s;\n"; done
  drill_nginx="$work/nginx"
  mkdir -p "$drill_nginx/logs"
  awk -v servers="$servers" -v port="$port_base" -v prefix="$drill_nginx" \
    '{ gsub(/@SERVERS@/, servers); gsub(/@PORT@/, port); gsub(/@PREFIX@/, prefix); print }' \
    bench/drills/nginx.conf >"$drill_nginx/nginx.conf"
  nginx -t -q -c "$drill_nginx/nginx.conf" -p "$drill_nginx"
  nginx -c "$drill_nginx/nginx.conf" -p "$drill_nginx"
}

# --- load and checks ------------------------------------------------------------------------------------------

# Starts the load driver (bench/drills/load.mjs) in the background; control files in $work/control.
load_start() { # http-base ws-url [options...]
  mkdir -p "$work/control"
  echo before >"$work/control/phase"
  node bench/drills/load.mjs --http "$1" --ws "$2" --control "$work/control" --out "$work/load.json" "${@:3}" \
    >"$work/load.log" 2>&1 &
  load_pid=$!
  drill_pids+=("$load_pid")
  for _ in $(seq 1 900); do
    [[ -f $work/control/running ]] && return 0
    kill -0 "$load_pid" 2>/dev/null || { cat "$work/load.log" >&2; return 1; }
    sleep 0.1
  done
  echo "the load driver did not start" >&2; cat "$work/load.log" >&2; return 1
}

load_phase() { echo "$1" >"$work/control/phase"; log "phase: $1"; }

load_stop() {
  touch "$work/control/stop"
  wait "$load_pid" || { cat "$work/load.log" >&2; return 1; }
}

# Dumps what the check needs from the database and compares it with the driver's record. Prints the report's
# lines and writes $work/check.json; returns 1 when a target is missed.
drill_check() { # title [--allow-failed] [--no-events]
  sql "SELECT e.application_id, e.version FROM evaluations e WHERE e.completed_at IS NULL" >"$work/db-evaluations.txt"
  sql "SELECT s.evaluation_id, e.application_id, m.subject, i.id, s.points FROM indicator_scores s JOIN evaluations e ON e.id = s.evaluation_id JOIN panel_members m ON m.id = s.panel_member_id JOIN indicators i ON i.id = s.indicator_id WHERE e.completed_at IS NULL" >"$work/db-scores.txt"
  sql "SELECT id, payload FROM outbox_messages WHERE kind = 'evaluation-progress'" >"$work/db-outbox.txt"
  # DRILL_ALLOW_TIMEOUTS=1 (CI's short forms): timed-out requests are reported, not failures (check.py --allow-timeouts).
  local extra=()
  if [[ -n ${DRILL_ALLOW_TIMEOUTS:-} ]]; then extra+=(--allow-timeouts); fi
  python3 bench/drills/check.py "$work" "$@" "${extra[@]}"
}
