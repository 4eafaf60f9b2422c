#!/usr/bin/env bash
# The reliability drills, one entry point. Each checks acknowledged writes against the database after its fault;
# method, targets and last figures are in docs/reliability.md.
#   bash bench/drills.sh [--short] [drill...]
# Drills (all when none is named):
#   race               100 clients write one record at once, on SQLite and on PostgreSQL (ContendedWriteTests)
#   kill-sqlite        SIGKILL a replica mid-write, SQLite          (bench/drills/faults.sh kill --db sqlite)
#   kill-postgres      SIGKILL a replica mid-write, PostgreSQL      (bench/drills/faults.sh kill --db postgres)
#   postgres-restart   restart PostgreSQL under load, private cluster on port 5440 (faults.sh postgres-restart)
#   redis-outage       Redis down for 20 s (8 s short) under load, two replicas (faults.sh redis-outage)
#   rolling-restart    three replicas behind nginx, each SIGTERMed and restarted in turn (bench/rolling-restart.sh)
# --short: the CI forms (about 2.5 minutes in all). PostgreSQL drills need GREENCOMMUNITY_TEST_POSTGRES (or
# DRILL_POSTGRES); postgres-restart runs pg_createcluster/pg_ctlcluster, so as root. Writes bench/results/drills.md;
# exits 3 when a drill missed an integrity target (an acknowledged write missing, an event lost or repeated, a
# corrupt SQLite file), 1 when drills missed only availability targets (failed requests), 0 when every target was met.
set -uo pipefail
cd "$(dirname "$0")/.."

short=() drills=()
for arg in "$@"; do
  case $arg in
    --short) short=(--short) ;;
    race | kill-sqlite | kill-postgres | postgres-restart | redis-outage | rolling-restart) drills+=("$arg") ;;
    *) echo "unknown drill or option: $arg" >&2; exit 2 ;;
  esac
done
((${#drills[@]})) || drills=(race kill-sqlite kill-postgres postgres-restart redis-outage rolling-restart)

mkdir -p bench/results
summary=bench/results/drills.md
: >"$summary"
failed=() broken=()
# The replicas' build is made once; each drill then reuses it.
export DRILL_CONFIGURATION=${DRILL_CONFIGURATION:-Release}
if [[ -z ${DRILL_NO_BUILD:-} ]]; then
  dotnet build src/Api -c "$DRILL_CONFIGURATION" -p:SkipIde=true -v q -nologo >/dev/null || exit 1
fi
export DRILL_NO_BUILD=1

for drill in "${drills[@]}"; do
  printf '\n=== drill: %s (%ss)\n' "$drill" "$SECONDS"
  started=$SECONDS
  case $drill in
    race)
      # The race is a test (tests/Api.Tests/Workflow/ContendedWriteTests.cs), run on each provider.
      dotnet build tests/Api.Tests -v q -nologo >/dev/null \
        && dotnet test tests/Api.Tests --no-build --filter 'FullyQualifiedName~ContendedWriteTests' --logger 'console;verbosity=normal' \
        && GREENCOMMUNITY_TEST_PROVIDER=PostgreSql dotnet test tests/Api.Tests --no-build --filter 'FullyQualifiedName~ContendedWriteTests' --logger 'console;verbosity=normal'
      ;;
    kill-sqlite) bash bench/drills/faults.sh kill --db sqlite "${short[@]}" ;;
    kill-postgres) bash bench/drills/faults.sh kill --db postgres "${short[@]}" ;;
    postgres-restart) bash bench/drills/faults.sh postgres-restart "${short[@]}" ;;
    redis-outage) bash bench/drills/faults.sh redis-outage --db postgres "${short[@]}" ;;
    rolling-restart) bash bench/rolling-restart.sh "${short[@]}" ;;
  esac
  status=$?
  ((status == 0)) || failed+=("$drill")
  ((status == 3)) && broken+=("$drill")
  result=bench/results/$drill.md
  [[ $drill == redis-outage ]] && result=bench/results/redis-outage-postgres.md
  {
    echo "## $drill: $([[ $status == 0 ]] && echo 'targets met' || echo 'TARGET MISSED') ($((SECONDS - started)) s)"
    echo
    [[ -f $result && $drill != race ]] && cat "$result"
    echo
  } >>"$summary"
done

printf '\n=== drills done in %ss: %s\n' "$SECONDS" "$( ((${#failed[@]})) && echo "missed targets: ${failed[*]}${broken[*]:+ (integrity: ${broken[*]})}" || echo 'every target met')"
((${#broken[@]} == 0)) || exit 3
((${#failed[@]} == 0))
