/**
 * Bearer-token check for writes. Both sides are hashed first so timingSafeEqual compares equal-length
 * buffers: the comparison time says nothing about the token's length or content.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthorizedError } from '../errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function checkBearer(authorization: string | undefined, expected: string | undefined): void {
  if (!expected) {
    throw new ForbiddenError('writes are disabled on this server: start it with SRP_API_TOKEN set');
  }
  compareBearer(authorization, expected, 'SRP_API_TOKEN');
}

/** /metrics: open unless the server has SRP_METRICS_TOKEN, then the same constant-time check. */
export function checkMetricsBearer(authorization: string | undefined, expected: string | undefined): void {
  if (expected) compareBearer(authorization, expected, 'SRP_METRICS_TOKEN');
}

function compareBearer(authorization: string | undefined, expected: string, variable: string): void {
  const m = /^Bearer ([^\s]+)$/i.exec(authorization ?? '');
  if (!m) throw new UnauthorizedError(`missing bearer token: send Authorization: Bearer <${variable}>`);
  if (!timingSafeEqual(digest(m[1]!), digest(expected))) {
    throw new UnauthorizedError('invalid bearer token');
  }
}
