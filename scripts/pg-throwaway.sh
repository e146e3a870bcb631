#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks, and prints its URL.
#   scripts/pg-throwaway.sh start <dir> [port]   → prints postgres://postgres@127.0.0.1:<port>/postgres
#   scripts/pg-throwaway.sh stop <dir>
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?data directory}
port=${3:-55432}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_owner "$BIN/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    # Durability settings stay at their defaults (fsync on): tests should see what production sees.
    as_owner "$BIN/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
