#!/usr/bin/env bash
# Infra tooling: a pinned Python venv (ansible, ansible-lint, python-hcl2, pytest, yamllint) and, on a
# machine without terraform, OpenTofu built from the Go module proxy. Re-runs are no-ops.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.tools/venv-infra
requirements=ansible/requirements-ci.txt
stamp=$venv/.requirements.sha256
if ! { [ -x "$venv/bin/python" ] && sha256sum --check --status "$stamp" 2>/dev/null; }; then
  echo "infra: installing Python tooling into $venv"
  # Debian's python3 on purpose: the machine image's other pythons are not on a fresh CI machine.
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$requirements"
  sha256sum "$requirements" >"$stamp"
fi

# OpenTofu only where terraform is absent; both format HCL identically for `fmt -check`.
tofu_version=v1.10.10
if ! command -v terraform >/dev/null 2>&1 && ! { [ -x .tools/bin/tofu ] && .tools/bin/tofu version 2>/dev/null | grep -q "${tofu_version#v}"; }; then
  command -v go >/dev/null 2>&1 || export PATH="$PATH:/usr/local/go/bin"
  command -v go >/dev/null 2>&1 || { echo "infra: go is needed to build OpenTofu (terraform is absent)" >&2; exit 1; }
  echo "infra: building OpenTofu $tofu_version (terraform not installed)"
  # `go install module@version` refuses modules whose go.mod has replace directives (OpenTofu's does),
  # so fetch the module source through the proxy and build it from the module cache.
  src=$(GOFLAGS=-mod=mod go mod download -json "github.com/opentofu/opentofu@$tofu_version" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  [ -d "$src" ] || { echo "infra: could not download OpenTofu $tofu_version from the Go module proxy" >&2; exit 1; }
  mkdir -p .tools/bin
  (cd "$src" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$OLDPWD/.tools/bin/tofu" ./cmd/tofu)
fi
