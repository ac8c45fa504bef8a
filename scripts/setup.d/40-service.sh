#!/usr/bin/env bash
# service/: schemathesis (pinned, from PyPI) in service/.venv for the API fuzz check, and a check that
# the PostgreSQL server binaries the tests start are present (installed from scripts/apt-packages.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "setup: PostgreSQL server binaries missing under /usr/lib/postgresql/*/bin (apt package postgresql)" >&2
  exit 1
fi

venv=service/.venv
req=service/fuzz/requirements.txt
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$req" | cut -d' ' -f1)
if [ ! -x "$venv/bin/schemathesis" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "installing schemathesis into $venv"
  # Debian's interpreter, not whatever python3 is first on PATH: python3-venv provides ensurepip for it.
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$req"
  echo "$want" > "$stamp"
fi
