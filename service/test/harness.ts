/**
 * The real HTTP server on an ephemeral loopback port around createApp, for tests that speak HTTP.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Registry } from 'prom-client';
import { createApp } from '../src/app.js';
import type { Db } from '../src/db/types.js';
import { createLogger } from '../src/logger.js';
import type { Lifecycle } from '../src/lifecycle.js';
import { TOKEN } from './fixtures.js';

export interface TestServer {
  url: string;
  lifecycle: Lifecycle;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startTestServer(
  db: Db,
  opts: { apiToken?: string | null; clock?: () => Date; maxBodyBytes?: number; metricsToken?: string; metricsRepositories?: number } = {},
): Promise<TestServer> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const lifecycle: Lifecycle = { migrated: true, shuttingDown: false };
  const apiToken = opts.apiToken === null ? undefined : (opts.apiToken ?? TOKEN);
  const app = createApp({
    db,
    registry: new Registry(),
    logger: createLogger('info', sink),
    config: {
      ...(apiToken ? { apiToken } : {}),
      ...(opts.metricsToken ? { metricsToken: opts.metricsToken } : {}),
      ...(opts.metricsRepositories ? { metricsRepositories: opts.metricsRepositories } : {}),
      build: { version: '9.9.9', commit: 'feedbeef', buildNumber: '321' },
    },
    clock: opts.clock ?? (() => new Date()),
    lifecycle,
    startedAt: new Date('2026-11-24T00:00:00.000Z'),
    ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}),
  });
  const server: Server = createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    lifecycle,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** token null: no Authorization header. */
export function post(url: string, body: unknown, token: string | null = TOKEN, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/v1/releases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
