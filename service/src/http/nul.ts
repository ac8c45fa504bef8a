/**
 * PostgreSQL text and jsonb cannot hold the NUL character (U+0000): such input would fail deep in the
 * driver as a 500. Found here first, with the path of the offending value, it is a 400 the client can fix.
 */
import { BadRequestError } from '../errors.js';

function find(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = find(value[i], `${path}.${i}`);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return `${path}.${k.replaceAll('\u0000', '\\u0000')}`;
      const hit = find(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function assertNoNul(value: unknown, where: 'body' | 'query'): void {
  const field = find(value, where);
  if (field) throw new BadRequestError(`${field}: must not contain the NUL character (\\u0000)`, field);
}
