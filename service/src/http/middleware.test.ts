import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, NotFoundError } from '../errors.js';
import { createLogger } from '../logger.js';
import { requestContext } from './middleware.js';

describe('requestContext', () => {
  const logs: Record<string, any>[] = [];
  const observed: [string, string, number][] = [];
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _e, cb) {
        logs.push(JSON.parse(String(chunk)));
        cb();
      },
    });
    const app = new Koa();
    app.silent = true;
    app.use(requestContext(createLogger('info', sink), { observe: (m, r, s) => void observed.push([m, r, s]) }));
    app.use((ctx) => {
      if (ctx.path === '/bug') {
        // A driver-style error carrying request data in its parameters.
        throw Object.assign(new Error('column "x" does not exist'), { code: '42703', params: ['secret-request-data'] });
      }
      if (ctx.path === '/data') {
        throw Object.assign(new Error('unsupported Unicode escape sequence "secret-value"'), { code: '22P05' });
      }
      if (ctx.path === '/down') throw new DatabaseUnavailableError('database unavailable: connect ECONNREFUSED');
      if (ctx.path === '/missing') throw new NotFoundError('release 9 does not exist');
      ctx.body = { ok: true };
    });
    const server = createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('turns an unknown error into a 500 with the request id, logging the bug but not the request data', async () => {
    const res = await fetch(`${url}/bug`, { headers: { 'x-request-id': 'req-500' } });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'internal error; the request id is in the server log' }, requestId: 'req-500' });
    const entry = logs.find((l) => l.msg === 'unhandled error')!;
    expect(entry).toMatchObject({ level: 'error', requestId: 'req-500', err: { message: 'column "x" does not exist', code: '42703' } });
    expect(JSON.stringify(logs)).not.toContain('secret-request-data');
  });

  it('turns a database data exception (SQLSTATE 22xxx) into a 400 that does not quote the value', async () => {
    const res = await fetch(`${url}/data`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'bad_request', field: 'body' } });
    expect(text).not.toContain('secret-value');
  });

  it('turns a database outage into 503 with Retry-After, and typed errors into their status', async () => {
    const down = await fetch(`${url}/down`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(await down.json()).toMatchObject({ error: { code: 'database_unavailable' } });
    const missing = await fetch(`${url}/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found', message: 'release 9 does not exist' } });
  });

  it('measures and logs every request with the status the client received', async () => {
    await fetch(`${url}/ok`);
    expect(observed).toEqual(expect.arrayContaining([['GET', 'unmatched', 500], ['GET', 'unmatched', 503], ['GET', 'unmatched', 200]]));
    expect(logs.filter((l) => l.msg === 'request').map((l) => l.status)).toEqual(expect.arrayContaining([500, 503, 404, 200]));
  });
});
