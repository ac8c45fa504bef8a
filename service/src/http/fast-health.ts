/**
 * GET/HEAD /health without Koa: the liveness probe is the most frequent request a service gets and must
 * never depend on anything but the process answering. Same body (HEALTH_BODY, which the Koa route
 * sends too), request id and metrics as the Koa route (which still serves /health?with=query and other
 * methods). Not logged: see docs/service.md, Logs.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_PATTERN } from '../limits.js';
import type { HttpMetrics } from '../metrics.js';
import type { Lifecycle } from '../lifecycle.js';

/**
 * The /health body and its type, for this path and the Koa route alike, so the two cannot drift.
 * Serialized once: liveness is probed often. A string, not a Buffer: Node sends a string body in the
 * same write as the headers, while a Buffer goes out through writev as a second chunk, which profiled
 * as ~40% of this path's CPU time.
 */
export const HEALTH_BODY = JSON.stringify({ status: 'ok' });
export const HEALTH_CONTENT_TYPE = 'application/json; charset=utf-8';
const BODY_LENGTH_TEXT = String(Buffer.byteLength(HEALTH_BODY));

export function healthFastPath(metrics: HttpMetrics, lifecycle: Lifecycle) {
  return function health(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.url !== '/health' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const start = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    // writeHead with a flat array skips setHeader's per-call validation and header map.
    const headers = ['Content-Type', HEALTH_CONTENT_TYPE, 'Content-Length', BODY_LENGTH_TEXT, 'X-Request-Id', requestId];
    if (lifecycle.shuttingDown) headers.push('Connection', 'close');
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : HEALTH_BODY);
    metrics.observe(req.method, '/health', 200, Number(process.hrtime.bigint() - start) / 1e9);
    return true;
  };
}
