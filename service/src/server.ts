/**
 * Process entry point: the only module that reads the environment, the clock, the working directory and
 * signals. Starts listening before the database is ready (so /health answers and /ready says why it is
 * not ready), applies migrations with retries, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Registry } from 'prom-client';
import { createApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { applyMigrations, readMigrations } from './db/migrate.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import type { Db } from './db/types.js';
import { isUnavailable } from './db/unavailable.js';
import { ConfigError } from './errors.js';
import { MIGRATION_RETRY_MS, SHUTDOWN_GRACE_MS } from './limits.js';
import { createLogger } from './logger.js';
import type { Lifecycle } from './lifecycle.js';

// src/server.ts and dist/server.js both sit one level below the package root.
const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIGRATIONS_DIR = path.join(PACKAGE_DIR, 'migrations');

function fail(message: string, code: number): never {
  process.stderr.write(`srp-service: ${message}\n`);
  process.exit(code);
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, packageVersion());
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const migrations = await readMigrations(MIGRATIONS_DIR);

  let db: Db;
  if (config.databaseUrl) {
    db = openPostgres(config.databaseUrl, logger);
  } else {
    const dataDir = path.resolve(config.dataDir);
    try {
      db = await openPglite(dataDir);
    } catch (err) {
      fail(`cannot open the embedded database in ${dataDir} (${(err as Error).message}); set SRP_DATA_DIR to a writable directory not used by another process`, 1);
    }
  }

  const lifecycle: Lifecycle = { migrated: false, shuttingDown: false };
  const startedAt = new Date();
  const app = createApp({
    db,
    registry: new Registry(),
    logger,
    config,
    clock: () => new Date(),
    lifecycle,
    startedAt,
  });
  const server = createServer(app.callback());
  // Keep-alive must outlive a typical load balancer idle timeout (60 s) to avoid races on reused sockets.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      fail(`cannot listen on ${config.host}:${config.port} (${err.code ?? err.message}); set PORT/HOST to a free address`, 1);
    });
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  logger.info(
    {
      address: typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address),
      database: db.kind,
      writes: config.apiToken ? 'enabled' : 'disabled (SRP_API_TOKEN unset)',
      metrics: config.metricsToken ? 'bearer token required' : 'open (SRP_METRICS_TOKEN unset)',
      build: config.build,
    },
    'listening',
  );

  let shutdownStarted = false;
  const shutdown = (signal: string) => {
    if (shutdownStarted) return;
    shutdownStarted = true;
    lifecycle.shuttingDown = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still running after the grace period; exiting');
      server.closeAllConnections();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(async () => {
      try {
        await db.close();
        logger.info('stopped');
      } catch (err) {
        logger.error({ err: { message: (err as Error).message } }, 'closing the database failed');
      }
      clearTimeout(force);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  // Migrations: retried while the database is unreachable; any other failure is fatal (a bad migration
  // must not leave a half-working service that looks alive).
  while (!lifecycle.shuttingDown) {
    try {
      const applied = await applyMigrations(db, migrations);
      lifecycle.migrated = true;
      logger.info({ applied, total: migrations.length }, 'migrations up to date');
      break;
    } catch (err) {
      if (!isUnavailable(err)) {
        logger.fatal({ err: { message: (err as Error).message } }, 'migrations failed');
        fail(`migrations failed: ${(err as Error).message}`, 1);
      }
      logger.warn({ err: { message: (err as Error).message }, retryMs: MIGRATION_RETRY_MS }, 'database unreachable; retrying migrations');
      await new Promise((r) => setTimeout(r, MIGRATION_RETRY_MS));
    }
  }
}

main().catch((err: unknown) => {
  fail(`failed to start: ${(err as Error).message ?? String(err)}`, 1);
});
