#!/usr/bin/env bash
# The Compose Specification JSON schema for scripts/checks/59-compose.sh: the copy Docker Compose v2
# itself embeds, from the compose-go module (github.com/compose-spec/compose-go/v2, schema/compose-spec.json)
# fetched through the Go module proxy (checksum-verified by go against the sum database), pinned by
# version and by the file's sha256. The validator is jsonschema from the infra venv (50-infra-tools.sh).
# Re-runs are no-ops.
set -euo pipefail
cd "$(dirname "$0")/../.."

module=github.com/compose-spec/compose-go/v2
version=v2.16.2
sha256=f266dcbb043229405d7cedd5aec918f9102c2b3d5e3850808fdd8edd564a43ff
dest=.tools/compose-spec/compose-spec.json

if [ -f "$dest" ] && echo "$sha256  $dest" | sha256sum --check --status; then exit 0; fi
command -v go >/dev/null 2>&1 || export PATH="$PATH:/usr/local/go/bin"
command -v go >/dev/null 2>&1 || { echo "compose: go is needed to fetch $module from the Go module proxy" >&2; exit 1; }
echo "compose: fetching the Compose Specification schema from $module@$version"
src=$(GOFLAGS=-mod=mod go mod download -json "$module@$version" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
[ -f "$src/schema/compose-spec.json" ] || { echo "compose: $module@$version has no schema/compose-spec.json" >&2; exit 1; }
mkdir -p "$(dirname "$dest")"
cp "$src/schema/compose-spec.json" "$dest.tmp"
echo "$sha256  $dest.tmp" | sha256sum --check --status ||
  { rm -f "$dest.tmp"; echo "compose: schema checksum mismatch for $module@$version" >&2; exit 1; }
mv "$dest.tmp" "$dest"
