'use strict';
// Runs the srp.cjs beside this file with the arguments listed in a JSON file, so a Jenkins step never has
// to quote a value for a shell. Usage: node launch.cjs ARGS.json [ERROR_FILE]
// ARGS.json is a JSON array of strings. Exit code: srp's own (0 pass, 1 blocked, 2 input, 3 notify,
// 4 internal); 4 when the launcher itself cannot run srp, or srp stops on an exception it did not catch.
// ERROR_FILE receives srp's last stderr line, which the step shows in its error message (srp never prints a
// secret there).
//
// srp runs in this process (require, not a child): a second Node start-up would double what every gate pays
// before it reads a byte (~40–100 ms, more with NODE_EXTRA_CA_CERTS), and its stderr reaches the log as it is
// written instead of when srp has finished.
const fs = require('node:fs');
const path = require('node:path');

const [argsFile, errorFile] = process.argv.slice(2);
const fail = (message) => {
  // One line, like srp's: the step shows the error file's last line, and a JSON message can quote several.
  process.stderr.write(`srp launcher: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
  process.exit(4);
};
if (errorFile) keepLastStderrLine(errorFile);

let args;
try {
  args = JSON.parse(fs.readFileSync(argsFile, 'utf8'));
} catch (err) {
  fail(`cannot read the argument file ${argsFile}: ${err.message}`);
}
if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) fail('the argument file must hold a JSON array of strings');

// Workspaces are reused between builds: the previous build's reports must never be archived or read as
// this build's verdict when this run writes none (srp writes nothing on exit 2 or 4, by design).
// An output that is also an input (a baseline on this build's --sarif path) is never removed: srp refuses
// that run (exit 2), and the input must still be there.
const OUTPUT_FLAGS = new Set(['--sarif', '--junit', '--summary', '--json', '--html']);
if (args[0] === 'gate') {
  // Argument index → output path, for `--json PATH` and `--json=PATH` alike.
  const outputs = new Map();
  for (let i = 1; i < args.length && args[i] !== '--'; i++) {
    const eq = args[i].indexOf('=');
    if (OUTPUT_FLAGS.has(args[i]) && i + 1 < args.length) outputs.set(i + 1, args[i + 1]);
    else if (eq > 0 && OUTPUT_FLAGS.has(args[i].slice(0, eq))) outputs.set(i, args[i].slice(eq + 1));
  }
  let inputs;
  for (const output of outputs.values()) {
    const id = fileId(output);
    if (id !== undefined) {
      // Every other argument that names a file: option values, reports, and --flag=value forms.
      inputs ??= new Set(
        args
          .filter((_, j) => !outputs.has(j))
          .map((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : arg))
          .map(fileId),
      );
      if (inputs.has(id)) continue;
    }
    try {
      fs.rmSync(output, { force: true });
    } catch (err) {
      fail(`cannot remove the previous output ${output}: ${err.message}`);
    }
  }
}

// srp ran with its stdin on /dev/null (a child with stdio 'ignore'): /dev/stdin as a report or policy must not
// read the step's input now that srp runs in this process. Nothing here has opened fd 0, so /dev/null takes it.
if (process.platform !== 'win32') {
  try {
    fs.closeSync(0);
  } catch {
    // Not open: Node opens /dev/null for a closed stdin at start-up, so this is not expected.
  }
  const fd = fs.openSync('/dev/null', 'r');
  if (fd !== 0) fail(`could not put srp's stdin on /dev/null (it got fd ${fd})`);
}

// srp catches its own errors (exit 2 or 4 with one line). Anything that still escapes would end Node with
// exit 1, which the step reads as "blocked": say it is internal instead. Only the error's kind is printed:
// its message could quote a report.
process.on('uncaughtException', (err) => {
  fail(`srp stopped on an uncaught ${err instanceof Error ? err.constructor.name : typeof err}; this is a bug, please report it`);
});

process.argv = [process.argv[0], path.join(__dirname, 'srp.cjs'), ...args];
try {
  require('./srp.cjs');
} catch (err) {
  // A Node too old for the bundle's syntax, or a damaged bundle.
  fail(`could not run srp (${process.version}): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
}

/** The device and inode of an existing file (a symlink or hard link to it shares them), else undefined. */
function fileId(file) {
  try {
    const stat = fs.statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Tees stderr: every line still reaches the log at once, and the last non-empty one is written to `file` on exit.
 * A process killed by a signal or out of memory never reaches 'exit': the line written first says so, instead of
 * what the last build (same workspace, same file) left there.
 */
function keepLastStderrLine(file) {
  try {
    fs.writeFileSync(file, 'srp launcher: srp ended without an exit code (killed by a signal, or out of memory)\n');
  } catch (err) {
    fail(`cannot write the error file ${file}: ${err.message}`);
  }
  let last = '';
  let partial = '';
  const write = process.stderr.write;
  process.stderr.write = function teeWrite(chunk, ...rest) {
    const text = partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const lines = text.split('\n');
    partial = lines.pop();
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i].trim()) {
        last = lines[i].trim();
        break;
      }
    }
    return write.call(this, chunk, ...rest);
  };
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, partial.trim() || last ? `${partial.trim() || last}\n` : '');
    } catch (err) {
      // Gone since the start (a cleaned workspace): srp's exit code still stands.
      write.call(process.stderr, `srp launcher: cannot write the error file ${file}: ${err.message}\n`);
    }
  });
}
