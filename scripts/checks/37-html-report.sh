#!/usr/bin/env bash
# Engine HTML report in a real browser: headless Chromium (Debian package, scripts/apt-packages.txt) opens
# a blocked, a passing and a hostile report written by `srp gate --html`; nothing may run or load, the
# phone layout may not scroll sideways. Screenshots land in .srp-out/html-report/ for people to look at.
# Chromium missing is a failure (the test says how to install it), never a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run build --silent -w policy-engine
cd policy-engine && npx vitest run --reporter=dot test/browser/html-report.test.ts
