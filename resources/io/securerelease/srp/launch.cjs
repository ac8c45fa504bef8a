'use strict';
// Runs the srp.cjs beside this file with the arguments listed in a JSON file, so a Jenkins step never has
// to quote a value for a shell. Usage: node launch.cjs ARGS.json [ERROR_FILE]
// ARGS.json is a JSON array of strings. Exit code: srp's own (0 pass, 1 blocked, 2 input, 3 notify,
// 4 internal); 4 when the launcher itself cannot run srp. ERROR_FILE receives srp's last stderr line,
// which the step shows in its error message (srp never prints a secret there).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [argsFile, errorFile] = process.argv.slice(2);
const fail = (message) => {
  process.stderr.write(`srp launcher: ${message}\n`);
  if (errorFile) fs.writeFileSync(errorFile, `srp launcher: ${message}\n`);
  process.exit(4);
};

let args;
try {
  args = JSON.parse(fs.readFileSync(argsFile, 'utf8'));
} catch (err) {
  fail(`cannot read the argument file ${argsFile}: ${err.message}`);
}
if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) fail('the argument file must hold a JSON array of strings');

// Workspaces are reused between builds: the previous build's reports must never be archived or read as
// this build's verdict when this run writes none (srp writes nothing on exit 2 or 4, by design).
const OUTPUT_FLAGS = new Set(['--sarif', '--junit', '--summary', '--json', '--html']);
if (args[0] === 'gate') {
  for (let i = 1; i < args.length - 1 && args[i] !== '--'; i++) {
    if (OUTPUT_FLAGS.has(args[i])) {
      try {
        fs.rmSync(args[i + 1], { force: true });
      } catch (err) {
        fail(`cannot remove the previous output ${args[i + 1]}: ${err.message}`);
      }
    }
  }
}

const result = spawnSync(process.execPath, [path.join(__dirname, 'srp.cjs'), ...args], {
  stdio: ['ignore', 'inherit', 'pipe'],
  maxBuffer: 64 * 1024 * 1024,
});
if (result.error) fail(`could not run srp: ${result.error.message}`);
const stderr = result.stderr ? result.stderr.toString('utf8') : '';
process.stderr.write(stderr);
if (errorFile) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  fs.writeFileSync(errorFile, lines.length ? `${lines[lines.length - 1]}\n` : '');
}
if (result.status === null) {
  process.stderr.write(`srp launcher: srp was stopped by ${result.signal}\n`);
  process.exit(4);
}
process.exit(result.status);
