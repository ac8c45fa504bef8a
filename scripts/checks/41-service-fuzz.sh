#!/usr/bin/env bash
# service/: schemathesis fuzzes the API from its own OpenAPI document (all checks, fixed seed): no 5xx,
# responses as documented. Needs service/.venv from scripts/setup.d/40-service.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run build -w service --silent >/dev/null
bash service/fuzz/run.sh
