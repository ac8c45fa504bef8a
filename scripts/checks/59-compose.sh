#!/usr/bin/env bash
# compose.yaml without a Docker engine: interpolated with .env.example as `docker compose` would, validated
# against the Compose Specification JSON schema that Docker Compose embeds (scripts/setup.d/55-compose-schema.sh),
# then every mounted path, published port, scrape target, datasource URL and secret checked against the
# configs behind it (compose/check_compose.py); compose/prometheus.yml through promtool; yamllint.
# Negative controls: broken copies of compose.yaml must be refused, each for its own reason.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.tools/venv-infra
schema=.tools/compose-spec/compose-spec.json
[ -f "$schema" ] || { echo "FAIL: $schema missing: run scripts/setup (scripts/setup.d/55-compose-schema.sh)" >&2; exit 1; }
for tool in "$venv/bin/python" "$venv/bin/yamllint" promtool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool missing: run scripts/setup" >&2; exit 1; }
done
"$venv/bin/python" -c 'import jsonschema, yaml' || { echo "FAIL: jsonschema/PyYAML missing from $venv: run scripts/setup" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check() { "$venv/bin/python" compose/check_compose.py --schema "$schema" --env-file .env.example "$@"; }

echo "-- yamllint compose.yaml compose/"
"$venv/bin/yamllint" -s -c observability/.yamllint compose.yaml compose/

echo "-- .env is git-ignored (it holds the real secrets)"
git check-ignore -q .env || { echo "FAIL: .env is not git-ignored" >&2; exit 1; }

echo "-- schema + consistency, with the secrets a user puts in .env"
check --secrets-filled compose.yaml

echo "-- .env.example as committed: compose must refuse to start (secrets are empty)"
if check compose.yaml 2>"$work/refused.txt"; then
  echo "FAIL: compose.yaml starts with the empty secrets of .env.example" >&2; exit 1
fi
grep -q 'required variable POSTGRES_PASSWORD is missing a value' "$work/refused.txt" ||
  { echo "FAIL: unexpected refusal:" >&2; cat "$work/refused.txt" >&2; exit 1; }
echo "   refused: $(head -1 "$work/refused.txt")"

echo "-- promtool check config compose/prometheus.yml (with the repository's rule files)"
sed "s#/etc/prometheus/rules/\*.yml#$PWD/observability/prometheus/rules/*.yml#" compose/prometheus.yml >"$work/prometheus.yml"
grep -q "$PWD/observability/prometheus/rules" "$work/prometheus.yml" || { echo "FAIL: rule_files path not found in compose/prometheus.yml" >&2; exit 1; }
promtool check config "$work/prometheus.yml" >/dev/null
echo "   ok"

echo "-- negative controls: each broken copy must be refused for its own reason"
expect_refused() { # name expected-message sed-expression
  sed "$3" compose.yaml >"$work/$1.yaml"
  cmp -s compose.yaml "$work/$1.yaml" && { echo "FAIL: mutation '$1' changed nothing" >&2; exit 1; }
  if check --secrets-filled --project-dir . "$work/$1.yaml" 2>"$work/$1.txt" >/dev/null; then
    echo "FAIL: broken copy '$1' was accepted" >&2; exit 1
  fi
  grep -qF "$2" "$work/$1.txt" || { echo "FAIL: '$1' refused, but not for '$2':" >&2; cat "$work/$1.txt" >&2; exit 1; }
  echo "   $1: $(grep -F "$2" "$work/$1.txt" | head -1)"
}
# The sed expressions name compose's own ${VAR} syntax: nothing is meant to expand here.
# shellcheck disable=SC2016
{
expect_refused unknown-key "services.postgres: Unevaluated properties are not allowed ('restart_policy'" '0,/^    restart: unless-stopped$/s//    restart_policy: always/'
expect_refused bad-enum "schema: services.service.depends_on: {'postgres': {'condition': 'healthy'}} is not valid" 's/condition: service_healthy/condition: healthy/'
expect_refused all-interfaces "publishes on every address" 's/"${SRP_BIND_ADDRESS:-127.0.0.1}:${GRAFANA_PORT/"${GRAFANA_PORT/'
expect_refused missing-mount "./compose/prometheus.yaml (mounted at /etc/prometheus/prometheus.yml) does not exist" 's#./compose/prometheus.yml:#./compose/prometheus.yaml:#'
expect_refused default-not-loopback "publishes on 0.0.0.0, not loopback (with compose.yaml's own defaults)" 's/${SRP_BIND_ADDRESS:-127.0.0.1}:${PROMETHEUS_PORT/${SRP_BIND_ADDRESS:-0.0.0.0}:${PROMETHEUS_PORT/'
expect_refused wrong-target "targets 8081 but the container listens on 8080" 's/:${SRP_SERVICE_PORT:-8080}:8080"/:${SRP_SERVICE_PORT:-8080}:8081"/'
expect_refused wrong-prometheus-url "does not name the compose service 'prometheus'" 's#PROMETHEUS_URL: http://prometheus:9090#PROMETHEUS_URL: http://prom:9090#'
expect_refused writable-config "must be mounted read-only" 's#observability/prometheus/rules:/etc/prometheus/rules:ro#observability/prometheus/rules:/etc/prometheus/rules#'
expect_refused no-secret "slack_api_url_file /etc/prometheus/secrets/slack-webhook-url is not provided" 's#target: /etc/prometheus/secrets/slack-webhook-url#target: /run/secrets/slack#'
}
