#!/usr/bin/env node
// Launcher kept in git so `npm ci` can link the `srp` command before the bundle exists;
// the root package's `prepare` (and scripts/setup) builds dist/srp.cjs right after.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'srp.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('srp: the bundle is not built; run `npm run build -w policy-engine` (scripts/setup does it)\n');
  process.exitCode = 4;
} else {
  require(bundle);
}
