/** zod at the boundary: the first issue becomes a 400 naming the field (`body.counts.high`). */
import type { z } from 'zod';
import { BadRequestError } from '../errors.js';

export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'path'): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = [where, ...issue.path.map(String)].join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    message = 'is required';
  }
  throw new BadRequestError(`${field}: ${message}`, field);
}
