#!/usr/bin/env bash
# scripts/demo.d/fix-sample.sh REPO
# What the sample team fixes after its first blocked release, as one commit in the sample repository
# that scripts/scan-sample generated (SCAN_SAMPLE_KEEP_REPO): the leaked credentials were revoked and
# leave the working tree (the app reads them from its environment), the AGPL and GPL dependencies are
# replaced, the image runs as a user with a health check, and the Kubernetes pod is no longer
# privileged. What is left is accepted in the release policy (examples/demo/release-2-policy.yml).
set -euo pipefail
app=${1:?usage: fix-sample.sh REPO}
[ -d "$app/.git" ] || { echo "fix-sample: $app is not the sample repository" >&2; exit 2; }
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Sample Dev" GIT_AUTHOR_EMAIL="dev@sample-shop.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
export GIT_AUTHOR_DATE="2026-01-26T10:00:00Z" GIT_COMMITTER_DATE="2026-01-26T10:00:00Z"

git -C "$app" rm -q deploy/ci.env deploy/aws-credentials keys/deploy_rsa
cat >"$app/src/notify.js" <<'EOF'
// Credentials come from the environment (the deployment's secret store), never from the repository.
const SLACK_WEBHOOK = process.env.SLACK_WEBHOOK_URL;
const STRIPE_KEY = process.env.STRIPE_SECRET_KEY;

async function notifyOrder(order) {
  if (!SLACK_WEBHOOK) return 0;
  await fetch(SLACK_WEBHOOK, { method: "POST", body: JSON.stringify(order) });
  return STRIPE_KEY ? STRIPE_KEY.length : 0;
}

module.exports = { notifyOrder };
EOF
cat >"$app/Dockerfile" <<'EOF'
FROM node:20.18.1-bookworm-slim
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "src/server.js"]
EOF
sed -i 's/^            privileged: true$/            privileged: false\n            allowPrivilegeEscalation: false/' "$app/k8s/deployment.yaml"
# The AGPL and GPL packages give way to MIT-licensed ones; the LGPL one stays (accepted by legal review).
jq '.dependencies = {"lesser-utils": "1.2.0", "tiny-charts": "1.8.0", "tiny-format": "3.1.4"}' \
  "$app/package.json" >"$app/package.json.new"
jq '.packages[""].dependencies = {"lesser-utils": "1.2.0", "tiny-charts": "1.8.0", "tiny-format": "3.1.4"}
  | del(.packages["node_modules/agpl-analytics"], .packages["node_modules/copyleft-charts"])
  | .packages["node_modules/tiny-charts"] = {version: "1.8.0",
      resolved: "https://registry.npmjs.org/tiny-charts/-/tiny-charts-1.8.0.tgz", license: "MIT"}' \
  "$app/package-lock.json" >"$app/package-lock.json.new"
mv "$app/package.json.new" "$app/package.json"
mv "$app/package-lock.json.new" "$app/package-lock.json"
git -C "$app" add -A
git -C "$app" commit -q --no-gpg-sign -m "fix: credentials from the environment, permissive licences, non-root image"
git -C "$app" rev-parse HEAD
