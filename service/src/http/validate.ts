/** zod at the boundary: the first issue becomes a 400 naming the field (`body.counts.high`). */
import type { z } from 'zod';
import { BadRequestError } from '../errors.js';

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'path'): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = [where, ...issue.path.map(String)].join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  } else if (issue.path.length > 0 && valueAt(value, issue.path) === undefined) {
    // Custom messages ("must be an http(s) URL") would otherwise hide that the field is simply absent.
    message = 'is required';
  }
  throw new BadRequestError(`${field}: ${message}`, field);
}
