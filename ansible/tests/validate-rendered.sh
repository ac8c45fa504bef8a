#!/usr/bin/env bash
# Runs inside the throwaway root after the playbooks: checks every config the roles rendered with
# that config's own validator. Prints one line per file; exits non-zero on the first failure.
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "   ok: $*"; }

sshd -t -f /etc/ssh/sshd_config || fail "sshd -t rejects /etc/ssh/sshd_config with the hardening drop-in"
effective=$(sshd -T -f /etc/ssh/sshd_config -C user=srpadmin,host=ci,addr=127.0.0.1)
for want in "permitrootlogin no" "passwordauthentication no" "allowusers srpadmin" "authenticationmethods publickey"; do
  grep -qx "$want" <<<"$effective" || fail "sshd effective config lacks '$want'"
done
ok "sshd -t / sshd -T: /etc/ssh/sshd_config (+ sshd_config.d/10-srp-hardening.conf)"

visudo -cf /etc/sudoers.d/10-srp-admin >/dev/null || fail "visudo rejects /etc/sudoers.d/10-srp-admin"
ok "visudo -c: /etc/sudoers.d/10-srp-admin"

apt_err=$(apt-config dump 2>&1 >/dev/null) || fail "apt-config cannot parse /etc/apt/apt.conf.d: $apt_err"
[ -z "$apt_err" ] || fail "apt-config warnings: $apt_err"
# shellcheck disable=SC2016 # ${distro_codename} is apt's own placeholder, matched literally
apt-config dump | grep -q 'Unattended-Upgrade::Origins-Pattern:: "origin=Debian,codename=${distro_codename},label=Debian-Security"' ||
  fail "unattended-upgrades origins not visible to apt-config"
ok "apt-config dump: 20auto-upgrades, 52srp-unattended-upgrades"

# Debian 12's dockerd (20.10) has no --validate: every daemon.json key must be one of its flags.
flags=$(dockerd --help 2>&1)
for key in $(jq -r 'keys[]' /etc/docker/daemon.json); do
  flag=${key%s}                                   # log-opts is the plural of --log-opt
  grep -qE -- "--($key|$flag)[ =]" <<<"$flags" || fail "daemon.json key '$key' is not a dockerd option"
done
ok "dockerd --help: every /etc/docker/daemon.json key is a daemon option"

promtool check config /etc/prometheus/prometheus.yml >/dev/null || fail "promtool rejects /etc/prometheus/prometheus.yml"
promtool check rules /etc/prometheus/rules/*.yml >/dev/null || fail "promtool rejects /etc/prometheus/rules"
ok "promtool check config/rules: /etc/prometheus/prometheus.yml, /etc/prometheus/rules/*.yml"
amtool check-config /etc/prometheus/alertmanager.yml >/dev/null || fail "amtool rejects /etc/prometheus/alertmanager.yml"
ok "amtool check-config: /etc/prometheus/alertmanager.yml"
prometheus-blackbox-exporter --config.check --config.file=/etc/prometheus/blackbox.yml 2>&1 | grep -q "Config file is ok" ||
  fail "blackbox_exporter rejects /etc/prometheus/blackbox.yml"
ok "blackbox_exporter --config.check: /etc/prometheus/blackbox.yml"

# Debian's unit starts node_exporter with ARGS from /etc/default: start it the same way and scrape it.
# shellcheck source=/dev/null
. /etc/default/prometheus-node-exporter
# shellcheck disable=SC2086 # ARGS is a flag list, split on purpose as the unit does
prometheus-node-exporter $ARGS >/dev/null 2>&1 &
exporter=$!
listen=$(sed -n 's/.*--web.listen-address=\([^ "]*\).*/\1/p' /etc/default/prometheus-node-exporter)
scraped=false
for _ in $(seq 1 50); do
  if curl -fsS "http://$listen/metrics" 2>/dev/null | grep -q '^node_filesystem_avail_bytes'; then scraped=true; break; fi
  sleep 0.1
done
kill "$exporter" 2>/dev/null || true
wait "$exporter" 2>/dev/null || true
[ "$scraped" = true ] || fail "node_exporter started with /etc/default/prometheus-node-exporter ARGS does not serve metrics on $listen"
ok "node_exporter runs with /etc/default/prometheus-node-exporter ARGS and serves metrics on $listen"

yamllint -d "{extends: default, rules: {line-length: {max: 200}, document-start: disable}}" -s \
  /var/lib/jenkins/casc_configs/jenkins.yaml /etc/grafana/provisioning/datasources/prometheus.yml \
  /etc/grafana/provisioning/dashboards/srp.yml || fail "yamllint rejects a rendered YAML file"
python3 - <<'PY' || fail "Jenkins CasC does not configure the Global Pipeline Library"
import yaml
casc = yaml.safe_load(open("/var/lib/jenkins/casc_configs/jenkins.yaml"))
lib = casc["unclassified"]["globalLibraries"]["libraries"][0]
assert lib["retriever"]["modernSCM"]["scm"]["git"]["remote"].endswith(".git"), lib
assert casc["jenkins"]["securityRealm"]["local"]["users"][0]["password"] == "${JENKINS_ADMIN_PASSWORD}"
PY
ok "yamllint + structure: jenkins.yaml (CasC, Global Pipeline Library), Grafana provisioning"

for board in /var/lib/grafana/dashboards/srp/*.json; do jq -e .uid "$board" >/dev/null || fail "$board"; done
ok "jq: $(find /var/lib/grafana/dashboards/srp -name '*.json' | wc -l) Grafana dashboards"

systemd-analyze verify /etc/systemd/system/trivy-server.service || fail "systemd-analyze rejects trivy-server.service"
ok "systemd-analyze verify: trivy-server.service"

bash -n /usr/local/sbin/srp-deploy || fail "srp-deploy does not parse"
# shellcheck source=/dev/null
(set -u; . /etc/srp/deploy.conf; [ "$HEALTH_URL" = "http://127.0.0.1:18080/health" ]) || fail "/etc/srp/deploy.conf does not source cleanly"
ok "bash: /usr/local/sbin/srp-deploy, /etc/srp/deploy.conf"

grep -qx 'TRIVY_SERVER=http://127.0.0.1:14954' /etc/jenkins/secrets.env ||
  fail "Jenkins' environment does not point the Trivy client at the scanner host's server"
ok "Jenkins environment: TRIVY_SERVER is the scanner host's Trivy server"

# Secrets land only where they belong, with tight modes.
check_mode() { [ "$(stat -c '%a %U:%G' "$1")" = "$2" ] || fail "$1 is $(stat -c '%a %U:%G' "$1"), want $2"; }
check_mode /etc/srp/app.env "600 root:root"
check_mode /etc/default/grafana-server "600 root:root"
check_mode /etc/jenkins/secrets.env "600 root:root"
check_mode /etc/trivy/server.env "600 root:root"
check_mode /etc/prometheus/secrets/slack-webhook-url "640 root:prometheus"
check_mode /etc/prometheus/secrets/srp-metrics-token "640 root:prometheus"
check_mode /etc/sudoers.d/10-srp-admin "440 root:root"
ok "modes of the secret files (0600/0640) and sudoers (0440)"
