# Private PostgreSQL and MariaDB servers for the loader checks (issue 14), on
# Unix sockets in a directory of their own, with no TCP port. Source this file:
#
#   . .ci/db-servers.sh
#   db_install                 # apt-get the servers if they are missing (CI)
#   pg_start DIR               # exports PG_SOCKET_DIR; psql -h "$PG_SOCKET_DIR" -U postgres
#   mariadb_start DIR          # exports MYSQL_SOCKET; mariadb --socket "$MYSQL_SOCKET" -uroot
#   pg_stop; mariadb_stop      # also done by db_stop_all
#
# Durability is off (fsync, doublewrite): the data is thrown away after the run.

db_sudo() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

db_install() {
    local missing=()
    [ -n "$(pg_bindir)" ] && command -v psql >/dev/null 2>&1 || missing+=(postgresql)
    command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
    command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
    if ((${#missing[@]} > 0)); then
        echo "installing ${missing[*]} for the loader checks" >&2
        db_sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive db_sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    # The Debian packages start servers of their own on the default sockets; they are not used.
}

pg_start() { # $1: a directory for the cluster and its socket
    local dir=$1 bin
    bin=$(pg_bindir)
    mkdir -p "$dir/pg" "$dir/pgsock" "$dir/pglog"
    # initdb and postgres refuse to run as root.
    local as=()
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$dir/pg" "$dir/pgsock" "$dir/pglog"; chmod 755 "$dir"; as=(runuser -u postgres --); fi
    "${as[@]}" "$bin/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
    "${as[@]}" "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pglog/pg.log" -w -o "-k $dir/pgsock -c listen_addresses='' \
        -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c wal_level=minimal -c max_wal_senders=0" start >/dev/null || { cat "$dir/pglog/pg.log" >&2; return 1; }
    PG_DATA_DIR="$dir/pg"
    PG_SOCKET_DIR="$dir/pgsock"
    PG_AS=("${as[@]}")
    export PG_SOCKET_DIR
}

pg_stop() {
    [ -n "${PG_DATA_DIR:-}" ] || return 0
    "${PG_AS[@]}" "$(pg_bindir)/pg_ctl" -D "$PG_DATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    PG_DATA_DIR=""
}

mariadb_start() { # $1: a directory for the data and the socket
    local dir=$1 server=mariadbd
    command -v mariadbd >/dev/null 2>&1 || server=/usr/sbin/mariadbd
    mkdir -p "$dir/my"
    mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dir/my" --auth-root-authentication-method=socket \
        >"$dir/my-install.log" 2>&1
    MYSQL_SOCKET="$dir/my.sock"
    "$server" --no-defaults --user="$(id -un)" --datadir="$dir/my" --socket="$MYSQL_SOCKET" --skip-networking \
        --pid-file="$dir/my.pid" --log-error="$dir/my.err" --innodb-flush-log-at-trx-commit=0 \
        --innodb-doublewrite=0 --innodb-buffer-pool-size=256M --max-allowed-packet=64M &
    MYSQL_PID=$!
    local i
    for i in $(seq 1 300); do
        mariadb --no-defaults --socket="$MYSQL_SOCKET" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
        sleep 0.1
    done
    export MYSQL_SOCKET
    mariadb --no-defaults --socket="$MYSQL_SOCKET" -uroot -e 'SELECT 1' >/dev/null || { cat "$dir/my.err" >&2; return 1; }
}

mariadb_stop() {
    [ -n "${MYSQL_PID:-}" ] || return 0
    kill "$MYSQL_PID" 2>/dev/null || true
    wait "$MYSQL_PID" 2>/dev/null || true
    MYSQL_PID=""
}

db_stop_all() { pg_stop; mariadb_stop; }
