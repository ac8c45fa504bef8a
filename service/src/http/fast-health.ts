/**
 * GET/HEAD /health without Koa: the liveness probe is the most frequent request a service gets and must
 * never depend on anything but the process answering. Same body, request id and metrics as the Koa
 * route (which still serves /health?with=query and other methods).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_PATTERN } from '../limits.js';
import type { HttpMetrics } from '../metrics.js';
import type { Lifecycle } from '../lifecycle.js';

// A string, not a Buffer: Node sends a string body in the same write as the headers, while a Buffer
// goes out through writev as a second chunk, which profiled as ~40% of this path's CPU time.
const BODY = JSON.stringify({ status: 'ok' });
const BODY_LENGTH_TEXT = String(Buffer.byteLength(BODY));

export function healthFastPath(metrics: HttpMetrics, lifecycle: Lifecycle) {
  return function health(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.url !== '/health' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const start = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    // writeHead with a flat array skips setHeader's per-call validation and header map.
    const headers = ['Content-Type', 'application/json; charset=utf-8', 'Content-Length', BODY_LENGTH_TEXT, 'X-Request-Id', requestId];
    if (lifecycle.shuttingDown) headers.push('Connection', 'close');
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : BODY);
    metrics.observe(req.method, '/health', 200, Number(process.hrtime.bigint() - start) / 1e9);
    return true;
  };
}
