#!/usr/bin/env bash
# Node dependencies for every workspace, from the lockfile, then the builds the tests use.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
