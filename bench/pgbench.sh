# pgbench beside our load, sourced by circulation.sh and run.sh: the database's own figure in the same window,
# so every report states our latencies as multiples of what PostgreSQL itself needs for a small transaction.
# pgbench's TPC-B-like script (scale 10: 1,000,000 accounts) runs in a database of its own on the same server,
# with as many clients as our load had and for as long as it was measured.
#
#   pgbench_prepare JDBC_URL USER DBNAME   creates and initialises DBNAME when it has no pgbench tables
#   pgbench_run CLIENTS DURATION           runs it; sets PGBENCH_LATENCY[CLIENTS] (average, ms) and PGBENCH_TPS
#   pgbench_ratio_row FILE LABEL CLIENTS [SHOWN]  a row of our median and p99 (from the table row LABEL in FILE)
#                                          over pgbench's average latency at CLIENTS, named SHOWN (LABEL)
#   pgbench_ratio_table ROW...             prints the rows under their header
# BENCH_PGBENCH=0 leaves pgbench out; so does a machine without pgbench (said in the report).

declare -A PGBENCH_LATENCY=()
declare -A PGBENCH_TPS=()
PGBENCH_OFF=${PGBENCH_OFF:-}

# 30s, 2m, 1h or bare seconds -> seconds
pgbench_seconds() {
  case "$1" in
    *ms) echo $(( (${1%ms} + 999) / 1000 )) ;;
    *s) echo "${1%s}" ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *h) echo $(( ${1%h} * 3600 )) ;;
    *) echo "$1" ;;
  esac
}

pgbench_prepare() {
  local url=$1 user=$2 name=$3
  if [ "${BENCH_PGBENCH:-1}" = 0 ]; then
    PGBENCH_OFF="left out (BENCH_PGBENCH=0)"
  elif ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
    PGBENCH_OFF="left out: no pgbench on this machine (Debian: apt-get install postgresql-client)"
  elif ! [[ "$url" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/ ]]; then
    PGBENCH_OFF="left out: cannot read host and port from $url"
  else
    PGBENCH_HOST=${BASH_REMATCH[1]}
    PGBENCH_PORT=${BASH_REMATCH[3]:-5432}
    PGBENCH_USER=$user
    PGBENCH_NAME=$name
  fi
  if [ -n "$PGBENCH_OFF" ]; then
    echo "pgbench: $PGBENCH_OFF"
    return 0
  fi
  export PGPASSWORD=${BENCH_DB_PASSWORD:-}
  local conn=(-h "$PGBENCH_HOST" -p "$PGBENCH_PORT" -U "$PGBENCH_USER")
  if ! psql "${conn[@]}" -d "$name" -Atqc "select count(*) from pgbench_branches" 2>/dev/null | grep -qx 10; then
    echo
    echo "## pgbench: initialising $name (scale 10)"
    psql "${conn[@]}" -d postgres -Atqc "select 1 from pg_database where datname = '$name'" | grep -q 1 \
      || createdb "${conn[@]}" "$name"
    pgbench "${conn[@]}" -i -s 10 -q "$name" 2>&1 | tail -2
  fi
}

pgbench_run() {
  local clients=$1 seconds
  seconds=$(pgbench_seconds "$2")
  [ -n "$PGBENCH_OFF" ] && return 0
  local threads=$(( clients < 2 ? clients : 2 ))
  echo
  echo "## pgbench (TPC-B-like, scale 10), $clients client(s), $seconds s"
  local out
  out=$(pgbench -h "$PGBENCH_HOST" -p "$PGBENCH_PORT" -U "$PGBENCH_USER" -n -c "$clients" -j "$threads" -T "$seconds" \
    "$PGBENCH_NAME" 2>&1) || { echo "$out"; echo "pgbench failed" >&2; return 1; }
  echo "$out" | grep -E '^(latency average|tps|number of failed|number of transactions actually)' | sed 's/^/    /'
  PGBENCH_LATENCY[$clients]=$(echo "$out" | sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p')
  PGBENCH_TPS[$clients]=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | head -1)
}

pgbench_ratio_row() {
  local file=$1 label=$2 clients=$3 shown=${4:-$2}
  local lat=${PGBENCH_LATENCY[$clients]:-}
  awk -F'|' -v label="$label" -v shown="$shown" -v clients="$clients" -v lat="$lat" '
    function num(s) { gsub(/[ ,*]/, "", s); return s + 0 }
    { name = $2; gsub(/^ +| +$/, "", name) }
    name == label && !done {
      median = num($6); p99 = num($8); done = 1
      if (lat == "") {
        printf "| %s | %s | %.2f | %.2f | — | — | — |\n", shown, clients, median, p99
      } else {
        printf "| %s | %s | %.2f | %.2f | %.2f | %.1f× | %.1f× |\n", shown, clients, median, p99, lat, median / lat, p99 / lat
      }
    }' "$file"
}

pgbench_ratio_table() {
  echo
  echo "## Against the database (pgbench in the same window)"
  if [ -n "$PGBENCH_OFF" ]; then
    echo "pgbench $PGBENCH_OFF"
  fi
  echo
  echo "| operation | clients | median ms | p99 ms | pgbench average ms | median / pgbench | p99 / pgbench |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "$@" | grep '^|' || true
}
