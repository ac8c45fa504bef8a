#!/usr/bin/env bash
# Microsoft's SARIF Multitool, SARIF and GitHub rules, on what srp writes for every fixture and
# every real scan: zero errors allowed.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node scripts/lib/validate-with-multitool.mjs
