import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { healthFastPath } from './fast-health.js';

function fakeRes() {
  const headers: Record<string, unknown> = {};
  let body: unknown;
  const res = {
    statusCode: 0,
    writeHead(status: number, list: string[]) {
      res.statusCode = status;
      for (let i = 0; i < list.length; i += 2) headers[String(list[i]).toLowerCase()] = list[i + 1];
    },
    end: (b?: unknown) => void (body = b),
  };
  return { res: res as unknown as ServerResponse, headers, body: () => body, status: () => res.statusCode };
}

describe('healthFastPath', () => {
  const observed: [string, string, number][] = [];
  const lifecycle = { migrated: true, shuttingDown: false };
  const health = healthFastPath({ observe: (m, r, s) => void observed.push([m, r, s]) }, lifecycle);

  it('answers exactly GET and HEAD /health and records the metric', () => {
    const r = fakeRes();
    expect(health({ url: '/health', method: 'GET', headers: {} } as IncomingMessage, r.res)).toBe(true);
    expect(r.status()).toBe(200);
    expect(String(r.body())).toBe('{"status":"ok"}');
    expect(r.headers['content-length']).toBe('15');
    expect(observed.at(-1)).toEqual(['GET', '/health', 200]);
    const h = fakeRes();
    expect(health({ url: '/health', method: 'HEAD', headers: {} } as IncomingMessage, h.res)).toBe(true);
    expect(h.body()).toBeUndefined();
  });

  it('leaves everything else to Koa', () => {
    for (const [url, method] of [['/health?x=1', 'GET'], ['/health', 'POST'], ['/healthz', 'GET'], ['/ready', 'GET']]) {
      expect(health({ url, method, headers: {} } as IncomingMessage, fakeRes().res)).toBe(false);
    }
  });

  it('reuses a well-formed request id and closes the connection while draining', () => {
    lifecycle.shuttingDown = true;
    const r = fakeRes();
    health({ url: '/health', method: 'GET', headers: { 'x-request-id': 'lb-7' } } as unknown as IncomingMessage, r.res);
    expect(r.headers['x-request-id']).toBe('lb-7');
    expect(r.headers.connection).toBe('close');
    lifecycle.shuttingDown = false;
  });
});
