#!/usr/bin/env bash
# Stop the PostgreSQL started by start.sh DIR and remove DIR; with --keep,
# only stop it (start.sh DIR starts the same cluster again).
set -uo pipefail
dir=${1:?usage: stop.sh DIR [--keep]}
keep=${2:-}
[ -d "$dir" ] || exit 0
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -f "$dir/data/postmaster.pid" ] && [ -n "$BIN" ]; then
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  else
    "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  fi
fi
[ "$keep" = --keep ] || rm -rf "$dir"
