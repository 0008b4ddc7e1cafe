#!/usr/bin/env bash
# A throw-away PostgreSQL for the demo's tests, from Debian's `postgresql` package (no service:
# the cluster lives in the build directory and listens on 127.0.0.1 only).
#
#   postgres.sh start   <directory> <port>   fresh cluster, user and database "freshview"
#   postgres.sh restart <directory>          fast restart of that cluster (a fault the tests inject)
#   postgres.sh stop    <directory>          stop it; nothing left running
#
# PostgreSQL refuses to run as root (initdb and postgres both exit), so as root every command
# runs as the unprivileged "postgres" user that the Debian package creates, via runuser.
set -euo pipefail

command=${1:?start, restart or stop}
directory=${2:?the cluster directory}
data="$directory/data"
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ ! -x "$bin/pg_ctl" ]; then
    echo "postgres.sh: no PostgreSQL under /usr/lib/postgresql/*/bin; install Debian's postgresql package" \
         "(apt-get install -y postgresql) or set PG_BIN" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

running() {
    [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1
}

case "$command" in
start)
    port=${3:?the port}
    if running; then
        as_owner "$bin/pg_ctl" stop -D "$data" -m immediate -w >/dev/null
    fi
    rm -rf "$directory"
    mkdir -p "$directory"
    [ "$(id -u)" = 0 ] && chown postgres: "$directory"
    as_owner bash -c "umask 077; echo freshview > '$directory/password'"
    as_owner "$bin/initdb" -D "$data" -U freshview --pwfile="$directory/password" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$directory/initdb.log"
    as_owner "$bin/pg_ctl" start -D "$data" -w -t 60 -l "$directory/postgres.log" \
        -o "-p $port -k $directory -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    as_owner "$bin/createdb" -h "$directory" -p "$port" -U freshview freshview
    echo "PostgreSQL on 127.0.0.1:$port (user freshview, password freshview, database freshview), data in $data"
    ;;
restart)
    as_owner "$bin/pg_ctl" restart -D "$data" -m fast -w -t 60 -l "$directory/postgres.log"
    ;;
stop)
    if running; then
        as_owner "$bin/pg_ctl" stop -D "$data" -m fast -w
    fi
    ;;
*)
    echo "postgres.sh: unknown command $command (start, restart or stop)" >&2
    exit 2
    ;;
esac
