#!/usr/bin/env bash
# End to end: `npm run demo` as a newcomer runs it, with assertions at every hand-off
# (scripts/demo.d/e2e-hook.sh): the raw scanner reports; SARIF valid by schema and by the SARIF
# Multitool with GitHub rules; gate exit codes 1 then 0; the statuses the GitHub stand-in received
# (contexts, states, no duplicate on a rerun, every request valid for GitHub's OpenAPI description);
# both ledger rows; a real Prometheus scraping the service's verdict metrics. Then, after the demo:
# every process it started is gone, and no planted secret is in its output or in any file it wrote
# other than the scanners' raw reports. A missing tool fails the check.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in node npm jq curl git openssl prometheus setsid timeout unshare; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool missing: run scripts/setup"
done
for f in .tools/bin/gitleaks .tools/bin/trivy policy-engine/dist/srp.cjs node_modules/.bin/esbuild \
  node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool ../shared/fixtures/sarif/sarif-schema-2.1.0.json; do
  [ -e "$f" ] || fail "$f missing: run scripts/setup"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/srp-demo-e2e.XXXXXX")
cleanup() {
  # The hook stops its Prometheus; this is for a hook killed half-way.
  if [ -s "$work/prometheus.pid" ]; then kill -- "-$(cat "$work/prometheus.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
start=$SECONDS
status=0
SRP_DEMO_OUT=$work/demo SRP_DEMO_HOOK=$repo/scripts/demo.d/e2e-hook.sh E2E_WORK=$work \
  timeout 900 bash scripts/demo >"$work/demo.out" 2>&1 || status=$?
grep -E '^   e2e ' "$work/demo.out" || true
if [ "$status" -ne 0 ]; then
  tail -n 40 "$work/demo.out" >&2
  for log in "$work"/demo/logs/*.log "$work"/prometheus.log; do
    [ -s "$log" ] && { echo "--- ${log##*/}" >&2; tail -n 10 "$log" >&2; }
  done
  fail "the demo exited $status"
fi
for stage in scanned release-1 release-2; do
  grep -q "^   e2e \[$stage\] ok" "$work/demo.out" || fail "the demo never reached the '$stage' hand-off"
done
tail -n 1 "$work/demo.out" | grep -q '^demo: done\. .*Stand-ins: GitHub' || fail "the demo's last line does not say where everything is and what was a stand-in"

# Every process the demo started is gone: the addresses it used answer no more.
service_addr=$(jq -Rr 'fromjson? | select(.msg == "listening") | .address' "$work/demo/logs/service.log" | head -n 1)
standin=$(jq -r .url "$work/demo/github-standin.ready")
[ -n "$service_addr" ] || fail "no service address in its log"
for url in "http://$service_addr/health" "$standin/"; do
  ! curl -s -o /dev/null --max-time 2 "$url" || fail "$url still answers after the demo ended"
done
if [ -s "$work/prometheus.pid" ] && kill -0 "$(cat "$work/prometheus.pid")" 2>/dev/null; then fail "Prometheus still runs"; fi
echo "   every process stopped: the service and the GitHub stand-in no longer answer"

# No planted secret outside the scanners' raw reports: not on the terminal, not in any file
# (text or the ledger's database files), and the raw reports are the only ones that hold them.
canaries=$work/canaries.txt
[ -s "$canaries" ] || fail "the hook did not keep the planted secrets"
grep -qF -f "$canaries" "$work/demo.out" && fail "the demo printed a planted secret"
leaks=$(find "$work/demo" -type f ! -path "$work/demo/scans/*" -exec grep -alF -f "$canaries" {} + || true)
[ -z "$leaks" ] || fail "planted secrets in files the demo wrote: $leaks"
files=$(find "$work/demo" -type f | wc -l)
echo "   no planted secret on the terminal or in $files files outside scans/ (the scanners' raw reports)"
echo "demo e2e: passed in $((SECONDS - start))s"
