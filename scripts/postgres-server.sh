#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite and the benchmarks, on 127.0.0.1 only.
#   scripts/postgres-server.sh start FOLDER   installs PostgreSQL with apt when missing (as root),
#                                             initialises a cluster in FOLDER, starts it, and prints
#                                             an Npgsql connection string on stdout
#   scripts/postgres-server.sh stop FOLDER    stops that server and deletes FOLDER
# Everything it writes lives in FOLDER; nothing else on the machine changes except the apt install.
set -euo pipefail

command_name="${1:-}"
folder="${2:-}"
if [ -z "$command_name" ] || [ -z "$folder" ]; then
    echo "usage: $0 start|stop FOLDER" >&2
    exit 2
fi

find_bin() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -z "$found" ] && command -v initdb >/dev/null 2>&1; then
        found="$(dirname "$(readlink -f "$(command -v initdb)")")"
    fi
    echo "$found"
}

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command_name" in
start)
    bin="$(find_bin)"
    if [ -z "$bin" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "postgres-server.sh: PostgreSQL is not installed and this is not root: install the postgresql package" >&2
            exit 1
        fi
        echo "postgres-server.sh: installing postgresql with apt" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
        bin="$(find_bin)"
    fi
    mkdir -p "$folder"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$folder"
    fi
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    as_owner "$bin/initdb" -D "$folder/data" -U dashboard --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # Durability is not what tests measure: fsync off keeps the many small test databases fast.
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$folder' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2 || { cat "$folder/server.log" >&2; exit 1; }
    echo "$port" >"$folder/port"
    echo "Host=127.0.0.1;Port=$port;Username=dashboard;Database=postgres"
    ;;
stop)
    bin="$(find_bin)"
    if [ -d "$folder/data" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$folder"
    ;;
*)
    echo "usage: $0 start|stop FOLDER" >&2
    exit 2
    ;;
esac
