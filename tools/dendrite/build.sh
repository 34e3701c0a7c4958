#!/usr/bin/env bash
# Builds the Dendrite homeserver binaries pinned in go.mod into $1 (default: ./bin).
# Used by the Matrix adapter's end-to-end tests and by CI; a failed build exits non-zero.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/bin}"
mkdir -p "$out"
cd "$here"
go build -trimpath -o "$out/" \
	github.com/element-hq/dendrite/cmd/dendrite \
	github.com/element-hq/dendrite/cmd/generate-keys \
	github.com/element-hq/dendrite/cmd/generate-config
for b in dendrite generate-keys generate-config; do
	test -x "$out/$b" || { echo "build.sh: $out/$b missing after build" >&2; exit 1; }
done
echo "dendrite binaries in $out"
