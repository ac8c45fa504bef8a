#!/usr/bin/env bash
# Trivy's misconfiguration scanner on terraform/ and every Dockerfile, offline (the checks bundled in
# the pinned trivy binary), its reports gated by our own engine with terraform/iac-policy.yml:
# no HIGH/CRITICAL may remain unless a suppression with a reason accepts it.
# Negative control: a copy of terraform/ with IMDSv1, an unencrypted root volume and world-open SSH
# must be BLOCKED, which shows the scan really evaluates the module and the rules.
set -euo pipefail
cd "$(dirname "$0")/../.."

trivy=.tools/bin/trivy
srp=policy-engine/dist/srp.cjs
[ -x "$trivy" ] || { echo "FAIL: $trivy missing: run scripts/setup (scripts/setup.d/30-scanners.sh)" >&2; exit 1; }
[ -f "$srp" ] || { echo "FAIL: $srp missing: run scripts/setup (npm run build)" >&2; exit 1; }
command -v jq >/dev/null 2>&1 || { echo "FAIL: jq missing: run scripts/setup" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TRIVY_CACHE_DIR="$work/cache" TRIVY_NO_PROGRESS=true TRIVY_DISABLE_VEX_NOTICE=true

scan() { # target report
  "$trivy" config --quiet --skip-check-update --format json --output "$2" "$1"
}

echo "-- trivy config: terraform/ and the Dockerfiles"
scan terraform "$work/terraform.json"
reports=("$work/terraform.json")
while IFS= read -r dockerfile; do
  dir=$(dirname "$dockerfile")
  report="$work/dockerfile-$(echo "$dir" | tr '/' '_').json"
  scan "$dir" "$report"
  reports+=("$report")
  echo "   scanned $dockerfile"
done < <(git ls-files '*Dockerfile' '*Dockerfile.*' | grep -v '\.dockerignore$')
[ "${#reports[@]}" -ge 2 ] || { echo "FAIL: no Dockerfile found to scan" >&2; exit 1; }
checks=$(jq '[.Results[]? | (.MisconfSummary.Successes // 0) + (.MisconfSummary.Failures // 0)] | add // 0' "$work/terraform.json")
[ "$checks" -gt 0 ] || { echo "FAIL: trivy evaluated no checks on terraform/" >&2; exit 1; }
echo "   terraform/: $checks checks evaluated"

echo "-- srp gate --policy terraform/iac-policy.yml"
node "$srp" gate --policy terraform/iac-policy.yml --json "$work/verdict.json" "${reports[@]}"
# Only the reviewed suppression may be in use; anything else accepted would be a silent gap.
applied=$(jq -r '[.suppressions.applied[].id] | join(";")' "$work/verdict.json")
[ "$applied" = "AWS-0104 path=security_groups.tf" ] || { echo "FAIL: unexpected suppressions in use: '$applied'" >&2; exit 1; }
echo "   suppressions in use: $applied ($(jq .suppressed "$work/verdict.json") findings)"

echo "-- negative control: IMDSv1, unencrypted root volume, world-open SSH must be blocked"
cp -r terraform "$work/terraform-bad"
sed -i 's/http_tokens                 = "required"/http_tokens                 = "optional"/; s/encrypted             = true/encrypted             = false/' \
  "$work/terraform-bad/modules/host/main.tf"
sed -i '0,/cidr_ipv4         = var.admin_cidr/s//cidr_ipv4         = "0.0.0.0\/0"/' "$work/terraform-bad/security_groups.tf"
scan "$work/terraform-bad" "$work/bad.json"
set +e
node "$srp" gate --quiet --policy terraform/iac-policy.yml --json "$work/bad-verdict.json" "$work/bad.json"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "FAIL: the gate did not block the insecure copy (exit $code)" >&2; exit 1; }
blocked=$(jq -r '[.blockingFindings[].ruleId] | unique | join(",")' "$work/bad-verdict.json")
for id in AWS-0028 AWS-0107 AWS-0131; do
  [[ ",$blocked," == *",$id,"* ]] || { echo "FAIL: $id not among the blocking findings ($blocked)" >&2; exit 1; }
done
echo "   blocked as expected: $blocked"
