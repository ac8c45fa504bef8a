#!/usr/bin/env bash
# service/: typecheck, build, then the vitest suite (unit tests, the HTTP API on PGlite and on a real
# PostgreSQL server, outage and recovery, the built server as a process).
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run typecheck -w service --silent
npm run build -w service --silent >/dev/null
npm test -w service --silent
