#!/usr/bin/env bash
# ansible/: ansible-lint (production profile), --syntax-check of every playbook, shellcheck, the
# srp-deploy rollback tests, the examples in observability/ against the role templates, and the
# playbooks run FOR REAL twice (the second run must change nothing) against a local target inside
# a throwaway root (tests/throwaway-root: overlay mounts in a private mount namespace), followed by
# each rendered config's own validator (tests/validate-rendered.sh).
#
# Not run for real here, and why (see docs/operations.md): tasks tagged `service` and the handlers
# (no systemd as PID 1 on CI machines; srp_manage_services=false), `docker_daemon` (no Docker daemon)
# and `third_party` (Grafana, Jenkins, Trivy and gitleaks downloads are outside the reachable
# package registries). They are linted and syntax-checked, and listed below on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

venv=$repo/.tools/venv-infra
[ -x "$venv/bin/ansible-playbook" ] || { echo "FAIL: $venv missing: run scripts/setup" >&2; exit 1; }
for tool in shellcheck promtool amtool unshare; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool missing: run scripts/setup" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "FAIL: the throwaway-root run needs root (mount namespaces)" >&2; exit 1; }
export PATH="$venv/bin:$PATH" ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0 PY_COLORS=0
export ANSIBLE_LOCAL_TEMP=/tmp/.ansible-infra-local ANSIBLE_HOME=/tmp/.ansible-infra-home
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd ansible
playbooks=(site.yml deploy.yml monitoring.yml scanner.yml)
ci_inventory=inventories/ci/local.yml

echo "-- ansible-lint (production profile)"
ansible-lint --nocolor -q

echo "-- ansible-playbook --syntax-check"
for playbook in "${playbooks[@]}"; do
  ansible-playbook -i "$ci_inventory" --syntax-check "$playbook" >/dev/null
  echo "   ok: $playbook"
done

echo "-- shellcheck + srp-deploy deploy/rollback/prune tests"
shellcheck roles/app/files/srp-deploy tests/throwaway-root tests/validate-rendered.sh tests/run-playbooks.sh
"$venv/bin/python" -m pytest -q -p no:cacheprovider tests

echo "-- observability examples match what the role templates render for the example inventory"
cp inventories/production/hosts.yml.example "$work/hosts.yml"
for pair in prometheus.yml.j2:prometheus/prometheus.yml.example alertmanager.yml.j2:alertmanager/alertmanager.yml.example; do
  template=${pair%%:*} example=../observability/${pair#*:}
  ansible srp-app -i "$work/hosts.yml" -c local -e ansible_python_interpreter=/usr/bin/python3 \
    -e @roles/monitoring/defaults/main.yml -m ansible.builtin.template \
    -a "src=roles/monitoring/templates/$template dest=$work/${template%.j2}" >/dev/null
  "$venv/bin/python" - "$work/${template%.j2}" "$example" <<'PY'
import sys, yaml
rendered, example = (yaml.safe_load(open(p)) for p in sys.argv[1:])
if rendered != example:
    sys.exit(f"FAIL: {sys.argv[2]} differs from what {sys.argv[1]} renders; re-render the example")
PY
  echo "   ok: $example"
done

echo "-- playbooks for real in a throwaway root (connection local), twice"
echo "   not run for real (tags service, docker_daemon, third_party; handlers via srp_manage_services=false):"
ansible-playbook -i "$ci_inventory" site.yml --list-tasks --tags service,docker_daemon,third_party |
  grep -E '^\s+\S.*TAGS: \[' | grep -v 'play #' | sed 's/^ */     - /'
tests/throwaway-root "$work/layers" bash tests/run-playbooks.sh "$repo" "$work"
