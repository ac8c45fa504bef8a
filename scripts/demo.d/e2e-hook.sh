#!/usr/bin/env bash
# scripts/demo.d/e2e-hook.sh STAGE: the assertions scripts/checks/70-demo-e2e.sh makes while
# scripts/demo runs (SRP_DEMO_HOOK), at each hand-off, with the demo's processes still up.
# Env from the demo: DEMO_OUT DEMO_CANARIES SERVICE_URL STANDIN_URL STANDIN_CONTROL DEMO_REPO DEMO_SHA1
# DEMO_SHA2; from the check: E2E_WORK (its private directory, removed by the check).
set -euo pipefail
stage=${1:?usage: e2e-hook.sh STAGE}
repo_root=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "FAIL [$stage]: $*" >&2; exit 1; }
ok() { echo "   e2e [$stage] ok: $*"; }
requests() { curl -fsS --max-time 10 "$STANDIN_CONTROL/requests"; }
# posts SHA -> "context=state" lines for every status POSTed on that commit, in order
posts() { requests | jq -r --arg sha "$1" '.[] | select(.method == "POST" and (.url | endswith("/statuses/" + $sha))) | .body | fromjson | "\(.context)=\(.state)"'; }
ledger() { curl -fsS --max-time 10 "$SERVICE_URL/api/v1/releases?repository=$DEMO_REPO"; }
release_checks() { # N EXPECTED_EXIT PASSED
  local dir=$DEMO_OUT/release-$1
  [ "$(cat "$dir/exit-code")" = "$2" ] || fail "release $1: gate exit code $(cat "$dir/exit-code"), expected $2"
  [ "$(jq -r .passed "$dir/verdict.json")" = "$3" ] || fail "release $1: verdict.json passed is not $3"
  for f in results.sarif junit.xml summary.md report.html verdict.json; do [ -s "$dir/$f" ] || fail "release $1: $f missing"; done
  node "$repo_root/scripts/demo.d/validate-sarif.mjs" "$dir/results.sarif" >"$E2E_WORK/validate-$1.log" 2>&1 ||
    { cat "$E2E_WORK/validate-$1.log" >&2; fail "release $1: results.sarif is not valid SARIF for GitHub"; }
  ok "release $1: exit $2, outputs written, $(tail -n 1 "$E2E_WORK/validate-$1.log" | sed 's/^validate-sarif: //')"
}
no_mismatches() {
  local m
  m=$(curl -fsS --max-time 10 "$STANDIN_CONTROL/mismatches")
  [ "$m" = "[]" ] || fail "the GitHub stand-in saw requests GitHub's OpenAPI description refuses: $m"
}

case $stage in
  scanned)
    # The raw reports are what the scanners wrote; the canaries leave with the check, not the demo.
    cp "$DEMO_CANARIES" "$E2E_WORK/canaries.txt"
    scans=$DEMO_OUT/scans/release-1
    [ "$(wc -l <"$E2E_WORK/canaries.txt")" -ge 7 ] || fail "planted-secrets.txt has too few lines"
    rules=$(jq -r '[.[].RuleID] | unique | join(",")' "$scans/gitleaks-git.json")
    for rule in github-pat aws-access-token generic-api-key slack-webhook-url stripe-access-token gitlab-pat private-key; do
      [[ ",$rules," == *",$rule,"* ]] || fail "gitleaks-git.json has no $rule finding (has: $rules)"
    done
    secrets=$(jq '[.Results[]?.Secrets[]?] | length' "$scans/trivy-fs.json")
    licenses=$(jq '[.Results[]?.Licenses[]?] | length' "$scans/trivy-fs.json")
    misconfigs=$(jq '[.Results[]?.Misconfigurations[]? | select(.Status == "FAIL")] | length' "$scans/trivy-config.json")
    if [ "$secrets" -lt 6 ] || [ "$licenses" -lt 4 ] || [ "$misconfigs" -lt 11 ]; then
      fail "trivy reports too thin: $secrets secrets, $licenses licences, $misconfigs failed misconfigurations"
    fi
    grep -qF -f "$E2E_WORK/canaries.txt" "$scans/gitleaks-git.json" || fail "the raw gitleaks report holds no planted secret: the leak test below would prove nothing"
    ok "raw reports: gitleaks rules $rules; trivy $secrets secrets, $licenses licences, $misconfigs misconfigurations"
    ;;
  release-1)
    release_checks 1 1 false
    got=$(posts "$DEMO_SHA1" | sort | tr '\n' ' ')
    [ "$got" = "security/gate=failure security/gitleaks=failure security/trivy=failure " ] ||
      fail "statuses posted on release 1: '$got'"
    no_mismatches
    ok "stand-in received failure for security/gitleaks, security/trivy, security/gate; every request valid for GitHub"
    [ "$(ledger | jq -r '[.items[] | .verdict] | join(",")')" = failed ] || fail "ledger after release 1: $(ledger)"
    ok "ledger: one release, failed"
    ;;
  release-2)
    scans=$DEMO_OUT/scans/release-2
    in_fix=$(jq --arg sha "$DEMO_SHA2" '[.[] | select(.Commit == $sha)] | length' "$scans/gitleaks-git.json")
    history=$(jq --arg sha "$DEMO_SHA2" '[.[] | select(.Commit != $sha)] | length' "$scans/gitleaks-git.json")
    tree=$(jq '[.Results[]?.Secrets[]?] | length' "$scans/trivy-fs.json")
    licences=$(jq -r '[.Results[]?.Licenses[]?.Name] | unique | join(",")' "$scans/trivy-fs.json")
    if [ "$in_fix" -ne 0 ] || [ "$history" -ne 7 ] || [ "$tree" -ne 0 ] || [ "$licences" != "LGPL-2.1-only,MIT" ]; then
      fail "rescan of the fix: gitleaks $in_fix in the fix and $history in history (want 0 and 7), trivy $tree secrets (want 0), licences $licences"
    fi
    ok "raw reports of the fix: secrets only in history ($history), none in the tree, licences $licences"
    release_checks 2 0 true
    grep -q '1 expiring soon' "$DEMO_OUT/release-2/gate.txt" || fail "release 2 summary shows no suppression expiring soon"
    got=$(posts "$DEMO_SHA2" | tr '\n' ' ')
    # Exactly one POST per context although the demo ran the gate twice on this commit.
    [ "$(posts "$DEMO_SHA2" | sort | tr '\n' ' ')" = "security/gate=success security/gitleaks=success security/trivy=success " ] ||
      fail "statuses posted on release 2 (after a rerun): '$got'"
    [ "$(requests | jq '[.[] | select(.method == "POST")] | length')" -eq 6 ] || fail "the stand-in received other than 6 status POSTs in all"
    combined=$(curl -fsS --max-time 10 -H "authorization: token $GITHUB_TOKEN" -H 'user-agent: srp-e2e' \
      -H 'accept: application/vnd.github+json' "$STANDIN_URL/repos/$DEMO_REPO/commits/$DEMO_SHA2/status" | jq -r .state)
    [ "$combined" = success ] || fail "combined status of release 2 is $combined"
    no_mismatches
    ok "stand-in: success on 3 contexts, no duplicate post on the rerun, combined status success"
    rows=$(ledger | jq -r '[.items[] | "\(.buildNumber):\(.verdict)"] | join(",")')
    [ "$rows" = "2:passed,1:failed" ] || fail "ledger rows: $rows"
    ok "ledger: $rows"

    # A real Prometheus (Debian package) scrapes the service, on loopback.
    prom_port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    mkdir -p "$E2E_WORK/prometheus"
    cat >"$E2E_WORK/prometheus/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
scrape_configs:
  - job_name: srp-service
    static_configs:
      - targets: ["${SERVICE_URL#http://}"]
EOF
    setsid prometheus --config.file="$E2E_WORK/prometheus/prometheus.yml" --storage.tsdb.path="$E2E_WORK/prometheus/tsdb" \
      --web.listen-address="127.0.0.1:$prom_port" >"$E2E_WORK/prometheus.log" 2>&1 &
    prom_pid=$!
    echo "$prom_pid" >"$E2E_WORK/prometheus.pid"
    trap 'kill -- "-$prom_pid" 2>/dev/null || true; wait "$prom_pid" 2>/dev/null || true' EXIT
    api=http://127.0.0.1:$prom_port/api/v1
    query='srp_gate_verdicts_total{job="srp-service",repo="'$DEMO_REPO'"}'
    deadline=$((SECONDS + 60))
    until seen=$(curl -fsS --max-time 2 "$api/query" --data-urlencode "query=$query" 2>/dev/null |
      jq -r '[.data.result[] | "\(.metric.verdict)=\(.value[1])"] | sort | join(",")') && [ "$seen" = "failed=1,passed=1" ]; do
      [ "$SECONDS" -lt "$deadline" ] || { tail -n 5 "$E2E_WORK/prometheus.log" >&2; fail "Prometheus shows '${seen:-nothing}' for $query after 60s"; }
      sleep 1
    done
    blocking=$(curl -fsS --max-time 2 "$api/query" --data-urlencode "query=sum(srp_release_blocking_findings{repo=\"$DEMO_REPO\"})" | jq -r '.data.result[0].value[1]')
    [ "$blocking" = 0 ] || fail "Prometheus: latest release still has $blocking blocking findings"
    up=$(curl -fsS --max-time 2 "$api/query" --data-urlencode 'query=srp_ledger_up' | jq -r '.data.result[0].value[1]')
    [ "$up" = 1 ] || fail "Prometheus: srp_ledger_up is $up"
    ok "Prometheus $(prometheus --version 2>&1 | awk 'NR==1 {print $3}') scraped the service: srp_gate_verdicts_total $seen, blocking findings now $blocking, srp_ledger_up 1"
    ;;
  *) fail "unknown stage" ;;
esac
