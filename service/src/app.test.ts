import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import type { Db } from './db/types.js';
import { createLogger } from './logger.js';

// /health and /version never reach the database: a Db that refuses every call proves it.
const noDb: Db = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  exec: () => Promise.reject(new Error('no database in this test')),
  transaction: () => Promise.reject(new Error('no database in this test')),
  close: () => Promise.resolve(),
};

describe('createApp', () => {
  const registry = new Registry();
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    const app = createApp({
      db: noDb,
      registry,
      logger: createLogger('silent'),
      config: { build: { version: '1.2.3', commit: 'c0ffee', buildNumber: '7' } },
      clock: () => new Date('2026-01-01T00:00:00.000Z'),
      lifecycle: { migrated: true, shuttingDown: false },
      startedAt: new Date('2026-01-01T00:00:00.000Z'),
      defaultMetrics: false,
    });
    const server = createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('answers /health on the fast path and through Koa with the same body and type', async () => {
    const fast = await fetch(`${url}/health`);
    const koa = await fetch(`${url}/health?probe=lb`);
    for (const res of [fast, koa]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
    expect(await koa.text()).toBe(await fast.text());
    // Both land in the one route-template series.
    expect(await registry.metrics()).toMatch(/http_requests_total\{method="GET",route="\/health",status="200"\} 2/);
  });

  it('serves the rest through Koa', async () => {
    const res = await fetch(`${url}/version`);
    expect(await res.json()).toEqual({ version: '1.2.3', commit: 'c0ffee', buildNumber: '7', startedAt: '2026-01-01T00:00:00.000Z' });
  });
});
