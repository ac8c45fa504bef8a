/**
 * A real PostgreSQL outage: stop the server under a running app, then start it again. The app must
 * answer 503 (not 500, not hang) while it is down and recover by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/types.js';
import { type Backend, makeBackend } from './backends.js';
import { failedVerdict, passedVerdict } from './fixtures.js';
import { post, startTestServer, type TestServer } from './harness.js';
import { parsePrometheusText } from './prom-text.js';
import { waitFor } from './wait.js';

describe('PostgreSQL outage and recovery', () => {
  let backend: Backend;
  let db: Db;
  let srv: TestServer;

  beforeAll(async () => {
    backend = await makeBackend('postgres');
    db = await backend.open();
    srv = await startTestServer(db);
  });
  afterAll(async () => {
    await srv?.close();
    await backend?.teardown();
  });

  it('answers 503 while the database is down and recovers when it is back', async () => {
    const before = await post(srv.url, failedVerdict({ repository: 'acme/outage' }));
    expect(before.status).toBe(201);
    const { id } = (await before.json()) as { id: number };
    expect((await fetch(`${srv.url}/ready`)).status).toBe(200);

    await backend.cluster!.stop();

    expect((await fetch(`${srv.url}/health`)).status).toBe(200);
    const ready = await fetch(`${srv.url}/ready`);
    expect(ready.status).toBe(503);
    const readyBody = (await ready.json()) as { status: string; checks: { database: string; migrations: string } };
    expect(readyBody.status).toBe('not_ready');
    expect(readyBody.checks.database).toMatch(/^unreachable: /);
    expect(readyBody.checks.database).not.toMatch(/postgres:\/\//);

    for (const res of [
      await fetch(`${srv.url}/api/v1/releases`),
      await fetch(`${srv.url}/api/v1/releases/${id}`),
      await post(srv.url, passedVerdict({ repository: 'acme/outage' })),
    ]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ error: { code: 'database_unavailable' } });
    }
    const metrics = await fetch(`${srv.url}/metrics`);
    expect(metrics.status).toBe(200);
    const samples = parsePrometheusText(await metrics.text());
    expect(samples.get('srp_ledger_up')).toBe(0);
    expect(samples.get('http_requests_total{method="GET",route="/api/v1/releases",status="503"}')).toBe(1);

    await backend.cluster!.start();

    await waitFor('readiness after restart', async () => ((await fetch(`${srv.url}/ready`)).status === 200 ? true : undefined));
    const after = await fetch(`${srv.url}/api/v1/releases/${id}`);
    expect(after.status).toBe(200);
    const again = await post(srv.url, passedVerdict({ repository: 'acme/outage' }));
    expect(again.status).toBe(201);
    expect(parsePrometheusText(await (await fetch(`${srv.url}/metrics`)).text()).get('srp_ledger_up')).toBe(1);
  });
});
