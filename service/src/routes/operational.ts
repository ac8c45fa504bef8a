/**
 * Health, readiness, version, metrics and the OpenAPI document: the routes the platform probes and scrapes.
 */
import Router from '@koa/router';
import type { Registry } from 'prom-client';
import type { BuildInfo } from '../config.js';
import type { Db } from '../db/types.js';
import { READY_CHECK_TIMEOUT_MS, ROUTER_METHODS } from '../limits.js';
import { checkMetricsBearer } from '../http/auth.js';
import { HEALTH_BODY, HEALTH_CONTENT_TYPE } from '../http/fast-health.js';
import type { Lifecycle } from '../lifecycle.js';

async function pingDatabase(db: Db): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${READY_CHECK_TIMEOUT_MS} ms`), READY_CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.query('SELECT 1').then(() => 'ok'), timeout]);
  } catch (err) {
    // The first line only: connection errors can be long and must not leak connection parameters.
    return `unreachable: ${(err as Error).message.split('\n')[0]!.replace(/postgres(ql)?:\/\/\S+/g, '<url>')}`;
  } finally {
    clearTimeout(timer);
  }
}

export interface OperationalDeps {
  db: Db;
  registry: Registry;
  build: BuildInfo;
  startedAt: Date;
  lifecycle: Lifecycle;
  openapi: Record<string, unknown>;
  /** When set, /metrics requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
}

export function operationalRoutes(deps: OperationalDeps): Router {
  const router = new Router({ methods: ROUTER_METHODS });
  const version = { ...deps.build, startedAt: deps.startedAt.toISOString() };
  const openapiText = JSON.stringify(deps.openapi);

  router.get('/health', (ctx) => {
    // The fast path answers exact GET/HEAD /health before Koa; this route serves the rest (a query
    // string, other methods) with the same body.
    ctx.type = HEALTH_CONTENT_TYPE;
    ctx.body = HEALTH_BODY;
  });

  router.get('/ready', async (ctx) => {
    const database = deps.lifecycle.shuttingDown ? 'shutting down' : await pingDatabase(deps.db);
    const migrations = deps.lifecycle.migrated ? 'ok' : 'pending';
    const ready = database === 'ok' && migrations === 'ok';
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'ready' : 'not_ready', checks: { database, migrations } };
  });

  router.get('/version', (ctx) => {
    ctx.body = version;
  });

  router.get('/metrics', async (ctx) => {
    checkMetricsBearer(ctx.get('Authorization') || undefined, deps.metricsToken);
    ctx.type = deps.registry.contentType;
    ctx.body = await deps.registry.metrics();
  });

  router.get('/openapi.json', (ctx) => {
    ctx.type = 'application/json';
    ctx.body = openapiText;
  });

  return router;
}
