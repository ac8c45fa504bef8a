/**
 * Issue 13 through the built bundle: a report over the 64 MiB whole-file limit is read in two passes
 * with the default tuning. It gates like a small one, and a bad byte anywhere in it is exit 2
 * naming the byte, with nothing written.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs bench script, no declaration file
import { generateTrivyReport } from '../../bench/generate-trivy-report.mjs';
import { DEFAULT_TUNING, readReportFile } from '../../src/report-input.js';
import { expectInputError, gateCli } from '../support/gate-cli.js';

const { dir, gate } = gateCli('srp-large-report-');
const outputs = ['--sarif', 'r.sarif', '--junit', 'j.xml', '--summary', 's.md', '--json', 'v.json'];
let report: Buffer;

beforeAll(() => {
  // ~70 MiB of Trivy's indented JSON: just over the limit, so the bundle streams it.
  report = Buffer.from(JSON.stringify(generateTrivyReport(42_000), null, 2));
  expect(report.length).toBeGreaterThan(DEFAULT_TUNING.streamAboveBytes);
  writeFileSync(join(dir, 'big.json'), report);
});

afterAll(() => rmSync(dir, { recursive: true, force: true })); // ~140 MB of reports

function written(): string[] {
  return readdirSync(dir).filter((name) => name !== 'big.json' && name !== 'bad.json');
}

describe('a report over 64 MiB', () => {
  it('is gated with every output, with the findings of the whole-file reader', () => {
    const run = gate('big.json', ...outputs);
    expect(run.status, run.stderr).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    const whole = readReportFile({ file: join(dir, 'big.json'), root: dir }, undefined, { streamAboveBytes: Number.MAX_SAFE_INTEGER, spillBytes: 1 });
    const wholeResults = whole.runs[0]!.results;
    const wholeFingerprints = new Set(wholeResults.map((r) => r.partialFingerprints['srp/v1']));
    // GitHub's cap keeps 25k results in the log; each is one the whole-file reader found.
    expect(sarif.runs[0]!.results).toHaveLength(25_000);
    expect(sarif.runs[0]!.results.every((r) => wholeFingerprints.has(r.partialFingerprints['srp/v1']!))).toBe(true);
    const verdict = JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8')) as { total: number; counts: Record<string, number> };
    expect(verdict.total).toBe(wholeResults.length);
    const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    for (const r of wholeResults) counts[r.properties.srp.severity.toLowerCase()]! += 1;
    expect(verdict.counts).toEqual(counts);
  });

  const damages: [string, (b: Buffer) => Buffer, string][] = [
    ['truncated', (b) => b.subarray(0, b.length - 1000), 'the JSON ends early (truncated file?) at byte'],
    ['a stray byte between two members near the end', (b) => { const at = b.lastIndexOf('",\n', b.length - 5000) + 2; return Buffer.concat([b.subarray(0, at), Buffer.from('x'), b.subarray(at)]); }, 'invalid JSON at byte'],
    ['bad UTF-8 in the middle', (b) => { const c = Buffer.from(b); c[c.indexOf('"Title"', c.length >> 1) + 12] = 0xff; return c; }, 'is not UTF-8 at byte'],
  ];
  it.each(damages)('%s: exit 2 naming the byte and line, nothing written', (_name, damage, message) => {
    const before = written();
    writeFileSync(join(dir, 'bad.json'), damage(report));
    const run = gate('bad.json', ...outputs.map((o) => (o.startsWith('--') ? o : `new-${o}`)));
    expectInputError(run, 'bad.json: ', message, '(line ');
    expect(written()).toEqual(before);
  });
});
