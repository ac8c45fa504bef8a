/**
 * Every endpoint and error path over real HTTP, against both storage backends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/types.js';
import { MAX_SARIF_BYTES } from '../src/limits.js';
import { BACKEND_NAMES, type Backend, makeBackend } from './backends.js';
import { TOKEN, failedVerdict, nextCommit, passedVerdict, trivySarif } from './fixtures.js';
import { post, startTestServer, type TestServer } from './harness.js';
import { parsePrometheusText } from './prom-text.js';

describe.each(BACKEND_NAMES)('service API on %s', (backendName) => {
  let backend: Backend;
  let db: Db;
  let srv: TestServer;
  let now = new Date('2026-11-24T01:00:00.000Z');

  beforeAll(async () => {
    backend = await makeBackend(backendName);
    db = await backend.open();
    srv = await startTestServer(db, { clock: () => now });
  });
  afterAll(async () => {
    await srv?.close();
    await backend?.teardown();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${srv.url}${path}`, init);

  describe('operational endpoints', () => {
    it('GET /health answers ok with a request id, reusing a well-formed incoming one', async () => {
      const res = await get('/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const mine = await get('/health', { headers: { 'x-request-id': 'jenkins-128.7' } });
      expect(mine.headers.get('x-request-id')).toBe('jenkins-128.7');
      const evil = await get('/health', { headers: { 'x-request-id': 'a b<script>' } });
      expect(evil.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      // The fast path (exact /health) and the Koa route (/health?…) answer alike.
      const viaKoa = await get('/health?probe=lb', { headers: { 'x-request-id': 'koa-1' } });
      expect(viaKoa.status).toBe(200);
      expect(await viaKoa.json()).toEqual({ status: 'ok' });
      expect(viaKoa.headers.get('x-request-id')).toBe('koa-1');
      const head = await get('/health', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await head.text()).toBe('');
    });

    it('GET /ready is 200 when migrated and the database answers, 503 while migrations are pending or draining', async () => {
      const ok = await get('/ready');
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
      srv.lifecycle.migrated = false;
      try {
        const pending = await get('/ready');
        expect(pending.status).toBe(503);
        expect(await pending.json()).toEqual({ status: 'not_ready', checks: { database: 'ok', migrations: 'pending' } });
      } finally {
        srv.lifecycle.migrated = true;
      }
      srv.lifecycle.shuttingDown = true;
      try {
        const draining = await get('/ready');
        expect(draining.status).toBe(503);
        expect(draining.headers.get('connection')).toBe('close');
      } finally {
        srv.lifecycle.shuttingDown = false;
      }
    });

    it('GET /version reports the build and start time', async () => {
      const res = await get('/version');
      expect(await res.json()).toEqual({ version: '9.9.9', commit: 'feedbeef', buildNumber: '321', startedAt: '2026-11-24T00:00:00.000Z' });
    });

    it('GET /openapi.json is an OpenAPI 3.1 document covering every route', async () => {
      const res = await get('/openapi.json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as { openapi: string; paths: Record<string, object>; components: { schemas: Record<string, { required?: string[] }> } };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(
        ['/api/v1/releases', '/api/v1/releases/{id}', '/api/v1/releases/{id}/sarif', '/health', '/metrics', '/openapi.json', '/ready', '/version'].sort(),
      );
      expect(doc.components.schemas.ReleaseInput!.required).toEqual(
        expect.arrayContaining(['repository', 'commit', 'branch', 'buildNumber', 'buildUrl', 'image', 'tag', 'passed', 'blocking', 'counts']),
      );
    });

    it('answers unknown routes with 404 and wrong methods with 405, as JSON', async () => {
      const missing = await get('/nope');
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
      const wrong = await get('/health', { method: 'DELETE' });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toContain('GET');
      expect(await wrong.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
    });
  });

  describe('POST /api/v1/releases', () => {
    it('records a verdict (201, Location) and returns it by id with the full report', async () => {
      const body = failedVerdict({ commit: nextCommit().toUpperCase(), sarif: trivySarif() });
      const res = await post(srv.url, body);
      expect(res.status).toBe(201);
      const rel = (await res.json()) as Record<string, any>;
      expect(res.headers.get('location')).toBe(`/api/v1/releases/${rel.id}`);
      expect(rel).toMatchObject({
        repository: 'acme/payments-api',
        commit: (body.commit as string).toLowerCase(),
        buildNumber: '128',
        verdict: 'failed',
        passed: false,
        blocking: 2,
        counts: { critical: 2, high: 0, medium: 3, low: 0, unknown: 0 },
        blockingBySeverity: { critical: 2, high: 0, medium: 0, low: 0, unknown: 0 },
        suppressions: [{ id: 'CVE-2019-1549', reason: 'not reachable: no TLS in this image', expires: '2027-01-31', source: 'policy' }],
        recordedAt: now.toISOString(),
        sarif: { stored: true, omittedReason: null },
      });
      expect(rel.byScanner.trivy).toMatchObject({ passed: false, blocking: 2 });
      expect(rel.sarif.bytes).toBeGreaterThan(1000);

      const again = await get(`/api/v1/releases/${rel.id}`);
      expect(again.status).toBe(200);
      const stored = (await again.json()) as Record<string, any>;
      expect(stored).toEqual(rel);
      // Fields the service does not model are kept, and the SARIF log is not inlined in the report.
      expect(stored.report).toMatchObject({ schemaVersion: 1, evaluatedAt: '2026-11-24T02:00:00.000Z', total: 6 });
      expect(stored.report.sarif).toBeUndefined();

      const sarif = await get(`/api/v1/releases/${rel.id}/sarif`);
      expect(sarif.status).toBe(200);
      expect(sarif.headers.get('content-type')).toBe('application/sarif+json');
      expect(await sarif.json()).toEqual(trivySarif());
    });

    it('is idempotent on (repository, commit, build number), whatever the key order or number type', async () => {
      const body = passedVerdict();
      const first = await post(srv.url, body);
      expect(first.status).toBe(201);
      const created = (await first.json()) as { id: number };
      const reordered = Object.fromEntries(Object.entries({ ...body, buildNumber: '128' }).reverse());
      const second = await post(srv.url, reordered);
      expect(second.status).toBe(200);
      expect(((await second.json()) as { id: number }).id).toBe(created.id);
    });

    it('refuses a different verdict for an already recorded build with 409', async () => {
      const body = passedVerdict();
      expect((await post(srv.url, body)).status).toBe(201);
      const res = await post(srv.url, { ...body, passed: false, blocking: 1 });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ error: { code: 'conflict', message: expect.stringMatching(/use a new build number/) } });
    });

    it('records the verdict but not a SARIF log over the size limit', async () => {
      const big = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [], properties: { pad: 'x'.repeat(MAX_SARIF_BYTES) } }] };
      const res = await post(srv.url, failedVerdict({ sarif: big }));
      expect(res.status).toBe(201);
      const rel = (await res.json()) as { id: number; sarif: { stored: boolean; omittedReason: string } };
      expect(rel.sarif.stored).toBe(false);
      expect(rel.sarif.omittedReason).toMatch(/over the 4194304-byte limit/);
      const sarif = await get(`/api/v1/releases/${rel.id}/sarif`);
      expect(sarif.status).toBe(404);
      expect(await sarif.json()).toMatchObject({ error: { message: `release ${rel.id} has no stored SARIF log` } });
    });

    it.each(['repository', 'commit', 'branch', 'buildNumber', 'buildUrl', 'image', 'tag', 'passed', 'blocking', 'counts'])(
      'answers 400 naming body.%s when it is missing',
      async (field) => {
        const body = failedVerdict();
        delete body[field];
        const res = await post(srv.url, body);
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({ error: { code: 'bad_request', field: `body.${field}`, message: `body.${field}: is required` } });
      },
    );

    it.each([
      ['repository', 'not-a-repo', 'body.repository'],
      ['commit', 'abc123', 'body.commit'],
      ['buildUrl', 'ftp://ci.example.test/1', 'body.buildUrl'],
      ['tag', '-bad tag', 'body.tag'],
      ['blocking', -1, 'body.blocking'],
      ['counts', { critical: 1, high: 0, medium: 0, low: 0 }, 'body.counts.unknown'],
      ['suppressions', { applied: [{ id: 'CVE-1', source: 'policy' }] }, 'body.suppressions.applied.0.reason'],
      ['sarif', { version: '2.0.0', runs: [] }, 'body.sarif.version'],
      ['branch', 'main\u0000', 'body.branch'],
      ['counts', { critical: 0, high: 0, medium: 0, low: 0, unknown: 0, ['x\u0000']: 1 }, 'body.counts.x\\u0000'],
    ])('answers 400 for an invalid %s', async (key, value, field) => {
      const res = await post(srv.url, failedVerdict({ [key]: value }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { field: string; message: string } };
      expect(body.error.field).toBe(field);
      expect(body.error.message.startsWith(`${field}: `)).toBe(true);
    });

    it.each([
      ['a lone surrogate in a string', { branch: 'main\ud800' }, 'body.branch', /lone UTF-16 surrogate/],
      ['a lone surrogate deep in the SARIF log', { sarif: { version: '2.1.0', runs: [{ tool: { driver: { name: 'x\udc00' } } }] } }, 'body.sarif.runs.0.tool.driver.name', /lone/],
      ['a lone surrogate in a key', { extra: { ['k\ud83d']: 1 } }, 'body.extra.k\\ud83d', /lone/],
      ['a build URL with credentials', { buildUrl: 'https://user:pass@jenkins.example.test/job/x/1/' }, 'body.buildUrl', /user information/],
      ['a build URL with a user name only', { buildUrl: 'http://admin@jenkins.example.test/job/x/1/' }, 'body.buildUrl', /user information/],
      ['passed with blocking findings', { passed: true, blocking: 7, counts: { critical: 7, high: 0, medium: 0, low: 0, unknown: 0 } }, 'body.passed', /must be false when blocking is 7/],
      ['failed with nothing blocking', { passed: false, blocking: 0, blockingFindings: [] }, 'body.passed', /must be true when blocking is 0/],
      ['more blocking than counted', { blocking: 9 }, 'body.blocking', /must not exceed the 5 counted findings/],
      ['blocking findings beyond their severity count', { counts: { critical: 1, high: 0, medium: 3, low: 0, unknown: 0 } }, 'body.blockingFindings', /lists 2 critical/],
    ])('answers 400, never 500, for %s', async (_what, over, field, message) => {
      const body = failedVerdict(over);
      const res = await post(srv.url, body);
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { error: { field: string; message: string } };
      expect(answer.error.field).toBe(field);
      expect(answer.error.message).toMatch(message);
      expect(answer.error.message).not.toContain('pass@');
    });

    it('answers 400 for a deeply nested body without crashing, and records a normal one afterwards', async () => {
      const bomb = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const res = await post(srv.url, `{"repository":"acme/x","extra":${bomb}}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { field: 'body', message: expect.stringMatching(/nested deeper than 64 levels/) } });
      expect((await post(srv.url, failedVerdict())).status).toBe(201);
    });

    it('says where a malformed body breaks, without echoing any of it', async () => {
      const res = await post(srv.url, '{"repository":"acme/x","note":"secret-material-here" oops}');
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ error: { field: 'body', message: expect.stringMatching(/at character \d+ \(line 1, column \d+\)/) } });
      expect(text).not.toMatch(/secret|oops/);
    });

    it('answers 400 for malformed JSON and 415 for another media type', async () => {
      const bad = await post(srv.url, '{"repository":');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { field: 'body', message: expect.stringMatching(/not valid JSON/) } });
      const form = await post(srv.url, 'a=1', TOKEN, { 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
    });

    it('answers 401 for a missing or wrong token, and never logs the token', async () => {
      const none = await post(srv.url, failedVerdict(), null);
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { code: 'unauthorized', message: expect.stringMatching(/missing bearer token/) } });
      const wrong = await post(srv.url, failedVerdict(), `${TOKEN}-wrong`);
      expect(wrong.status).toBe(401);
      expect(JSON.stringify(srv.logs)).not.toContain(TOKEN);
      expect(srv.logs.some((l) => l.msg === 'request' && l.status === 401 && typeof l.requestId === 'string')).toBe(true);
    });

    it('refuses writes with 403 when the server has no token, and 413 over the body limit', async () => {
      const readOnly = await startTestServer(db, { apiToken: null, maxBodyBytes: 2048 });
      try {
        const res = await post(readOnly.url, failedVerdict());
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ error: { message: expect.stringMatching(/SRP_API_TOKEN/) } });
      } finally {
        await readOnly.close();
      }
      const small = await startTestServer(db, { maxBodyBytes: 2048 });
      try {
        const res = await post(small.url, failedVerdict({ sarif: trivySarif() }));
        expect(res.status).toBe(413);
        expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large', field: 'body' } });
      } finally {
        await small.close();
      }
    });
  });

  describe('GET /api/v1/releases', () => {
    const repo = `acme/list-${backendName}`;
    const ids: number[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 5; i++) {
        now = new Date(Date.UTC(2026, 10, 20 + i, 12));
        const body = i % 2 === 0 ? failedVerdict({ repository: repo, buildNumber: i }) : passedVerdict({ repository: repo, buildNumber: i });
        const res = await post(srv.url, body);
        expect(res.status).toBe(201);
        ids.push(((await res.json()) as { id: number }).id);
      }
      now = new Date('2026-11-25T00:00:00.000Z');
    });

    type Page = { items: { id: number; verdict: string; repository: string; recordedAt: string }[]; nextCursor: string | null };
    const list = async (qs: string) => {
      const res = await get(`/api/v1/releases?${qs}`);
      expect(res.status).toBe(200);
      return (await res.json()) as Page;
    };

    it('pages newest first with a cursor until it runs out', async () => {
      const seen: number[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const page: Page = await list(`repository=${encodeURIComponent(repo)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
        pages++;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual([...ids].reverse());
    });

    it('filters by verdict, commit and time', async () => {
      const failed = await list(`repository=${encodeURIComponent(repo)}&verdict=failed`);
      expect(failed.items.map((r) => r.id)).toEqual([ids[4], ids[2], ids[0]]);
      // Offsets are normalized to UTC before they reach SQL (PostgreSQL refuses offsets beyond ±15:59).
      expect((await list('since=0423-10-14T08:36:48.6539-16:12&limit=1')).items).toHaveLength(1);
      const window = await list(`repository=${encodeURIComponent(repo)}&since=2026-11-21T00:00:00Z&until=2026-11-23T00:00:00Z`);
      expect(window.items.map((r) => r.recordedAt)).toEqual(['2026-11-22T12:00:00.000Z', '2026-11-21T12:00:00.000Z']);
      const one = (await (await get(`/api/v1/releases/${ids[3]}`)).json()) as { commit: string };
      const byCommit = await list(`commit=${one.commit.toUpperCase()}`);
      expect(byCommit.items.map((r) => r.id)).toEqual([ids[3]]);
      const none = await list('repository=acme/never-shipped');
      expect(none).toEqual({ items: [], nextCursor: null });
    });

    it.each([
      ['limit=0', 'query.limit'],
      ['limit=201', 'query.limit'],
      ['limit=ten', 'query.limit'],
      ['verdict=maybe', 'query.verdict'],
      ['since=yesterday', 'query.since'],
      ['cursor=bm90LWFuLWlk', 'query.cursor'],
      ['cursor=***', 'query.cursor'],
      ['repository=a%00b', 'query.repository'],
      ['since=0000-01-01T00:00:00Z', 'query.since'],
      ['colour=blue', 'query'],
    ])('answers 400 for %s naming %s', async (qs, field) => {
      const res = await get(`/api/v1/releases?${qs}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'bad_request', field } });
    });

    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      for (const path of ['/api/v1/releases/abc', '/api/v1/releases/0', '/api/v1/releases/abc/sarif']) {
        const res = await get(path);
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({ error: { field: 'path' } });
      }
      for (const path of ['/api/v1/releases/987654321', '/api/v1/releases/987654321/sarif']) {
        const res = await get(path);
        expect(res.status).toBe(404);
        expect(await res.json()).toMatchObject({ error: { message: 'release 987654321 does not exist' } });
      }
    });
  });

  describe('GET /metrics', () => {
    it('exposes default, HTTP, build and gate metrics, labelled by route template only', async () => {
      const repo = `acme/metrics-${backendName}`;
      const first = await post(srv.url, failedVerdict({ repository: repo }));
      const { id } = (await first.json()) as { id: number };
      await post(srv.url, passedVerdict({ repository: repo }));
      await get(`/api/v1/releases/${id}`);
      await get('/definitely/not/a/route');

      const res = await get('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      const s = parsePrometheusText(text);
      expect(s.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(s.get('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
      expect(s.get('srp_build_info{build_number="321",commit="feedbeef",version="9.9.9"}')).toBe(1);
      expect(s.get('http_requests_total{method="GET",route="/api/v1/releases/:id",status="200"}')).toBeGreaterThanOrEqual(1);
      expect(s.get('http_requests_total{method="POST",route="/api/v1/releases",status="201"}')).toBeGreaterThanOrEqual(2);
      expect(s.get('http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
      // /health through the fast path and through Koa lands in the same series.
      expect(s.get('http_requests_total{method="GET",route="/health",status="200"}')).toBeGreaterThanOrEqual(4);
      expect(s.get('http_requests_total{method="HEAD",route="/health",status="200"}')).toBeGreaterThanOrEqual(1);
      expect(s.get('http_request_duration_seconds_count{method="GET",route="/api/v1/releases/:id",status="200"}')).toBeGreaterThanOrEqual(1);
      // Raw paths never become label values.
      expect(text).not.toContain(`/api/v1/releases/${id}"`);
      expect(text).not.toContain('/definitely/not/a/route');
      expect(s.get(`srp_gate_verdicts_total{repo="${repo}",verdict="failed"}`)).toBe(1);
      expect(s.get(`srp_gate_verdicts_total{repo="${repo}",verdict="passed"}`)).toBe(1);
      // The latest release of the repo is the passed one: nothing blocks.
      expect(s.get(`srp_release_blocking_findings{repo="${repo}",severity="critical"}`)).toBe(0);
      expect(s.get('srp_ledger_up')).toBe(1);
      expect(s.get('srp_ledger_last_verdict_timestamp_seconds')).toBe(now.getTime() / 1000);
    });

    it('exports per-repository series for the most recently released repositories only, and totals over all', async () => {
      const capped = await startTestServer(await backend.open(), { metricsRepositories: 2, clock: () => now });
      try {
        for (const [i, repo] of ['acme/old', 'acme/mid', 'acme/new'].entries()) {
          expect((await post(capped.url, failedVerdict({ repository: repo, buildNumber: i }))).status).toBe(201);
          expect((await post(capped.url, passedVerdict({ repository: repo, buildNumber: 100 + i }))).status).toBe(201);
        }
        const s = parsePrometheusText(await (await fetch(`${capped.url}/metrics`)).text());
        expect(s.get('srp_gate_verdicts_total{repo="acme/new",verdict="passed"}')).toBe(1);
        expect(s.get('srp_gate_verdicts_total{repo="acme/mid",verdict="failed"}')).toBe(1);
        expect([...s.keys()].filter((k) => k.includes('acme/old'))).toEqual([]);
        expect(s.get('srp_ledger_verdicts_total{verdict="passed"}')).toBe(3);
        expect(s.get('srp_ledger_verdicts_total{verdict="failed"}')).toBe(3);
        expect(s.get('srp_ledger_repositories')).toBe(3);
      } finally {
        await capped.close();
      }
    });

    it('requires the metrics bearer token when SRP_METRICS_TOKEN is set', async () => {
      const metricsToken = 'metrics-token-0123456789abcdef0123456789';
      const guarded = await startTestServer(db, { metricsToken });
      try {
        const none = await fetch(`${guarded.url}/metrics`);
        expect(none.status).toBe(401);
        expect(await none.json()).toMatchObject({ error: { code: 'unauthorized', message: expect.stringMatching(/SRP_METRICS_TOKEN/) } });
        expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
        const ok = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
        expect(ok.status).toBe(200);
        expect(await ok.text()).toContain('srp_ledger_up 1');
        // Probes and reads stay open.
        expect((await fetch(`${guarded.url}/ready`)).status).toBe(200);
      } finally {
        await guarded.close();
      }
    });
  });
});
