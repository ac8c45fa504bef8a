import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockedByBothVerdict, RELEASE_META } from '../github/verdicts.test-support.js';
import { fixture } from '../paths.test-support.js';
import { buildLedgerBody, LEDGER_MAX_BODY_BYTES, LEDGER_MAX_SARIF_BYTES } from './record.js';

const meta = RELEASE_META;

describe('buildLedgerBody', () => {
  it('is the verdict plus release metadata, severities lower-cased as the ledger keys them', () => {
    const body = JSON.parse(buildLedgerBody(blockedByBothVerdict(), meta).json);
    expect(body).toMatchObject({ ...meta, passed: false, blocking: 3, counts: { critical: 2, high: 1, medium: 4, low: 0, unknown: 0 } });
    expect(body.blockingFindings.map((f: { severity: string }) => f.severity)).toEqual(['high', 'critical', 'critical']);
    expect(body.suppressions.applied).toHaveLength(2);
    expect(body).not.toHaveProperty('sarif');
  });

  it('includes a real SARIF log (Trivy alpine 3.10) byte-for-byte when it is under the limit', () => {
    const sarif = readFileSync(fixture('trivy/alpine-3.10-image-vulns.sarif'), 'utf8');
    const { json, notes } = buildLedgerBody(blockedByBothVerdict(), meta, sarif);
    expect(notes).toEqual([]);
    expect(JSON.parse(json).sarif).toEqual(JSON.parse(sarif));
  });

  it('leaves out a SARIF log over the ledger limit, or one that is not a JSON object, and says so', () => {
    const big = JSON.stringify({ version: '2.1.0', runs: [], padding: 'x'.repeat(LEDGER_MAX_SARIF_BYTES) });
    const tooBig = buildLedgerBody(blockedByBothVerdict(), meta, big);
    expect(JSON.parse(tooBig.json)).not.toHaveProperty('sarif');
    expect(tooBig.notes).toEqual([expect.stringMatching(/^SARIF log not sent: \d+ bytes is over the ledger's 4194304-byte limit$/)]);
    const broken = buildLedgerBody(blockedByBothVerdict(), meta, '{"version": "2.1.0", "runs": [');
    expect(broken.notes).toEqual(['SARIF log not sent: the file is not a JSON object']);
    expect(() => JSON.parse(broken.json)).not.toThrow();
  });

  it('drops the per-finding list (keeping counts) when the body would exceed what the ledger accepts', () => {
    const verdict = blockedByBothVerdict();
    const one = verdict.blockingFindings[1]!;
    verdict.blockingFindings = Array.from({ length: 40_000 }, (_, i) => ({ ...one, title: 't'.repeat(200), fingerprint: `fp-${i}` }));
    verdict.blocking = verdict.blockingFindings.length;
    const { json, notes } = buildLedgerBody(verdict, meta);
    expect(Buffer.byteLength(json)).toBeLessThan(LEDGER_MAX_BODY_BYTES);
    const body = JSON.parse(json);
    expect(body).not.toHaveProperty('blockingFindings');
    expect(body.blockingFindingsOmitted).toBe(40_000);
    expect(body.blocking).toBe(40_000);
    expect(notes).toEqual(['40000 blocking findings not listed: the body would exceed the ledger limit (counts are kept)']);
  });
});
