#!/usr/bin/env bash
# shellcheck disable=SC2034 # every variable here is for the scripts that source this file
# Sourced by scripts/setup.d/30-scanners.sh, scripts/scan-sample and scripts/checks/30-scanners.sh.
# The pinned versions live in one place only, the go.mod files beside this script; read them from
# there (without the network) so bumping a scanner is one `go get -tool` and nothing else.
# Sets: SCANNERS_DIR, SCANNERS_BIN, TRIVY_PIN, GITLEAKS_PIN (module versions, e.g. v0.74.0),
#       TRIVY_BIN, GITLEAKS_BIN.

SCANNERS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# .tools/ is gitignored at the repository root; binaries are a build product, never committed.
SCANNERS_BIN=${SRP_TOOLS_BIN:-$(cd "$SCANNERS_DIR/../.." && pwd)/.tools/bin}

pinned_module_version() { # go.mod module -> version, or fail loudly
  local ver
  ver=$(awk -v m="$2" '$1 == m && $2 ~ /^v/ { print $2; exit }' "$1")
  if [ -z "$ver" ]; then
    echo "scanners: no version for $2 in $1; fix: run 'go get -tool $2@VERSION' in $(dirname "$1")" >&2
    return 1
  fi
  printf '%s\n' "$ver"
}

TRIVY_PIN=$(pinned_module_version "$SCANNERS_DIR/trivy/go.mod" github.com/aquasecurity/trivy) || return 1
GITLEAKS_PIN=$(pinned_module_version "$SCANNERS_DIR/gitleaks/go.mod" github.com/zricethezav/gitleaks/v8) || return 1
TRIVY_BIN=$SCANNERS_BIN/trivy
GITLEAKS_BIN=$SCANNERS_BIN/gitleaks

# What each binary prints for its version (release builds print the version without the "v").
installed_trivy_version() { "$TRIVY_BIN" --version 2>/dev/null | awk '/^Version:/ { print $2; exit }'; }
installed_gitleaks_version() { "$GITLEAKS_BIN" version 2>/dev/null | head -n 1; }
