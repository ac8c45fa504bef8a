#!/usr/bin/env bash
# Debian packages the tests need. Each concern lists its packages in scripts/apt-packages.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t wanted < <(grep -v '^\s*#' scripts/apt-packages.txt | awk 'NF{print $1}')
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
