#!/usr/bin/env bash
# Prometheus for real against the running service, on loopback, inside a throwaway root so the
# monitoring role can write its real /etc files: see observability/tests/live-prometheus.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
venv=$repo/.tools/venv-infra
for tool in prometheus prometheus-node-exporter prometheus-blackbox-exporter promtool amtool curl jq npm setsid unshare "$venv/bin/ansible-playbook"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool missing: run scripts/setup" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "FAIL: the throwaway root needs root (mount namespaces)" >&2; exit 1; }
export PATH="$venv/bin:$PATH" ANSIBLE_NOCOLOR=1 ANSIBLE_LOCAL_TEMP=/tmp/.ansible-infra-local ANSIBLE_HOME=/tmp/.ansible-infra-home
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ansible/tests/throwaway-root "$work/layers" bash observability/tests/live-prometheus.sh "$repo" "$work"
