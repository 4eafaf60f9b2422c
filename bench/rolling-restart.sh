#!/usr/bin/env bash
# Rolling-restart drill: three API replicas (Production settings) behind nginx on loopback, sharing one new
# PostgreSQL database and a Redis of the drill's own, under mixed anonymous reads (GET and POST), acknowledged
# writes and graphql-ws subscribers through nginx. Each replica in turn gets SIGTERM, drains, exits and is started
# again; the next one goes once it is ready (/health/ready). Reports failed requests, lost and repeated events,
# acknowledged writes missing from the database, and p50/p99 latency before, during and after the roll
# (bench/results/rolling-restart.md). Exits 1 when a target is missed: a failed request, a lost or repeated event,
# a missing acknowledged write.
#   bash bench/rolling-restart.sh [--short] [--rounds 2] [--settle 15]
# --short (CI): one round, 5 s of load before and after. Settings: bench/drills/common.sh (DRILL_* variables).
# Method and last figures: docs/reliability.md.
set -euo pipefail
source "$(dirname "$0")/drills/common.sh"
trap drill_cleanup EXIT

rounds=2 settle=15
while (($#)); do
  case $1 in
    --short) rounds=1 settle=5; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
replicas=3

drill_build
drill_settings
drill_database postgres
drill_redis_start
log "starting $replicas replicas and nginx on 127.0.0.1:$port_base"
for n in $(seq 1 $replicas); do replica_start "$n"; done
for n in $(seq 1 $replicas); do replica_wait_ready "$n" >/dev/null; done
drill_nginx_start $replicas
load_start "http://127.0.0.1:$port_base" "ws://127.0.0.1:$port_base/graphql"
sleep "$settle"

load_phase roll
roll_started=$SECONDS
for round in $(seq 1 "$rounds"); do
  for n in $(seq 1 $replicas); do
    replica_stop "$n" TERM
    replica_start "$n"
    ready=$(replica_wait_ready "$n")
    log "round $round: replica $n exited with $stop_status after $stop_seconds s; ready again after $ready s"
    [[ $stop_status == 0 ]] || { echo "replica $n exited with status $stop_status" >&2; exit 1; }
  done
done
roll_seconds=$((SECONDS - roll_started))
load_phase after
sleep "$settle"
load_stop

log "checking the database against the acknowledged writes"
set +e
check=$(drill_check)
ok=$?
set -e
echo "$check"
errors=$(cat "$work"/replica-*.log | grep -c '"LogLevel":"Error"' || true)
upstream=$(grep -c 'upstream' "$drill_nginx/logs/error.log" || true)
{
  echo "Three replicas ($configuration, Production settings) behind nginx $(nginx -v 2>&1 | sed 's/.*\///'), one PostgreSQL database, one Redis;"
  echo "$rounds round(s) of SIGTERM + restart of each replica in turn (${roll_seconds} s), ${settle} s of load before and after."
  echo
  echo '```'
  echo "$check"
  echo "  replica log lines at Error: $errors; nginx error-log lines about upstreams: $upstream"
  echo '```'
} | tee "$results/rolling-restart.md" >/dev/null
grep 'upstream' "$drill_nginx/logs/error.log" | head -n 5 || true
exit $ok
