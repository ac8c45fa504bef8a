#!/usr/bin/env bash
# scripts/demo.d/scan-repo.sh REPO OUTDIR
# Rescans a git checkout with the pinned scanners, the way scripts/scan-sample scans the generated
# sample (same offline flags, an empty network namespace when allowed, a timeout on each run):
#   gitleaks-git.json  trivy-fs.json (secret, misconfig, license)  trivy-config.json
#   trivy-vuln.json    only when a Trivy vulnerability database is present (it cannot be downloaded here):
#                      $SRP_TRIVY_CACHE_DIR or ~/.cache/trivy, holding db/trivy.db
# Prints the names of the reports written, one a line.
set -euo pipefail
repo_root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tools/scanners/pins.sh
source "$repo_root/tools/scanners/pins.sh"
app=$(cd "${1:?usage: scan-repo.sh REPO OUTDIR}" && pwd)
mkdir -p "${2:?usage: scan-repo.sh REPO OUTDIR}"
out=$(cd "$2" && pwd)
for tool in "$TRIVY_BIN" "$GITLEAKS_BIN"; do
  [ -x "$tool" ] || { echo "scan-repo: $tool is missing; fix: run scripts/setup" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/srp-scan-repo.XXXXXX")
trap 'rm -rf "$work"' EXIT
isolate=()
if unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
scan() { # name command...
  local name=$1
  shift
  if ! timeout 300 "${isolate[@]}" "$@" >"$work/$name.log" 2>&1; then
    tail -n 20 "$work/$name.log" >&2
    echo "scan-repo: $name failed (log above)" >&2
    exit 1
  fi
}
db_cache=${SRP_TRIVY_CACHE_DIR:-$HOME/.cache/trivy}
export HOME=$work/home GOPATH=$work/gopath
mkdir -p "$HOME"
cd "$app"
scan gitleaks-git "$GITLEAKS_BIN" git --no-banner --no-color --log-level warn --exit-code 0 \
  --report-format json --report-path "$out/gitleaks-git.json" .
tv=(--cache-dir "$work/trivy-cache" --skip-check-update --skip-version-check --disable-telemetry --quiet --timeout 4m)
scan trivy-fs "$TRIVY_BIN" fs "${tv[@]}" --skip-db-update --skip-java-db-update --offline-scan \
  --scanners secret,misconfig,license --format json --output "$out/trivy-fs.json" .
scan trivy-config "$TRIVY_BIN" config "${tv[@]}" --format json --output "$out/trivy-config.json" .
echo gitleaks-git.json
echo trivy-fs.json
echo trivy-config.json
if [ -s "$db_cache/db/trivy.db" ]; then
  scan trivy-vuln "$TRIVY_BIN" fs --cache-dir "$db_cache" --skip-db-update --skip-java-db-update --offline-scan \
    --skip-version-check --disable-telemetry --quiet --timeout 4m --scanners vuln --format json \
    --output "$out/trivy-vuln.json" .
  echo trivy-vuln.json
fi
