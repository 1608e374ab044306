#!/usr/bin/env bash
# The jobs benchmark, against a Shiori that already runs on this machine with a database of its own (see
# bench/README.md, "Jobs benchmark"): build the bench jar, generate the catalog, then JobsData's patrons, expired
# holds, loans due, alerts and book list, build the index, and run hold-expiry, due-date-reminders and
# new-arrival-mail one after the other through the operator's REST API; then the book list's first page and CSV
# export from 20 clients, and pgbench for the database's own figure. Everything it prints is also written to
# bench/target/jobs-*.md.
#
# Settings (environment variables, defaults in brackets):
#   LIBRARY_ADMIN_USERNAME, LIBRARY_ADMIN_PASSWORD   the staff account Shiori was started with (required)
#   BENCH_DB_URL       [jdbc:postgresql://127.0.0.1:5432/shiori_bench]   BENCH_DB_USER [postgres]  BENCH_DB_PASSWORD
#   BENCH_TITLES       [500000]    BENCH_ITEMS   [1000000]   BENCH_SEED [42]
#   BENCH_HOLDS        [100000]    BENCH_LOANS   [100000]    BENCH_PATRONS [50000]
#   BENCH_ALERTS       [50000]     BENCH_NEW_TITLES [2000]   BENCH_ENTRIES [10000]
#   BENCH_SKIP_GENERATE=1   keep the data already loaded (the jobs then find nothing left to do)
#   BENCH_REINDEX=1    rebuild the whole index after generating (done anyway when this script generated the catalog)
#   BENCH_JOBS         [hold-expiry due-date-reminders new-arrival-mail booklist]
#   BENCH_JOB_TIMEOUT  [15m]   a job not done by then is reported at its rate so far, and stopped
#   BENCH_BASE         [http://localhost:8080]   BENCH_WARMUP [10s]   BENCH_DURATION [30s]   BENCH_CLIENTS [20]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)

DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/shiori_bench}
DB_USER=${BENCH_DB_USER:-postgres}
BASE=${BENCH_BASE:-http://localhost:8080}
JOBS=${BENCH_JOBS:-hold-expiry due-date-reminders new-arrival-mail booklist}
: "${LIBRARY_ADMIN_USERNAME:?set LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD to the account Shiori was started with (bench/README.md)}"
: "${LIBRARY_ADMIN_PASSWORD:?set LIBRARY_ADMIN_PASSWORD}"

mkdir -p "$bench/target"
results="$bench/target/jobs-$(date +%Y%m%d-%H%M%S).md"
exec > >(tee "$results") 2>&1

echo "# Jobs benchmark $(date -Iseconds)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Database: $DB_URL; service: $BASE"

echo
echo "## Build"
mvn -q -B -Dstyle.color=never -f "$bench/pom.xml" package
jar="$bench/target/shiori-bench.jar"

if ! curl -fsS -m 10 -o /dev/null "$BASE/health"; then
  echo "Shiori does not answer at $BASE/health: start it first (bench/README.md)." >&2
  exit 1
fi

db=(--url "$DB_URL" --user "$DB_USER")
[ -n "${BENCH_DB_PASSWORD:-}" ] && db+=(--password "$BENCH_DB_PASSWORD")
if [ "${BENCH_SKIP_GENERATE:-}" != 1 ]; then
  echo
  echo "## Generate"
  if [ "$(psql "${DB_URL#jdbc:}" -U "$DB_USER" -tAc "select count(*) from title where source = 'BENCH'" 2>/dev/null || echo 0)" = 0 ]; then
    java -cp "$jar" jp.shiori.bench.CatalogGenerator "${db[@]}" --titles "${BENCH_TITLES:-500000}" \
      --items "${BENCH_ITEMS:-1000000}" --seed "${BENCH_SEED:-42}"
    BENCH_REINDEX=1
  fi
  java -cp "$jar" jp.shiori.bench.JobsData "${db[@]}" --replace --patrons "${BENCH_PATRONS:-50000}" \
    --holds "${BENCH_HOLDS:-100000}" --loans "${BENCH_LOANS:-100000}" --alerts "${BENCH_ALERTS:-50000}" \
    --new-titles "${BENCH_NEW_TITLES:-2000}" --entries "${BENCH_ENTRIES:-10000}"
  if [ "${BENCH_REINDEX:-}" = 1 ]; then
    echo
    echo "## Full reindex"
    java -cp "$jar" jp.shiori.bench.JobsBench "${db[@]}" --base "$BASE" --job catalog-reindex
  fi
  # The new titles go to the index through the change log JobsData wrote; wait until the service drained it.
  for i in $(seq 1 120); do
    curl -fsS -m 5 "$BASE/health" | grep -q '"changesBehind" *: *"\?0"\?' && break
    sleep 1
  done
fi

failed=""
for job in $JOBS; do
  echo
  echo "## $job"
  java -cp "$jar" jp.shiori.bench.JobsBench "${db[@]}" --base "$BASE" --job "$job" --clients "${BENCH_CLIENTS:-20}" \
    --warmup "${BENCH_WARMUP:-10s}" --duration "${BENCH_DURATION:-30s}" --timeout "${BENCH_JOB_TIMEOUT:-15m}" \
    || failed="$failed $job"
done

# The database's own figure in the same window, for the machine's scale (bench/pgbench.sh).
source "$bench/pgbench.sh"
pgbench_prepare "$DB_URL" "$DB_USER" "${BENCH_PGBENCH_DB:-shiori_pgbench}"
pgbench_run 1 20s
pgbench_run 20 20s

echo
echo "All of the above is in $results"
if [ -n "$failed" ]; then
  echo "Failed:$failed" >&2
  exit 1
fi
