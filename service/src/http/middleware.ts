/**
 * The outermost middleware: request id, error mapping, one access-log line, HTTP metrics. Errors are
 * mapped here (not deeper) so the logged and measured status is the one the client received.
 */
import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from 'pino';
import { DatabaseUnavailableError, HttpError } from '../errors.js';
import { REQUEST_ID_PATTERN } from '../limits.js';
import { type HttpMetrics, UNMATCHED_ROUTE } from '../metrics.js';

const PROBE_ROUTES = new Set(['/health', '/ready', '/metrics']);

interface RequestState {
  requestId: string;
}

function errorBody(ctx: Context, code: string, message: string, field?: string) {
  return { error: { code, message, ...(field ? { field } : {}) }, requestId: (ctx.state as RequestState).requestId };
}

/** Default bodies for statuses the router sets without throwing (404 no route, 405 wrong method). */
function fillEmptyError(ctx: Context): void {
  if (ctx.body !== undefined && ctx.body !== null) return;
  // Assigning a body makes Koa default the status to 200 unless it was set explicitly: keep it.
  const status = ctx.status;
  if (status === 404) ctx.body = errorBody(ctx, 'not_found', `no route for ${ctx.method} ${ctx.path}`.slice(0, 300));
  else if (status === 405) ctx.body = errorBody(ctx, 'method_not_allowed', `${ctx.method} is not allowed here; allowed: ${ctx.response.get('Allow')}`);
  else if (status === 501) ctx.body = errorBody(ctx, 'not_implemented', `${ctx.method} is not supported`);
  ctx.status = status;
}

/** A PostgreSQL data exception (SQLSTATE class 22), as both pg and PGlite report it. */
function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

export function requestContext(logger: Logger, metrics: HttpMetrics) {
  return async function requestContextMiddleware(ctx: Context, next: Next): Promise<void> {
    const start = process.hrtime.bigint();
    const incoming = ctx.get('X-Request-Id');
    const requestId = REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    (ctx.state as RequestState).requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
      fillEmptyError(ctx);
    } catch (err) {
      if (err instanceof HttpError) {
        ctx.status = err.status;
        ctx.body = errorBody(ctx, err.code, err.message, err.field);
      } else if (isDataException(err)) {
        // SQLSTATE class 22: the database refused a value it cannot store (an encoding it rejects, a
        // number out of range). The checks before it should catch these; if one slips through it is still
        // the client's data, a 400, and the driver's message (which may quote the value) stays in the log.
        ctx.status = 400;
        ctx.body = errorBody(ctx, 'bad_request', 'body: the database cannot store a value in this request', 'body');
        const e = err as { message?: unknown; code?: unknown };
        logger.warn({ requestId, err: { message: String(e.message), code: e.code } }, 'database refused a value');
      } else if (err instanceof DatabaseUnavailableError) {
        ctx.status = 503;
        ctx.set('Retry-After', '5');
        ctx.body = errorBody(ctx, 'database_unavailable', 'the release ledger database is unavailable; retry shortly');
        logger.warn({ requestId, err: { message: err.message } }, 'database unavailable');
      } else {
        ctx.status = 500;
        ctx.body = errorBody(ctx, 'internal', 'internal error; the request id is in the server log');
        // The stack goes to the log only. Request headers are never logged (they carry the token).
        // Driver errors carry the SQL parameters (request data); log what identifies the bug, not the data.
        const e = err as { message?: unknown; code?: unknown; stack?: unknown };
        logger.error({ requestId, err: { message: String(e?.message ?? err), code: e?.code, stack: e?.stack } }, 'unhandled error');
      }
    } finally {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const route = (ctx as Context & { _matchedRoute?: string })._matchedRoute ?? UNMATCHED_ROUTE;
      metrics.observe(ctx.method, String(route), ctx.status, seconds);
      // Probes and scrapes arrive every few seconds from every load balancer and Prometheus: successful
      // ones are logged at debug so they do not drown the ledger traffic (and cost less per probe).
      const level = ctx.status < 400 && PROBE_ROUTES.has(String(route)) ? 'debug' : 'info';
      if (logger.isLevelEnabled(level)) {
        logger[level](
          { requestId, method: ctx.method, route: String(route), status: ctx.status, durationMs: Math.round(seconds * 1e4) / 10 },
          'request',
        );
      }
    }
  };
}
