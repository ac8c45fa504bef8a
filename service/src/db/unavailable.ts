/**
 * Telling "the database is down" (a 503 the client may retry) from "our SQL is wrong" (a bug, 500).
 */
import { DatabaseUnavailableError } from '../errors.js';

/**
 * SQLSTATE classes that mean the server cannot serve us right now: 08 connection exception,
 * 53 insufficient resources, 57 operator intervention (admin shutdown, cannot connect now).
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const UNAVAILABLE_SQLSTATE_CLASSES = ['08', '53', '57'];

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** Messages `pg` uses for failures that carry no code. */
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'Connection ended',
];

export function isUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2));
  }
  if (err instanceof AggregateError) return err.errors.some(isUnavailable);
  return PG_MESSAGES.some((m) => err.message.includes(m));
}

/** Rethrows database-down failures as DatabaseUnavailableError so the HTTP layer can answer 503. */
export async function classifyDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUnavailable(err) && !(err instanceof DatabaseUnavailableError)) {
      throw new DatabaseUnavailableError(`database unavailable: ${(err as Error).message}`, { cause: err });
    }
    throw err;
  }
}
