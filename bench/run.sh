#!/usr/bin/env bash
# The catalog benchmark end to end, against a Shiori that already runs on this machine with a database of
# its own (see bench/README.md): build the bench jar, generate the catalog into the database, time the
# full reindex, load the REST search with 1 and then 20 clients, and print the rows for docs/PERFORMANCE.md
# with the index size and the heap; after each load, pgbench (TPC-B-like, scale 10) with as many clients for as
# long, and our latencies as multiples of its average. Everything it prints is also written to
# bench/target/results-*.md.
#
# Needs the staff account Shiori was started with, LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD (the job
# API that starts the reindex is for staff).
#
# Settings (environment variables, defaults in brackets):
#   BENCH_DB_URL       JDBC URL of Shiori's database  [jdbc:postgresql://127.0.0.1:5432/shiori_bench]
#   BENCH_DB_USER      [postgres]    BENCH_DB_PASSWORD  [none]
#   BENCH_TITLES       [500000]      BENCH_ITEMS        [1000000]      BENCH_SEED  [42]
#   BENCH_REPLACE=1    delete earlier BENCH rows first (otherwise the generator refuses to load twice)
#   BENCH_SKIP_GENERATE=1   keep the data already loaded (same BENCH_TITLES and BENCH_SEED as then)
#   BENCH_BASE         [http://localhost:8080]   (this machine only)
#   BENCH_WARMUP       [30s]         BENCH_DURATION     [120s]
#   BENCH_INDEX_DIR    [server-config/target/payara6/glassfish/domains/domain1/shiori-index]
#   BENCH_PGBENCH_DB   [shiori_pgbench]  pgbench's own database on the same server (created, scale 10, if missing)
#   BENCH_PGBENCH=0    leave pgbench out (the report then has no ratios)
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")

DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/shiori_bench}
DB_USER=${BENCH_DB_USER:-postgres}
TITLES=${BENCH_TITLES:-500000}
ITEMS=${BENCH_ITEMS:-1000000}
SEED=${BENCH_SEED:-42}
BASE=${BENCH_BASE:-http://localhost:8080}
WARMUP=${BENCH_WARMUP:-30s}
DURATION=${BENCH_DURATION:-120s}
INDEX_DIR=${BENCH_INDEX_DIR:-$root/server-config/target/payara6/glassfish/domains/domain1/shiori-index}

if [ -z "${LIBRARY_ADMIN_USERNAME:-}" ] || [ -z "${LIBRARY_ADMIN_PASSWORD:-}" ]; then
  echo "Set LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD to the administrator Shiori was started with" \
    "(bench/README.md): the job API that starts the reindex is for staff." >&2
  exit 2
fi

grouped() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

case "$BASE" in
  http://localhost[:/]*|http://localhost|http://127.0.0.1[:/]*|http://127.0.0.1|http://\[::1\]*) ;;
  *) echo "BENCH_BASE must be on this machine (localhost, 127.0.0.1 or [::1]): $BASE" >&2; exit 2 ;;
esac

mkdir -p "$bench/target"
results="$bench/target/results-$(date +%Y%m%d-%H%M%S).md"
exec > >(tee "$results") 2>&1

echo "# Catalog benchmark $(date -Iseconds)"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
echo "Database: $DB_URL; service: $BASE; $(grouped "$TITLES") titles, $(grouped "$ITEMS") items, seed $SEED"

echo
echo "## Build"
mvn -q -B -Dstyle.color=never -f "$bench/pom.xml" package
jar="$bench/target/shiori-bench.jar"

if ! curl -fsS -m 10 -o /dev/null "$BASE/health"; then
  echo "Shiori does not answer at $BASE/health: start it first (bench/README.md)." >&2
  exit 1
fi

if [ "${BENCH_SKIP_GENERATE:-}" != 1 ]; then
  echo
  echo "## Generate"
  args=(--url "$DB_URL" --user "$DB_USER" --titles "$TITLES" --items "$ITEMS" --seed "$SEED")
  [ -n "${BENCH_DB_PASSWORD:-}" ] && args+=(--password "$BENCH_DB_PASSWORD")
  [ "${BENCH_REPLACE:-}" = 1 ] && args+=(--replace)
  java -cp "$jar" jp.shiori.bench.CatalogGenerator "${args[@]}"
fi

echo
echo "## Full reindex"
java -cp "$jar" jp.shiori.bench.ReindexTimer --base "$BASE"

source "$bench/pgbench.sh"
pgbench_prepare "$DB_URL" "$DB_USER" "${BENCH_PGBENCH_DB:-shiori_pgbench}"
summary=()
for clients in 1 20; do
  echo
  echo "## Search, $clients client(s)"
  out=$(mktemp)
  java -cp "$jar" jp.shiori.bench.SearchLoad --base "$BASE" --clients "$clients" --warmup "$WARMUP" \
    --duration "$DURATION" --seed "$SEED" --titles "$TITLES" \
    --label "$(grouped "$TITLES") titles, $(grouped "$ITEMS") items" | tee "$out"
  pgbench_run "$clients" "$DURATION"
  summary+=("$(pgbench_ratio_row "$out" "**all**" "$clients" "catalog search")")
  rm -f "$out"
done
pgbench_ratio_table "${summary[@]}"

echo
echo "## Index and heap"
if [ -d "$INDEX_DIR" ]; then
  echo "Index: $(du -sh "$INDEX_DIR" | cut -f1) in $INDEX_DIR"
else
  echo "Index directory not found: $INDEX_DIR (set BENCH_INDEX_DIR)"
fi
pid=$(jcmd -l 2>/dev/null | awk '/ASMain|glassfish/ {print $1; exit}')
if [ -n "$pid" ]; then
  echo "Payara JVM $pid:"
  jcmd "$pid" GC.heap_info | sed 's/^/    /'
  echo "Resident: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MB", $1/1024}')"
else
  echo "No Payara JVM found by jcmd -l: record the heap with jcmd <pid> GC.heap_info"
fi
if command -v psql >/dev/null && [[ "$DB_URL" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]]; then
  echo "Database size: $(PGPASSWORD=${BENCH_DB_PASSWORD:-} psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[3]:-5432}" \
    -U "$DB_USER" -d "${BASH_REMATCH[4]}" -Atc 'select pg_size_pretty(pg_database_size(current_database()))')"
fi

echo
echo "## Rows for docs/PERFORMANCE.md"
grep -A1 '^Row for docs/PERFORMANCE.md:' "$results" | grep '^|' || true
echo
echo "All of the above is in $results"
