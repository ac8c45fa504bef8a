import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockedByBothVerdict, RELEASE_META } from '../github/verdicts.test-support.js';
import { startLedgerStandin, type LedgerStandin } from './ledger-standin.test-support.js';
import { displayUrl, postToLedger, releasesUrl } from './post.js';
import { buildLedgerBody } from './record.js';

const TOKEN = 'srp_ledgerPostTestToken_9f3e1c';
const meta = RELEASE_META;

let ledger: LedgerStandin;
let dispatcher: Agent;
beforeEach(async () => {
  ledger = await startLedgerStandin(TOKEN);
  dispatcher = new Agent({ headersTimeout: 300, bodyTimeout: 300 });
});
afterEach(async () => {
  await dispatcher.destroy();
  await ledger.close();
});

const post = (overrides: { token?: string; url?: string; retries?: number; body?: string } = {}) =>
  postToLedger({
    url: overrides.url ?? ledger.url,
    token: overrides.token ?? TOKEN,
    tokenEnv: 'SRP_API_TOKEN',
    body: overrides.body ?? buildLedgerBody(blockedByBothVerdict(), meta).json,
    dispatcher,
    retries: overrides.retries ?? 2,
    retryBaseMs: 5,
    userAgent: 'srp-test',
  });

describe('postToLedger', () => {
  it('records the verdict with the bearer token; the service schema accepts the body', async () => {
    const out = await post();
    expect(out).toEqual({ ok: true, line: `ledger: recorded as release 1 at ${ledger.url}/api/v1/releases` });
    expect(ledger.invalid).toEqual([]);
    expect(ledger.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('a rerun of the same build is idempotent (200) and still ok', async () => {
    await post();
    const again = await post();
    expect(again.ok).toBe(true);
    expect(again.line).toMatch(/already recorded/);
  });

  it('401: names the variable to fix, not the token', async () => {
    const out = await post({ token: 'wrong-token' });
    expect(out.ok).toBe(false);
    expect(out.line).toBe("ledger refused the token in SRP_API_TOKEN (401: invalid bearer token); set it to the service's SRP_API_TOKEN");
  });

  it('400 from the service schema: reports the field', async () => {
    const out = await post({ body: JSON.stringify({ ...blockedByBothVerdict(), ...meta, commit: 'abc' }) });
    expect(out.ok).toBe(false);
    expect(out.line).toMatch(/^ledger rejected the record as invalid \(400: .*\(field commit\)\)/);
  });

  it('a verdict the ledger could not store as built is fitted and recorded (gate: verdict recorded)', async () => {
    const verdict = blockedByBothVerdict();
    const tool = 'Very Long SARIF Tool Name From A Vendor Scanner Suite, Enterprise Edition 2026';
    verdict.byScanner = { ...verdict.byScanner, [tool]: { passed: true, blocking: 0, counts: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 }, suppressed: 0 } };
    verdict.blockingFindings[0] = { ...verdict.blockingFindings[0]!, title: 'lone \ud800 and NUL \u0000 in a title' };
    verdict.suppressions.applied[0] = { ...verdict.suppressions.applied[0]!, reason: 'long '.repeat(600) };
    const built = buildLedgerBody(verdict, { ...meta, buildUrl: 'https://bot:pw@ci.example.com/job/shop/12/' });
    const out = await post({ body: built.json });
    expect(ledger.invalid).toEqual([]);
    expect(out.ok).toBe(true);
    expect(built.notes.length).toBeGreaterThanOrEqual(3);
  });

  it('any other 4xx prints the ledger\'s own one-line message and field', async () => {
    ledger.failNext({ kind: 'status', status: 422 });
    const out = await post();
    expect(out.ok).toBe(false);
    expect(out.line).toMatch(/^ledger answered 422: database unreachable at http/);
  });

  it('503 twice then success: retried by undici RetryAgent, recorded once', async () => {
    ledger.failNext({ kind: 'status', status: 503 }, 2);
    const out = await post();
    expect(out.ok).toBe(true);
    expect(ledger.requests.map((r) => r.answered)).toEqual([503, 503, 201]);
  });

  it('5xx beyond the retry budget: one line, bounded attempts', async () => {
    ledger.failNext({ kind: 'status', status: 502 }, 10);
    const out = await post({ retries: 2 });
    expect(out.ok).toBe(false);
    expect(out.line).toMatch(/^ledger answered 502 at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/releases after 2 retries/);
    expect(ledger.requests).toHaveLength(3);
  });

  it('a hang times out and is retried; always hanging gives up with a timeout line', async () => {
    ledger.failNext({ kind: 'hang' });
    expect((await post()).ok).toBe(true);
    ledger.failNext({ kind: 'hang' }, 10);
    const out = await post({ retries: 1 });
    expect(out.ok).toBe(false);
    expect(out.line).toMatch(/timed out after 1 retries \(UND_ERR_HEADERS_TIMEOUT\)/);
  });
});

describe('URLs', () => {
  it('appends the releases path to a base URL and strips credentials from what is shown', () => {
    expect(releasesUrl('https://ledger.example.com').href).toBe('https://ledger.example.com/api/v1/releases');
    expect(releasesUrl('https://ledger.example.com/base/').href).toBe('https://ledger.example.com/base/api/v1/releases');
    expect(releasesUrl('https://ledger.example.com/api/v1/releases').href).toBe('https://ledger.example.com/api/v1/releases');
    expect(displayUrl(new URL('https://user:secret@ledger.example.com/api/v1/releases?token=x'))).toBe('https://ledger.example.com/api/v1/releases');
  });
});
