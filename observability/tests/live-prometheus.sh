#!/usr/bin/env bash
# Runs inside ansible/tests/throwaway-root (scripts/checks/56-infra-prometheus-live.sh), on loopback only.
# 1. monitoring.yml for real with the CI inventory: node_exporter, Prometheus, Alertmanager and
#    blackbox_exporter configs land in /etc exactly as on the app host (rules copied from the repo).
# 2. The service (`npm start`, PGlite), node_exporter, blackbox_exporter, Alertmanager and Prometheus start with
#    those files and the ARGS the roles wrote to /etc/default.
# 3. Targets up, every rule group loaded and evaluated cleanly, a recording rule computed from real
#    node data, the Watchdog firing and delivered to Alertmanager's null route, and every metric named by a dashboard or rule exported by these
#    targets' live /metrics pages or recorded by our rules.
#   live-prometheus.sh REPO WORKDIR
set -euo pipefail
repo=$1 work=$2
cd "$repo"
pids=()
cleanup() {
  # Each background process leads its own process group (setsid): this also stops npm's node child.
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  for log in "$work"/*.log; do [ -s "$log" ] && { echo "--- ${log##*/} (last lines)" >&2; tail -n 15 "$log" >&2; }; done
  exit 1
}
wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null --max-time 2 "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}
listen_of() { sed -n 's/.*--web.listen-address=\([^ "]*\).*/\1/p' "$1"; }

echo "-- monitoring.yml for real (CI inventory)"
(cd ansible && ansible-playbook -i inventories/ci/local.yml monitoring.yml \
  --skip-tags service,third_party -e srp_manage_services=false >"$work/monitoring-play.log" 2>&1) ||
  fail "monitoring.yml failed"
grep -E '^\S+\s+: ok=' "$work/monitoring-play.log" | sed 's/^/   /'
node_addr=$(listen_of /etc/default/prometheus-node-exporter)
blackbox_addr=$(listen_of /etc/default/prometheus-blackbox-exporter)
prom_addr=$(listen_of /etc/default/prometheus)
am_addr=$(listen_of /etc/default/prometheus-alertmanager)
service_port=$(sed -n 's/^ *srp_app_port: *//p' ansible/inventories/ci/local.yml)
for addr in "127.0.0.1:$service_port" "$node_addr" "$blackbox_addr" "$prom_addr" "$am_addr"; do
  [[ "$addr" == 127.0.0.1:* ]] || fail "$addr is not a loopback address; the CI inventory must keep every daemon on loopback"
  ! curl -s -o /dev/null --max-time 1 "http://$addr/" || fail "$addr is already in use; stop what listens there"
done

echo "-- the service (npm start, PGlite) on 127.0.0.1:$service_port"
PORT=$service_port HOST=127.0.0.1 SRP_DATA_DIR="$work/data" setsid npm start --silent >"$work/service.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$service_port/health" 120 || fail "the service did not answer /health within 120s"

echo "-- node_exporter ($node_addr) and blackbox_exporter ($blackbox_addr) with the roles' ARGS"
# shellcheck source=/dev/null
node_args=$(. /etc/default/prometheus-node-exporter && echo "$ARGS")
# shellcheck source=/dev/null
blackbox_args=$(. /etc/default/prometheus-blackbox-exporter && echo "$ARGS")
# shellcheck disable=SC2086 # ARGS are flag lists, split on purpose as Debian's units do
setsid prometheus-node-exporter $node_args >"$work/node.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
setsid prometheus-blackbox-exporter $blackbox_args >"$work/blackbox.log" 2>&1 &
pids+=($!)
wait_for "http://$node_addr/metrics" 30 || fail "node_exporter did not start"
wait_for "http://$blackbox_addr/metrics" 30 || fail "blackbox_exporter did not start"

echo "-- Alertmanager ($am_addr) with /etc/prometheus/alertmanager.yml as the role rendered it"
# shellcheck source=/dev/null
am_args=$(. /etc/default/prometheus-alertmanager && echo "$ARGS")
# shellcheck disable=SC2086
setsid prometheus-alertmanager --config.file=/etc/prometheus/alertmanager.yml --storage.path="$work/alertmanager" $am_args \
  >"$work/alertmanager.log" 2>&1 &
pids+=($!)
wait_for "http://$am_addr/-/ready" 30 || fail "Alertmanager did not become ready"

echo "-- Prometheus ($prom_addr) with /etc/prometheus/prometheus.yml as the role rendered it"
# shellcheck source=/dev/null
prom_args=$(. /etc/default/prometheus && echo "$ARGS")
# shellcheck disable=SC2086
setsid prometheus --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path="$work/tsdb" $prom_args \
  >"$work/prometheus.log" 2>&1 &
pids+=($!)
wait_for "http://$prom_addr/-/ready" 60 || fail "Prometheus did not become ready"
api="http://$prom_addr/api/v1"

# Everything this machine runs must be up; Jenkins (not run here) must be reported down, which shows
# a dead target is seen as one. Scrapes are every 15s, so allow a few rounds.
deadline=$((SECONDS + 90))
while :; do
  health=$(curl -fsS "$api/targets" | jq -r '.data.activeTargets[] | "\(.labels.job)=\(.health)"' | sort | tr '\n' ' ')
  if [[ "$health" == *"srp-service=up"* && "$health" == *"node=up"* && "$health" == *"prometheus=up"* &&
        "$health" == *"trivy-server=up"* && "$health" == *"jenkins=down"* ]]; then break; fi
  [ "$SECONDS" -lt "$deadline" ] || fail "targets not as expected after 90s: $health"
  sleep 2
done
echo "   targets: $health"

expected_groups=$(cat observability/prometheus/rules/*.yml | grep -c '^  - name:')
deadline=$((SECONDS + 90))
while :; do
  rules=$(curl -fsS "$api/rules")
  groups=$(jq '.data.groups | length' <<<"$rules")
  bad=$(jq -r '[.data.groups[].rules[] | select(.health != "ok") | "\(.name)=\(.health) \(.lastError // "")"] | join(", ")' <<<"$rules")
  [ "$groups" -eq "$expected_groups" ] && [ -z "$bad" ] && break
  [ "$SECONDS" -lt "$deadline" ] || fail "rules not all evaluated cleanly after 90s: $groups/$expected_groups groups; $bad"
  sleep 2
done
echo "   rules: $groups groups, $(jq '[.data.groups[].rules[]] | length' <<<"$rules") rules loaded, every one health=ok"

# The recording group runs every 30s; its first evaluation may predate the first node scrape.
deadline=$((SECONDS + 75))
until memory=$(curl -fsS "$api/query" --data-urlencode 'query=instance:node_memory_available:ratio' | jq -r '.data.result[0].value[1] // empty') && [ -n "$memory" ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "recording rule instance:node_memory_available:ratio has no value from the real node_exporter"
  sleep 2
done
echo "   recording rule instance:node_memory_available:ratio = $memory"
up=$(curl -fsS "$api/query" --data-urlencode 'query=up{job="srp-service"}' | jq -r '.data.result[0].value[1] // empty')
[ "$up" = 1 ] || fail "up{job=\"srp-service\"} is '$up', not 1"
firing=$(curl -fsS "$api/alerts" | jq -r '[.data.alerts[] | select(.state == "firing") | .labels.alertname] | join(",")')
[[ ",$firing," == *",Watchdog,"* ]] || fail "Watchdog is not firing (firing: $firing)"
echo "   up{job=\"srp-service\"} = 1; alerts firing: $firing"

# The alert path end to end: Prometheus delivers the Watchdog to Alertmanager, which routes it to the
# null receiver (never to Slack).
deadline=$((SECONDS + 60))
until receivers=$(curl -fsS "http://$am_addr/api/v2/alerts?filter=alertname%3D%22Watchdog%22" | jq -r '[.[].receivers[].name] | unique | join(",")') && [ -n "$receivers" ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "the Watchdog never reached Alertmanager"
  sleep 2
done
[ "$receivers" = "null" ] || fail "Alertmanager routed the Watchdog to '$receivers', expected the null receiver"
echo "   Alertmanager received the Watchdog from Prometheus and routed it to: $receivers"

echo "-- dashboards and rules name only metrics these targets export"
curl -fsS "http://127.0.0.1:$service_port/metrics" >"$work/service.metrics"
curl -fsS "http://$node_addr/metrics" >"$work/node.metrics"
curl -fsS "http://$blackbox_addr/probe?module=trivy_healthz&target=http://127.0.0.1:$service_port/health" >"$work/probe.metrics" || true
grep -q '^probe_success' "$work/probe.metrics" || fail "the blackbox probe page has no probe_success"
python3 observability/tests/check_observability.py metrics "$work/service.metrics" "$work/node.metrics" "$work/probe.metrics"
