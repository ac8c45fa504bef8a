#!/usr/bin/env bash
# Check: shellcheck is clean on scripts/; the pinned real Trivy and Gitleaks are built; run on the
# generated sample repository (scripts/scan-sample) they find every planted secret, misconfiguration and
# licence where tools/scanners/assert-sample.jq expects it. Leaves the reports in .srp-out/real-scans
# for the engine's tests. Fails loudly when a tool is missing: it never skips.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "30-scanners: FAIL: $*" >&2; exit 1; }
for tool in shellcheck jq git; do
  command -v "$tool" >/dev/null || fail "$tool is not installed; fix: run scripts/setup"
done

# 1. Every shell script under scripts/ (by extension or shebang) passes shellcheck.
shell_files=()
while IFS= read -r -d '' f; do
  if [[ $f == *.sh ]] || head -n 1 "$f" | grep -qE '^#!.*\b(ba)?sh\b'; then shell_files+=("$f"); fi
done < <(find scripts -type f -print0 | sort -z)
[ "${#shell_files[@]}" -gt 0 ] || fail "found no shell scripts under scripts/"
shellcheck -x "${shell_files[@]}" || fail "shellcheck found problems in scripts/ (listed above)"
echo "shellcheck: ${#shell_files[@]} scripts clean"

# 2. The binaries in .tools/bin are the pinned versions.
# shellcheck source=tools/scanners/pins.sh
source tools/scanners/pins.sh
{ [ -x "$TRIVY_BIN" ] && [ -x "$GITLEAKS_BIN" ]; } || fail "trivy or gitleaks missing in $SCANNERS_BIN; fix: run scripts/setup"
[ "$(installed_trivy_version)" = "${TRIVY_PIN#v}" ] ||
  fail "trivy reports '$(installed_trivy_version)', pinned ${TRIVY_PIN}; fix: run scripts/setup"
[ "$(installed_gitleaks_version)" = "${GITLEAKS_PIN#v}" ] ||
  fail "gitleaks reports '$(installed_gitleaks_version)', pinned ${GITLEAKS_PIN}; fix: run scripts/setup"
echo "scanners: trivy ${TRIVY_PIN}, gitleaks ${GITLEAKS_PIN}"

# 3. Real scans of a freshly generated sample repository.
out=.srp-out/real-scans
scripts/scan-sample "$out" || fail "scripts/scan-sample failed"

# 4. They found what was planted (assert-sample.jq prints one FAIL line per missed expectation).
failures=$(jq -n -r \
  --arg trivy_pin "$TRIVY_PIN" --arg gitleaks_pin "$GITLEAKS_PIN" \
  --slurpfile m "$out/manifest.json" --rawfile canary "$out/planted-secrets.txt" \
  --slurpfile gdir "$out/gitleaks-dir.json" --slurpfile ggit "$out/gitleaks-git.json" \
  --slurpfile gsarif "$out/gitleaks.sarif" --slurpfile tfs "$out/trivy-fs.json" \
  --slurpfile tfss "$out/trivy-fs.sarif" --slurpfile tcfg "$out/trivy-config.json" \
  --slurpfile tcfgs "$out/trivy-config.sarif" --slurpfile tconv "$out/trivy-convert.sarif" \
  -f tools/scanners/assert-sample.jq) || fail "could not evaluate the reports in $out (jq error above)"
if [ -n "$failures" ]; then
  printf '%s\n' "$failures" >&2
  fail "$(grep -c . <<<"$failures") expectation(s) not met by the real scanner outputs in $out"
fi
jq -r '.files | to_entries[] | .value as $v | "  \(.key): " + (if $v.format == "trivy-json"
  then "\($v.secrets.count) secrets, \($v.misconfigurations.failures) failed checks, \($v.licenses.count) licences"
  elif $v.format == "gitleaks-json" then "\($v.findings) findings" else "\($v.results) results" end)' "$out/manifest.json"
echo "real scans: every planted secret, misconfiguration and licence found"
