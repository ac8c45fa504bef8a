/**
 * The Jenkins library's launcher (resources/io/securerelease/srp/launch.cjs) with the committed bundle:
 * srp's exit code and last stderr line reach the step, a reused workspace never shows the previous build's
 * verdict when this run writes none, and a crash is never read as "blocked".
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../src/paths.test-support.js';

const HOME = join(REPO_DIR, 'resources', 'io', 'securerelease', 'srp');
const FIXTURES = join(REPO_DIR, '..', 'shared', 'fixtures');
const ALPINE = join(FIXTURES, 'trivy', 'alpine-3.9-image-vulns.json');

interface LaunchOptions {
  /** The argument file's text, when it is not `args` as JSON. */
  argsText?: string;
  /** What the error file holds before the run (a reused workspace keeps the last build's). */
  staleErrorLine?: string;
  errorFile?: (dir: string) => string;
  stdio?: SpawnSyncOptions['stdio'];
}

function launch(args: unknown, home = HOME, options: LaunchOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'srp-launcher-'));
  writeFileSync(join(dir, 'args.json'), options.argsText ?? JSON.stringify(args));
  const errorFile = options.errorFile ? options.errorFile(dir) : join(dir, 'error.txt');
  if (options.staleErrorLine !== undefined) writeFileSync(errorFile, options.staleErrorLine);
  const run = spawnSync(process.execPath, [join(home, 'launch.cjs'), join(dir, 'args.json'), errorFile], { encoding: 'utf8', stdio: options.stdio });
  return { ...run, dir, errorLine: existsSync(errorFile) ? readFileSync(errorFile, 'utf8') : undefined };
}

/** A launcher beside a stand-in srp.cjs holding `source`. */
function fakeHome(source: string): string {
  const home = mkdtempSync(join(tmpdir(), 'srp-launcher-home-'));
  copyFileSync(join(HOME, 'launch.cjs'), join(home, 'launch.cjs'));
  writeFileSync(join(home, 'srp.cjs'), source);
  return home;
}

describe('launch.cjs', () => {
  it('removes the previous outputs before a gate, so an input error leaves no stale verdict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-launcher-'));
    const outputs = ['verdict.json', 'results.sarif', 'junit.xml', 'summary.md', 'report.html'].map((f) => join(dir, f));
    for (const file of outputs) writeFileSync(file, '{"passed":true}');
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"SchemaVersion": 2, "Results": [');
    // Both forms of an option: `--junit PATH` and `--junit=PATH`.
    const run = launch(['gate', '--json', outputs[0]!, '--sarif', outputs[1]!, `--junit=${outputs[2]!}`, '--summary', outputs[3]!, `--html=${outputs[4]!}`, '--', bad]);
    expect(run.status).toBe(2);
    for (const file of outputs) expect(existsSync(file), file).toBe(false);
    expect(run.errorLine).toMatch(/^srp: error: .*broken\.json.*\n$/);
    expect(run.stderr).toContain(run.errorLine);
  });

  it("passes srp's verdict and exit code through, with its summary on stdout and the policy applied", () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-launcher-'));
    const verdict = join(dir, 'verdict.json');
    const run = launch(['gate', '--policy', join(HOME, 'default-policy.yml'), '--json', verdict, '--', ALPINE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('BLOCKED');
    expect(JSON.parse(readFileSync(verdict, 'utf8'))).toMatchObject({ passed: false });
    expect(run.errorLine).toBe('');
  });

  it('writes the last non-empty stderr line, however srp split its writes', () => {
    const home = fakeHome(
      "process.stderr.write('first line\\n'); process.stderr.write('srp: error: the '); process.stderr.write('last one\\n\\n  \\n'); process.exitCode = 2;",
    );
    const run = launch(['gate'], home);
    expect(run.status).toBe(2);
    expect(run.errorLine).toBe('srp: error: the last one\n');
    expect(run.stderr).toBe('first line\nsrp: error: the last one\n\n  \n');
  });

  it('reads an uncaught exception as an internal error (exit 4), naming only its kind', () => {
    const home = fakeHome("setTimeout(() => { throw new TypeError('ghp_' + 'x'.repeat(36)); }, 1);");
    const run = launch(['gate'], home);
    expect(run.status).toBe(4);
    expect(run.errorLine).toBe('srp launcher: srp stopped on an uncaught TypeError; this is a bug, please report it\n');
    expect(run.stderr).not.toContain('ghp_');
  });

  it('reads an unhandled rejection as an internal error (exit 4)', () => {
    const run = launch(['gate'], fakeHome("Promise.reject(new RangeError('no'));"));
    expect(run.status).toBe(4);
    expect(run.errorLine).toContain('uncaught RangeError');
  });

  it('says so when the bundle cannot be loaded (a Node too old for its syntax, a damaged file)', () => {
    const run = launch(['gate'], fakeHome('const broken = ;'));
    expect(run.status).toBe(4);
    expect(run.errorLine).toMatch(/^srp launcher: could not run srp \(v\d+\.\d+\.\d+\): Unexpected token/);
  });

  it('refuses an argument file that is not a JSON array of strings, with exit 4 and the reason', () => {
    const run = launch({ gate: true });
    expect(run.status).toBe(4);
    expect(run.errorLine).toBe('srp launcher: the argument file must hold a JSON array of strings\n');
  });

  it('never removes an input named as an output: srp refuses the run and the baseline is still there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-launcher-'));
    const baseline = join(dir, 'results.sarif');
    const sarif = readFileSync(join(FIXTURES, 'trivy', 'alpine-3.10-image-vulns.sarif'), 'utf8');
    writeFileSync(baseline, sarif);
    // securityGate(baseline: 'srp-report/results.sarif'): last build's log, on this build's --sarif path.
    const run = launch(['gate', '--sarif', baseline, '--baseline', baseline, '--', ALPINE]);
    expect(run.status).toBe(2);
    expect(run.errorLine).toMatch(/--sarif would overwrite the baseline/);
    expect(readFileSync(baseline, 'utf8')).toBe(sarif);
  });

  it("reads nothing from the step's stdin, as when srp ran in a child with stdin on /dev/null", () => {
    const stdin = openSync(ALPINE, 'r');
    try {
      for (const path of ['/dev/stdin', '/proc/self/fd/0']) {
        const run = launch(['gate', '--', path], HOME, { stdio: [stdin, 'pipe', 'pipe'] });
        expect(run.status, path).toBe(2);
        expect(run.errorLine).toBe(`srp: error: ${path}: is a character device, not a report file; save the report to a regular file and pass that (docs/engine.md#input-errors)\n`);
      }
    } finally {
      closeSync(stdin);
    }
  });

  it("never leaves the last build's error line when srp is killed before it exits (a signal, out of memory)", () => {
    const home = fakeHome("process.stderr.write('srp: working\\n'); setTimeout(() => process.kill(process.pid, 'SIGKILL'), 1);");
    const run = launch(['gate'], home, { staleErrorLine: 'srp: error: policy.yml: version: must be 1 (the last build)\n' });
    expect(run.signal).toBe('SIGKILL');
    expect(run.errorLine).toBe('srp launcher: srp ended without an exit code (killed by a signal, or out of memory)\n');
  });

  it('says in one line why it cannot read the argument file, whatever lines the JSON parser quotes', () => {
    const run = launch([], HOME, { argsText: '["gate",\n x\n]' });
    expect(run.status).toBe(4);
    expect(run.errorLine).toMatch(/^srp launcher: cannot read the argument file \S+args\.json: Unexpected token [^\n]* is not valid JSON\n$/);
  });

  it('stops with exit 4 and says so when the error file cannot be written, before srp runs', () => {
    const run = launch(['--version'], HOME, { errorFile: (dir) => join(dir, 'missing', 'error.txt') });
    expect(run.status).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^srp launcher: cannot write the error file \S+error\.txt: ENOENT/);
  });
});
