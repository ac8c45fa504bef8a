#!/usr/bin/env bash
# Policy engine: type check, fresh bundle, unit + end-to-end tests (vitest).
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsc --noEmit -p policy-engine
npm run build --silent -w policy-engine
if [ ! -s .srp-out/real-scans/manifest.json ]; then
  scripts/scan-sample .srp-out/real-scans
fi
cd policy-engine && npx vitest run --reporter=dot
