#!/usr/bin/env bash
# The circulation benchmark, against a Shiori that already runs on this machine with a database of its own
# (see bench/README.md): build the bench jar, generate the catalog (1,000,000 items), 100,000 patrons and
# 200,000 open loans into the database, build the search index (each check-out and check-in updates the
# title in it), then lend and take back items through REST with 1 and then 20 clients, each followed by
# the desk-day mix (DeskDayLoad: holds trapped and in transit, renewals and lists from My page, placements and
# cancels) with as many desks, and by
# pgbench (TPC-B-like, scale 10) with as many clients for as long, and prints our latencies as multiples of
# pgbench's average latency. Everything it prints is also written to bench/target/circulation-*.md.
#
# Needs the staff account Shiori was started with: LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD (the
# job API and the desk's operations are for staff).
#
# Settings (environment variables, defaults in brackets):
#   BENCH_DB_URL       JDBC URL of Shiori's database  [jdbc:postgresql://127.0.0.1:5432/shiori_bench]
#   BENCH_DB_USER      [postgres]    BENCH_DB_PASSWORD  [none]
#   BENCH_TITLES       [500000]      BENCH_ITEMS        [1000000]      BENCH_SEED  [42]
#   BENCH_PATRONS      [100000]      BENCH_LOANS        [200000]
#   BENCH_SKIP_GENERATE=1   keep the data already loaded
#   BENCH_BASE         [http://localhost:8080]   (this machine only)
#   BENCH_WARMUP       [30s]         BENCH_DURATION     [120s]
#   BENCH_CLIENTS      ["1 20"]      the client counts, for our load and pgbench alike
#   BENCH_PGBENCH_DB   [shiori_pgbench]  pgbench's own database on the same server (created, scale 10, if missing)
#   BENCH_PGBENCH=0    leave pgbench out (the report then has no ratios)
#   BENCH_DESK_DAY=0   leave the desk-day mix (DeskDayLoad) out
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)

DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/shiori_bench}
DB_USER=${BENCH_DB_USER:-postgres}
TITLES=${BENCH_TITLES:-500000}
ITEMS=${BENCH_ITEMS:-1000000}
SEED=${BENCH_SEED:-42}
PATRONS=${BENCH_PATRONS:-100000}
LOANS=${BENCH_LOANS:-200000}
BASE=${BENCH_BASE:-http://localhost:8080}
WARMUP=${BENCH_WARMUP:-30s}
DURATION=${BENCH_DURATION:-120s}
CLIENTS=${BENCH_CLIENTS:-1 20}
PGBENCH_DB=${BENCH_PGBENCH_DB:-shiori_pgbench}

if [ -z "${LIBRARY_ADMIN_USERNAME:-}" ] || [ -z "${LIBRARY_ADMIN_PASSWORD:-}" ]; then
  echo "Set LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD to the administrator Shiori was started with" \
    "(bench/README.md): the desk's operations and the job API are for staff." >&2
  exit 2
fi

grouped() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

mkdir -p "$bench/target"
results="$bench/target/circulation-$(date +%Y%m%d-%H%M%S).md"
exec > >(tee "$results") 2>&1

echo "# Circulation benchmark $(date -Iseconds)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
echo "Database: $DB_URL; service: $BASE; $(grouped "$ITEMS") items, $(grouped "$PATRONS") patrons, $(grouped "$LOANS") open loans"

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
  java -cp "$jar" jp.shiori.bench.CatalogGenerator "${db[@]}" --titles "$TITLES" --items "$ITEMS" --seed "$SEED"
  java -cp "$jar" jp.shiori.bench.LoanGenerator "${db[@]}" --patrons "$PATRONS" --loans "$LOANS"
  echo
  echo "## Full reindex"
  java -cp "$jar" jp.shiori.bench.ReindexTimer --base "$BASE"
fi

source "$bench/pgbench.sh"
pgbench_prepare "$DB_URL" "$DB_USER" "$PGBENCH_DB"

summary=()
for clients in $CLIENTS; do
  echo
  echo "## Check-out and check-in, $clients client(s)"
  out=$(mktemp)
  status=0
  java -cp "$jar" jp.shiori.bench.CirculationLoad "${db[@]}" --base "$BASE" --clients "$clients" --warmup "$WARMUP" \
    --duration "$DURATION" --label "$(grouped "$ITEMS") items, $(grouped "$PATRONS") patrons, $(grouped "$LOANS") open loans" \
    | tee "$out" || status=$?
  pgbench_run "$clients" "$DURATION"
  for op in check-out check-in; do
    summary+=("$(pgbench_ratio_row "$out" "$op" "$clients")")
  done
  if [ "$status" != 0 ]; then
    echo "CirculationLoad failed with $clients client(s) (exit $status): see the errors above." >&2
    exit "$status"
  fi
  if [ "${BENCH_DESK_DAY:-1}" != 0 ]; then
    echo
    echo "## Desk day, $clients desk(s)"
    java -cp "$jar" jp.shiori.bench.DeskDayLoad "${db[@]}" --base "$BASE" --clients "$clients" --warmup "$WARMUP" \
      --duration "$DURATION" --label "$(grouped "$ITEMS") items, $(grouped "$PATRONS") patrons" | tee "$out" || status=$?
    for op in "check-out" "check-in, no hold" "check-in, hold here (trap)" "renewal (My page)" "My page loans" \
        "hold placement (My page)"; do
      summary+=("$(pgbench_ratio_row "$out" "$op" "$clients" "desk day: $op")")
    done
    if [ "$status" != 0 ]; then
      echo "DeskDayLoad failed with $clients desk(s) (exit $status): see the errors above." >&2
      exit "$status"
    fi
  fi
  rm -f "$out"
done

pgbench_ratio_table "${summary[@]}"

echo
echo "All of the above is in $results"
