#!/usr/bin/env bash
# terraform/: formatting (terraform or OpenTofu), HCL security-property tests, variable validations run
# by the CLI itself, the inventory template, and scripts/update-admin-cidr (shellcheck + behaviour).
# `terraform validate` and `plan` need the AWS provider, which cannot be downloaded here (see docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.tools/venv-infra
[ -x "$venv/bin/python" ] || { echo "FAIL: $venv missing: run scripts/setup" >&2; exit 1; }
if command -v terraform >/dev/null 2>&1; then tf=terraform
elif [ -x .tools/bin/tofu ]; then tf=.tools/bin/tofu
else echo "FAIL: neither terraform nor .tools/bin/tofu: run scripts/setup" >&2; exit 1; fi
command -v shellcheck >/dev/null 2>&1 || { echo "FAIL: shellcheck missing: run scripts/setup" >&2; exit 1; }

export CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null
echo "-- $tf fmt -check -recursive terraform/"
"$tf" fmt -check -recursive -diff terraform/

echo "-- shellcheck scripts/update-admin-cidr"
shellcheck scripts/update-admin-cidr

echo "-- pytest terraform/tests"
"$venv/bin/python" -m pytest -q -p no:cacheprovider terraform/tests
