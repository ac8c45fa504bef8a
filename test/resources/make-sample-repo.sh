#!/usr/bin/env bash
# make-sample-repo.sh DIR — a small service repository for the real-sh pipeline test: git history with a
# token that was committed and removed, a live GitHub token and AWS key in the tree, and Dockerfile and
# Terraform mistakes. Secrets are random, made at run time and built by concatenation (no secret literal is
# committed). Prints the planted secrets, one per line, to DIR/../planted-secrets.txt.
set -euo pipefail
app=$1
rm -rf "$app"
mkdir -p "$app"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Sample Dev" GIT_AUTHOR_EMAIL="dev@sample.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
rand() { # charset length -> random characters, none repeated
  local set=$1 n=$2 out='' i j
  for ((i = 0; i < n; i++)); do j=$((SRANDOM % ${#set})); out+=${set:j:1}; set=${set:0:j}${set:j+1}; done
  printf '%s' "$out"
}
ALNUM=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789
github_pat="gh""p_$(rand "$ALNUM" 36)"
aws_key_id="AK""IA$(rand ABCDEFGHIJKLMNOPQRSTUVWXYZ234567 16)"
gitlab_pat="glp""at-$(rand "$ALNUM" 20)"
commit() { git -C "$app" add -A; GIT_AUTHOR_DATE=$1 GIT_COMMITTER_DATE=$1 git -C "$app" commit -q --no-gpg-sign -m "$2"; }

git -C "$app" init -q -b main
mkdir -p "$app/src" "$app/infra" "$app/deploy"
printf 'const http = require("node:http");\nhttp.createServer((q, s) => s.end("ok")).listen(8080);\n' >"$app/src/server.js"
printf 'FROM node:latest\nWORKDIR /srv\nCOPY src ./src\nCMD ["node", "src/server.js"]\n' >"$app/Dockerfile"
cat >"$app/infra/main.tf" <<'TF'
resource "aws_security_group" "app" {
  name = "app"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
TF
printf 'RELEASE_TOKEN=%s\n' "$gitlab_pat" >"$app/deploy/release.env"
commit 2026-01-05T10:00:00Z "feat: service, image and infrastructure"
git -C "$app" rm -q deploy/release.env
mkdir -p "$app/deploy"
printf '# CI settings\nGITHUB_TOKEN=%s\n' "$github_pat" >"$app/deploy/ci.env"
printf '[default]\naws_access_key_id = %s\n' "$aws_key_id" >"$app/deploy/aws-credentials"
commit 2026-01-12T10:00:00Z "chore: CI and AWS settings"
printf '%s\n' "$github_pat" "$aws_key_id" "$gitlab_pat" >"$app/../planted-secrets.txt"
