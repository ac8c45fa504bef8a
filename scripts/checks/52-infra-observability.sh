#!/usr/bin/env bash
# observability/: every config checked by its own tool (promtool, amtool, blackbox_exporter, yamllint,
# jq), every alert unit-tested by promtool, and the dashboards/rules structure check.
# The live half (Prometheus scraping the running service) is scripts/checks/56-infra-prometheus-live.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.tools/venv-infra
for tool in promtool amtool prometheus-blackbox-exporter jq "$venv/bin/yamllint"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool missing: run scripts/setup" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
obs=observability

echo "-- yamllint observability/"
"$venv/bin/yamllint" -s -c "$obs/.yamllint" "$obs"

echo "-- promtool check config (with the repo's rule files)"
# promtool opens credential files: point the service's metrics token at an (empty) stand-in.
: >"$work/srp-metrics-token"
sed -e "s#/etc/prometheus/rules/\*.yml#$PWD/$obs/prometheus/rules/*.yml#" \
  -e "s#/etc/prometheus/secrets/srp-metrics-token#$work/srp-metrics-token#" "$obs/prometheus/prometheus.yml.example" >"$work/prometheus.yml"
grep -q "$PWD/$obs/prometheus/rules" "$work/prometheus.yml" || { echo "FAIL: rule_files path not found in prometheus.yml.example" >&2; exit 1; }
grep -q "$work/srp-metrics-token" "$work/prometheus.yml" || { echo "FAIL: srp-service credentials_file not found in prometheus.yml.example" >&2; exit 1; }
promtool check config "$work/prometheus.yml"

echo "-- promtool check rules"
promtool check rules "$obs"/prometheus/rules/*.yml

echo "-- promtool test rules"
promtool test rules "$obs"/prometheus/tests/*.test.yml

echo "-- amtool check-config + routing"
amtool check-config "$obs/alertmanager/alertmanager.yml.example"
expect_route() {
  local want=$1; shift
  local got
  got=$(amtool config routes test --config.file="$obs/alertmanager/alertmanager.yml.example" "$@" 2>/dev/null)
  [ "$got" = "$want" ] || { echo "FAIL: alert {$*} routed to '$got', expected '$want'" >&2; exit 1; }
  echo "   {$*} -> $got"
}
expect_route null alertname=Watchdog severity=none
expect_route slack-critical alertname=SrpServiceDown severity=critical instance=srp-app:8080
expect_route slack-warnings alertname=HostDiskSpaceHigh severity=warning instance=srp-app:9100
expect_route slack-warnings alertname=SomethingNew

echo "-- blackbox_exporter --config.check"
prometheus-blackbox-exporter --config.check --config.file="$obs/blackbox/blackbox.yml" 2>&1 | grep -q "Config file is ok" ||
  { echo "FAIL: $obs/blackbox/blackbox.yml rejected by blackbox_exporter" >&2; exit 1; }

echo "-- dashboards: JSON, datasource references, alert metadata and runbook anchors"
for board in "$obs"/grafana/dashboards/*.json; do jq -e . "$board" >/dev/null; done
"$venv/bin/python" "$obs/tests/check_observability.py" structure
"$venv/bin/python" -m pytest -q -p no:cacheprovider "$obs/tests"
