/**
 * PostgreSQL through a `pg` pool. The pool reconnects by itself after an outage; what we add is short
 * timeouts (a request must fail fast with 503, not hang) and an 'error' listener (an idle client whose
 * server went away must not crash the process).
 */
import pg from 'pg';
import type { Logger } from 'pino';
import { DB_CONNECT_TIMEOUT_MS, DB_POOL_SIZE, DB_QUERY_TIMEOUT_MS } from '../limits.js';
import type { Db, Queryable } from './types.js';
import { classifyDbErrors } from './unavailable.js';

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      const res = await classifyDbErrors(() => client.query(text, params as unknown[]));
      return res.rows as R[];
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await classifyDbErrors(() => client.query(sql));
    },
  };
}

export function openPostgres(connectionString: string, logger: Logger): Db {
  const pool = new pg.Pool({
    connectionString,
    max: DB_POOL_SIZE,
    connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS,
    query_timeout: DB_QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: 'srp-service',
  });
  pool.on('error', (err) => {
    // Only the message: pg errors can carry connection parameters.
    logger.warn({ err: { message: err.message } }, 'idle database connection lost');
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await classifyDbErrors(() => pool.connect());
      const tx = wrap(client);
      let broken: Error | undefined;
      try {
        await tx.exec('BEGIN');
        const result = await fn(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackErr) {
          // The connection is unusable; hand it back destroyed rather than poison the pool.
          broken = rollbackErr as Error;
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
