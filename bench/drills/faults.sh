#!/usr/bin/env bash
# Fault drills with two API replicas sharing one database and a Redis of the drill's own: the load driver
# (bench/drills/load.mjs) sends reads and acknowledged writes to replica 1 and holds its subscribers on replica 2;
# then the fault, then the check of every acknowledged write and every event against the database (check.py).
#   bash bench/drills/faults.sh kill --db sqlite|postgres [--short] [--kills 8]
#       SIGKILL replica 1 mid-write, restart it, again: writes in flight are not acknowledged (failed requests are
#       expected); no acknowledged write may be missing, every committed event reaches the subscribers once.
#   bash bench/drills/faults.sh postgres-restart [--short]
#       restart the PostgreSQL server (a private cluster of the drill's own, port 5440) under load: requests in the
#       outage must be 503 SERVICE_UNAVAILABLE (with Retry-After), the replicas recover without a restart.
#   bash bench/drills/faults.sh redis-outage --db sqlite|postgres [--short] [--outage 20]
#       stop Redis for --outage seconds and start it again empty: no request may fail, events wait and arrive once.
# Figures: bench/results/<drill>.md; method and last figures in docs/reliability.md.
set -euo pipefail
source "$(dirname "$0")/common.sh"
trap drill_cleanup EXIT

drill=${1:?kill, postgres-restart or redis-outage}; shift
db=postgres short=0 kills=8 outage=20
while (($#)); do
  case $1 in
    --db) db=$2; shift 2 ;;
    --short) short=1; shift ;;
    --kills) kills=$2; shift 2 ;;
    --outage) outage=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if ((short)); then kills=2 outage=8; fi
settle=$((short ? 3 : 8))
name=$drill; [[ $drill == postgres-restart ]] && db=postgres
[[ $drill == postgres-restart ]] || name="$drill-$db"

drill_build
drill_settings
# A dead replica's claimed events go to another after the lease: short, so the drill sees them relayed.
export Outbox__LeaseSeconds=3 Outbox__PollSeconds=1
if [[ $drill == postgres-restart ]]; then
  # The server restarted is a private cluster of the drill's own, never a shared one.
  pg_port=${DRILL_PRIVATE_POSTGRES_PORT:-5440} cluster_name="gcdrill$pg_port"
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if pg_lsclusters --no-header | awk '{print $3}' | grep -qx "$pg_port"; then echo "port $pg_port is taken by a cluster" >&2; exit 2; fi
  log "creating a private PostgreSQL $pg_version cluster on port $pg_port"
  pg_createcluster "$pg_version" "$cluster_name" --port "$pg_port" --start >/dev/null
  drill_cluster="$pg_version:$cluster_name"
  password=$(openssl rand -hex 12)
  runuser -u postgres -- psql -X -q -p "$pg_port" -c "CREATE ROLE drill LOGIN CREATEDB PASSWORD '$password'"
  # The city: generated on the shared server once (a template there), copied here.
  drill_database postgres
  runuser -u postgres -- psql -X -q -p "$pg_port" -c "CREATE DATABASE city OWNER drill"
  PGPASSWORD=$(conn_field "$pg_admin_conn" Password) pg_dump -h "$(conn_field "$pg_admin_conn" Host)" -p "$(conn_field "$pg_admin_conn" Port)" \
    -U "$(conn_field "$pg_admin_conn" Username)" --no-owner "$drill_db_name" \
    | PGPASSWORD=$password psql -X -q -h 127.0.0.1 -p "$pg_port" -U drill -d city >/dev/null
  export ConnectionStrings__GreenCommunity="Host=127.0.0.1;Port=$pg_port;Username=drill;Password=$password;Database=city;Maximum Pool Size=30"
  sql() { PGPASSWORD=$password psql -X -q -At -h 127.0.0.1 -p "$pg_port" -U drill -d city -c "$1"; }
else
  drill_database "$db"
fi
drill_redis_start
log "starting two replicas ($db)"
replica_start 1; replica_start 2
replica_wait_ready 1 >/dev/null; replica_wait_ready 2 >/dev/null
load_start "http://127.0.0.1:$(replica_port 1)" "ws://127.0.0.1:$(replica_port 2)/graphql" --readers 3 --writers 4 --subscribers 4
sleep "$settle"
load_phase fault
fault_started=$(date +%s%N)
check_flags=()
# How many writes the driver has seen acknowledged (the file is rewritten every 50 ms: empty reads as 0).
acknowledged() { local n; n=$(cat "$work/control/acknowledged" 2>/dev/null); echo "${n:-0}"; }
case $drill in
  kill)
    for k in $(seq 1 "$kills"); do
      # Mid-write: once writes are acknowledged again (a cold replica's first ones are slow), the writers keep a
      # write in flight almost all the time.
      acked=$(acknowledged)
      for _ in $(seq 1 600); do
        (($(acknowledged) >= acked + 4)) && break
        sleep 0.1
      done
      sleep "0.$((RANDOM % 9 + 1))"
      replica_stop 1 KILL
      replica_start 1
      ready=$(replica_wait_ready 1)
      log "kill $k: replica 1 killed (status $stop_status), ready again after $ready s"
      sleep 1
    done
    check_flags+=(--allow-failed)
    ;;
  postgres-restart)
    log "restarting PostgreSQL (pg_ctlcluster $pg_version $cluster_name restart)"
    pg_ctlcluster "$pg_version" "$cluster_name" restart -m fast
    log "PostgreSQL is back"
    for n in 1 2; do replica_wait_ready "$n" >/dev/null; done
    check_flags+=(--allow-503)
    ;;
  redis-outage)
    log "stopping Redis for $outage s"
    drill_redis_stop
    sleep "$outage"
    drill_redis=0
    drill_redis_start
    log "Redis is back (empty)"
    ;;
  *) echo "unknown drill $drill" >&2; exit 2 ;;
esac
fault_seconds=$(awk -v a="$fault_started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
load_phase after
sleep "$((settle + 3))"
load_stop

log "checking the database against the acknowledged writes"
set +e
check=$(drill_check "${check_flags[@]}")
ok=$?
set -e
if [[ $db == sqlite ]]; then
  integrity=$(sqlite3 "$work/city.db" 'PRAGMA integrity_check')
  [[ $integrity == ok ]] || ok=3
  check+=$'\n'"  SQLite integrity_check: $integrity"
fi
errors=$(cat "$work"/replica-*.log | grep -c '"LogLevel":"Error"' || true)
warnings=$(cat "$work"/replica-*.log | grep -c '"LogLevel":"Warning"' || true)
{
  case $drill in
    kill) echo "Two replicas ($configuration) on $db and Redis; replica 1 (reads and writes) SIGKILLed $kills times mid-write and restarted; subscribers on replica 2." ;;
    postgres-restart) echo "Two replicas ($configuration) on a private PostgreSQL cluster and Redis; the server restarted (fast shutdown) under load; subscribers on replica 2." ;;
    redis-outage) echo "Two replicas ($configuration) on $db; Redis stopped for $outage s and started again empty under load; subscribers on replica 2." ;;
  esac
  echo
  echo '```'
  echo "$check"
  echo "  fault phase: $fault_seconds s; replica log lines: $errors at Error, $warnings at Warning"
  echo '```'
} | tee "$results/$name.md" >/dev/null
cat "$results/$name.md"
exit $ok
