/**
 * createApp builds the Koa app from injected dependencies and never listens: tests and server.ts decide
 * where it runs, both through `createApp(deps).callback()`. Nothing here reads the environment, the clock
 * or the working directory directly.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Koa from 'koa';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Config } from './config.js';
import type { Db } from './db/types.js';
import { healthFastPath } from './http/fast-health.js';
import { requestContext } from './http/middleware.js';
import type { Lifecycle } from './lifecycle.js';
import { type HttpMetrics, createMetrics } from './metrics.js';
import { buildOpenApi } from './openapi.js';
import { DEFAULT_METRICS_REPOSITORIES } from './limits.js';
import { ledgerStats } from './releases/repository.js';
import { operationalRoutes } from './routes/operational.js';
import { releaseRoutes } from './routes/releases.js';

export interface AppDeps {
  db: Db;
  registry: Registry;
  logger: Logger;
  config: Pick<Config, 'apiToken' | 'build' | 'metricsToken'> & Partial<Pick<Config, 'metricsRepositories'>>;
  clock: () => Date;
  lifecycle: Lifecycle;
  startedAt: Date;
  /** Off in tests that need deterministic metric text. */
  defaultMetrics?: boolean;
  maxBodyBytes?: number;
}

function metricsFor(deps: AppDeps): HttpMetrics {
  return createMetrics({
    registry: deps.registry,
    build: deps.config.build,
    loadLedgerStats: () => (deps.lifecycle.migrated ? ledgerStats(deps.db, deps.config.metricsRepositories ?? DEFAULT_METRICS_REPOSITORIES) : Promise.reject(new Error('not migrated'))),
    ...(deps.defaultMetrics === undefined ? {} : { defaultMetrics: deps.defaultMetrics }),
  });
}

/**
 * The service's Koa app. Its request listener (`callback()`, which `listen()` uses too) answers GET/HEAD
 * /health before Koa builds a context (liveness must stay cheap, and it is the most frequent request);
 * everything else goes to the middleware. Both record the same HTTP metrics.
 */
export function createApp(deps: AppDeps): Koa {
  const metrics = metricsFor(deps);
  const app = new ServiceApp(healthFastPath(metrics, deps.lifecycle));
  useMiddleware(app, deps, metrics);
  return app;
}

const ANSWERED = Promise.resolve();

class ServiceApp extends Koa {
  constructor(private readonly health: (req: IncomingMessage, res: ServerResponse) => boolean) {
    super();
  }

  override callback(): ReturnType<Koa['callback']> {
    const koa = super.callback();
    // The service serves HTTP/1.1 only (server.ts uses node:http), so requests are IncomingMessages.
    return (req, res) => (this.health(req as IncomingMessage, res as ServerResponse) ? ANSWERED : koa(req, res));
  }
}

function useMiddleware(app: Koa, deps: AppDeps, metrics: HttpMetrics): void {
  // Koa would print errors itself; the request middleware logs them as JSON instead.
  app.silent = true;
  const ops = operationalRoutes({
    db: deps.db,
    registry: deps.registry,
    build: deps.config.build,
    startedAt: deps.startedAt,
    lifecycle: deps.lifecycle,
    openapi: buildOpenApi(deps.config.build.version),
    ...(deps.config.metricsToken ? { metricsToken: deps.config.metricsToken } : {}),
  });
  const releases = releaseRoutes({
    db: deps.db,
    clock: deps.clock,
    ...(deps.config.apiToken ? { apiToken: deps.config.apiToken } : {}),
    ...(deps.maxBodyBytes ? { maxBodyBytes: deps.maxBodyBytes } : {}),
  });

  app.use(requestContext(deps.logger, metrics));
  app.use(async (ctx, next) => {
    await next();
    // While draining, tell keep-alive clients to reconnect elsewhere instead of reusing this socket.
    // Checked after the handler: a request that began before SIGTERM must still close its socket.
    if (deps.lifecycle.shuttingDown) ctx.set('Connection', 'close');
  });
  app.use(ops.routes()).use(ops.allowedMethods());
  app.use(releases.routes()).use(releases.allowedMethods());
}
