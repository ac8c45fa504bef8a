#!/usr/bin/env bash
# Builds the pinned Trivy and Gitleaks from the Go module proxy into .tools/bin/ (gitignored).
# Each scanner has its own module under tools/scanners/ so it builds against exactly the dependency
# versions of its release (one shared module would let MVS raise Gitleaks' dependencies to Trivy's).
# Idempotent: a binary that already reports the pinned version is not rebuilt. Quiet unless it builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=tools/scanners/pins.sh
source tools/scanners/pins.sh

# Never try to fetch a newer Go toolchain or stamp VCS data (the fresh clone's .git is not ours to read).
export GOFLAGS=-buildvcs=false GOTOOLCHAIN=local CGO_ENABLED=0
GO=$(command -v go || true)
[ -n "$GO" ] || GO=/usr/local/go/bin/go
if [ ! -x "$GO" ]; then
  echo "30-scanners: Go not found (PATH or /usr/local/go/bin); fix: install Go >= 1.26.3" >&2
  exit 1
fi

build() { # name module-dir package version-flag expected-version [extra go build args...]
  local name=$1 dir=$2 pkg=$3 ldflag=$4 want=$5
  shift 5
  local log tmp start
  log=$(mktemp) tmp="$SCANNERS_BIN/.$name.tmp"
  start=$SECONDS
  echo "building $name ${want} from the Go module proxy (a cold build takes minutes)"
  # -trimpath and the release ldflags give the same kind of binary as the upstream release build.
  if ! (cd "$dir" && "$GO" build -trimpath "$@" -ldflags "-s -w -X=$ldflag=$want" -o "$tmp" "$pkg") >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "30-scanners: building $name failed (log above); fix the Go toolchain or module proxy access and rerun scripts/setup" >&2
    rm -f "$log" "$tmp"
    exit 1
  fi
  rm -f "$log"
  mv -f "$tmp" "$SCANNERS_BIN/$name"   # atomic: a half-built binary is never left under the real name
  echo "built $name ${want} in $((SECONDS - start))s"
}

mkdir -p "$SCANNERS_BIN"
# Release builds print the version without the leading "v" (goreleaser's {{.Version}}).
if [ "$(installed_trivy_version)" != "${TRIVY_PIN#v}" ]; then
  # Trivy's release build sets GOEXPERIMENT=jsonv2; keep its JSON behaviour identical.
  GOEXPERIMENT=jsonv2 build trivy tools/scanners/trivy github.com/aquasecurity/trivy/cmd/trivy \
    github.com/aquasecurity/trivy/pkg/version/app.ver "${TRIVY_PIN#v}"
fi
if [ "$(installed_gitleaks_version)" != "${GITLEAKS_PIN#v}" ]; then
  # gore2regex: the RE2 (wazero) regex engine Gitleaks' releases are built with.
  build gitleaks tools/scanners/gitleaks github.com/zricethezav/gitleaks/v8 \
    github.com/zricethezav/gitleaks/v8/version.Version "${GITLEAKS_PIN#v}" -tags gore2regex
fi
