#!/usr/bin/env bash
# Start a throwaway PostgreSQL for stancebot's tests and print its DSN.
#
#   dsn=$(tools/postgres/start.sh DIR)     # DIR: an empty or missing directory
#   ...                                     # tests read STANCEBOT_TEST_POSTGRES=$dsn
#   tools/postgres/stop.sh DIR             # stop and remove DIR
#   tools/postgres/stop.sh DIR --keep      # stop only; start.sh DIR starts it again
#
# Uses Debian's postgresql package (installed with apt-get when missing and
# we are root). initdb refuses to run as root, so the cluster is owned by
# the "postgres" user (runuser). The server listens on a Unix socket inside
# DIR only (no TCP port, so parallel runs never collide) and trusts local
# connections: the socket directory is private to DIR.
#
# Everything but the DSN goes to stderr; any failure exits non-zero with the
# server log, so CI fails loudly instead of skipping the PostgreSQL tests.
set -euo pipefail

dir=${1:?usage: start.sh DIR}
log() { printf 'postgres: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; [ -f "$dir/server.log" ] && tail -n 40 "$dir/server.log" >&2; exit 1; }

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && echo "$d"
}

BIN=$(bindir || true)
if [ -z "$BIN" ]; then
  [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed and we are not root to install it (apt-get install postgresql)"
  log "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update"
  apt-get install -y -qq --no-install-recommends postgresql >&2 || die "apt-get install postgresql"
  # The package starts a system cluster on port 5432; it is not ours and
  # not needed, and it must not hold resources during the tests.
  if command -v pg_ctlcluster >/dev/null; then
    for c in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster "$c" main stop >&2 2>/dev/null || true; done
  fi
  BIN=$(bindir) || die "postgresql installed but no initdb under /usr/lib/postgresql/*/bin"
fi

run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ -f "$dir/data/PG_VERSION" ]; then
  # A cluster stopped with stop.sh --keep: start it again (tests that
  # restart the database under load use this).
  log "restarting the cluster in $dir/data"
else
  [ -e "$dir/data" ] && die "$dir/data exists but is not a cluster: use an empty directory"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "no postgres user (the Debian package creates it)"
    chown postgres: "$dir"
    chmod 700 "$dir"
  fi
  log "initdb in $dir/data ($BIN)"
  run_pg "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb"; }
fi

# fsync off: a test cluster that dies with the machine is thrown away anyway.
# synchronous_commit stays on: a commit is then written to the kernel before
# it is acknowledged, so it survives the immediate stop (stop.sh) that the
# restart-under-load tests use, as it survives a crash of a real server.
# With it off, the last ~200 ms of acknowledged commits vanish at the stop:
# an event marked answered comes back unanswered, which no real
# PostgreSQL does.
run_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
  -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=on -c full_page_writes=off -c max_connections=200" >&2 \
  || die "pg_ctl start"

"$BIN/pg_isready" -h "$dir" -U postgres -t 30 >&2 || die "pg_isready"
# pgx takes a directory as host: a Unix socket (port 5432's socket file name).
printf 'postgres://postgres@/postgres?host=%s&sslmode=disable\n' "$dir"
