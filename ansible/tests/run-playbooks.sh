#!/usr/bin/env bash
# Runs inside tests/throwaway-root (scripts/checks/54-infra-ansible.sh): site.yml for real with
# connection local, twice (the second run must change nothing), the missing-tag refusal of
# deploy.yml, then tests/validate-rendered.sh on what the roles wrote.
#   run-playbooks.sh REPO WORKDIR
set -euo pipefail
repo=$1 work=$2
cd "$repo/ansible"
inventory=inventories/ci/local.yml
# What cannot run here (see the check's header): tasks tagged service/docker_daemon/third_party,
# and handlers, which ignore tags and are switched off by srp_manage_services=false instead.
skip=(--skip-tags "service,docker_daemon,third_party" -e srp_manage_services=false)

run() { # name playbook args...
  local name=$1
  shift
  if ! ansible-playbook -i "$inventory" "$@" >"$work/$name.log" 2>&1; then
    tail -n 40 "$work/$name.log"
    echo "FAIL: $name: ansible-playbook $*" >&2
    exit 1
  fi
  grep -E '^\S+\s+: ok=' "$work/$name.log" | sed "s/^/   $name: /"
}

run run-1 site.yml "${skip[@]}"
run run-2 site.yml "${skip[@]}"
if grep -E '^\S+\s+: ok=' "$work/run-2.log" | grep -vq ' changed=0 '; then
  grep -E '^(TASK|changed)' "$work/run-2.log" | grep -B1 '^changed' >&2 || true
  echo "FAIL: the second run changed something: the roles are not idempotent" >&2
  exit 1
fi
echo "   ok: second run changed nothing"

if ansible-playbook -i "$inventory" deploy.yml "${skip[@]}" -e app_image_tag= \
  --start-at-task "app : Refuse to deploy without an image tag" >"$work/no-tag.log" 2>&1; then
  echo "FAIL: deploy.yml without an image tag did not fail" >&2
  exit 1
fi
grep -q 'app_image_tag is required' "$work/no-tag.log" || { tail -n 20 "$work/no-tag.log"; echo "FAIL: no missing-tag message" >&2; exit 1; }
echo "   ok: deploy.yml refuses to run without app_image_tag"

# The third_party downloads were skipped: put the pipeline's pinned scanner builds
# (scripts/setup.d/30-scanners.sh) where the role would, and hold the role's pins to the pipeline's.
for tool in trivy gitleaks; do
  [ -x "$repo/.tools/bin/$tool" ] || { echo "FAIL: .tools/bin/$tool missing: run scripts/setup" >&2; exit 1; }
  install -m 0755 "$repo/.tools/bin/$tool" "/usr/local/bin/$tool"
  want=$(sed -n "s/^scanner_${tool}_version: \"\(.*\)\"/\1/p" roles/scanner/defaults/main.yml)
  got=$("/usr/local/bin/$tool" version 2>&1 | head -n 1)
  grep -qF "$want" <<<"$got" || { echo "FAIL: roles/scanner pins $tool $want but the pipeline builds '$got'" >&2; exit 1; }
  echo "   ok: roles/scanner's $tool pin $want is the pipeline's build"
done

echo "-- rendered configs, each checked by its own tool"
bash "$repo/ansible/tests/validate-rendered.sh"
