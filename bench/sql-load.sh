#!/usr/bin/env bash
# Load time of the SQL scripts of bench/shop.json (--rows ROWS: the fact table; 305800
# gives 400,000 rows over the 5 tables) into
# PostgreSQL, MariaDB and SQLite, for the scripts of two builds side by side:
# BEFORE_BIN (e.g. main's) and AFTER_BIN (this tree's). Servers are private
# (.ci/db-servers.sh: fsync off, on Unix sockets). Median of RUNS loads.
#
#   BEFORE_BIN=/work/main/.build/debug bench/sql-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/db-servers.sh
ROWS=${ROWS:-80000}
RUNS=${RUNS:-3}
AFTER_BIN=${AFTER_BIN:-$(swift build --show-bin-path)}
BEFORE_BIN=${BEFORE_BIN:-}
work=$(mktemp -d /tmp/doppel-sqlbench.XXXXXX)
chmod 711 "$work"
mkdir -m 700 "$work/sock"
cleanup() {
    for b in before after; do [ -S "$work/sock/$b.sock" ] && "$AFTER_BIN/doppel" daemon stop --socket "$work/sock/$b.sock" >/dev/null 2>&1; done
    db_stop_all; rm -rf "$work"
}
trap cleanup EXIT
pg_start "$work/db"
mariadb_start "$work/db"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "servers: $(psql -X -h "$PG_SOCKET_DIR" -U postgres -tA -c 'SHOW server_version'), MariaDB $(mariadb --no-defaults --socket="$MYSQL_SOCKET" -uroot -N -e 'SELECT version()'), SQLite $(sqlite3 --version | cut -d' ' -f1)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; return 1; }; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
n=0
for build in before after; do
    bin=$([ $build = before ] && echo "$BEFORE_BIN" || echo "$AFTER_BIN")
    [ -n "$bin" ] || continue
    for d in postgres mysql sqlite; do
        "$bin/doppel" generate --socket "$work/sock/$build.sock" --schema bench/shop.json --rows "$ROWS" --seed 42 \
            --format sql --dialect $d --out "$work/$build-$d" >/dev/null
    done
    for d in postgres mysql sqlite; do
        times=()
        for _ in $(seq "$RUNS"); do
            n=$((n + 1))
            case $d in
            postgres)
                psql -X -q -h "$PG_SOCKET_DIR" -U postgres -c "CREATE DATABASE b$n" postgres
                times+=("$(seconds psql -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -U postgres -d b$n -f "$work/$build-$d/shop.sql")")
                psql -X -q -h "$PG_SOCKET_DIR" -U postgres -c "DROP DATABASE b$n" postgres ;;
            mysql)
                mariadb --no-defaults --socket="$MYSQL_SOCKET" -uroot -e "CREATE DATABASE b$n"
                times+=("$(seconds sh -c "mariadb --no-defaults --socket='$MYSQL_SOCKET' -uroot b$n < '$work/$build-$d/shop.sql'")")
                mariadb --no-defaults --socket="$MYSQL_SOCKET" -uroot -e "DROP DATABASE b$n" ;;
            sqlite)
                times+=("$(seconds sh -c "sqlite3 -bail '$work/b$n.db' < '$work/$build-$d/shop.sql'")")
                rm -f "$work/b$n.db" ;;
            esac
        done
        echo "$build $d: $(printf '%s\n' "${times[@]}" | median) s (runs: ${times[*]}; script $(du -h "$work/$build-$d/shop.sql" | cut -f1))"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
