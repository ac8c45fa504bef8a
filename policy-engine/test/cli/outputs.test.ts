/**
 * The gate's outputs as users get them from the bundle: all five written together, nothing else left
 * in the directory, a symlink at an output path never followed, and /dev/stdin read only when it is
 * a file (docs/engine.md#input-errors).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/paths.test-support.js';
import { SRP_BUNDLE, runSrp } from '../support/run-srp.js';

const REPORT = fixture('trivy/alpine-3.9-image-vulns.json');
const OUTPUTS = { sarif: 'r.sarif', junit: 'j.xml', summary: 's.md', json: 'v.json', html: 'report.html' };
const outputArgs = (dir: string): string[] => Object.entries(OUTPUTS).flatMap(([flag, name]) => [`--${flag}`, join(dir, name)]);

describe('srp gate outputs', () => {
  it('writes every output, and nothing else, into the directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-outputs-'));
    const run = runSrp(['gate', '--quiet', ...outputArgs(dir), REPORT]);
    expect(run.status, run.stderr).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(Object.values(OUTPUTS).sort());
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('Release gate BLOCKED');
    expect(html).toContain('CVE-2019-14697');
  });

  it('lists --html in srp gate --help', () => {
    const run = runSrp(['gate', '--help']);
    expect(run.stdout).toMatch(/^ {2}--html FILE +self-contained HTML report/m);
  });

  it('replaces a symlink planted at an output path instead of writing through it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-outputs-'));
    // One victim per output: links to one file would be two outputs on one path (refused).
    const names = Object.values(OUTPUTS);
    for (const name of names) {
      writeFileSync(join(dir, `victim-${name}`), 'keep me');
      symlinkSync(join(dir, `victim-${name}`), join(dir, name));
    }
    const run = runSrp(['gate', '--quiet', ...outputArgs(dir), REPORT]);
    expect(run.status, run.stderr).toBe(1);
    for (const name of names) {
      expect(readFileSync(join(dir, `victim-${name}`), 'utf8')).toBe('keep me');
      expect(lstatSync(join(dir, name)).isFile()).toBe(true);
    }
    expect(readdirSync(dir)).toHaveLength(names.length * 2);
  });

  it('reads /dev/stdin when it is a redirected file (and the corpus shows a pipe refused)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-outputs-'));
    const fd = openSync(REPORT, 'r');
    try {
      const run = spawnSync(process.execPath, [SRP_BUNDLE, 'gate', '--quiet', '--json', join(dir, 'v.json'), '/dev/stdin'], {
        stdio: [fd, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(1);
      expect(JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8')).blocking).toBeGreaterThan(0);
    } finally {
      closeSync(fd);
    }
  });
});
