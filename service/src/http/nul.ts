/**
 * What PostgreSQL cannot store, found before the database sees it. text and jsonb reject the NUL
 * character (U+0000) and a lone UTF-16 surrogate (`"\ud800"` parses in JavaScript but is not Unicode);
 * either would fail deep in the driver. A document nested deeper than MAX_JSON_DEPTH is refused too:
 * every recursive step after this one (validation, canonical JSON, jsonb) then stays far from the
 * stack limit. Found here, with the path of the offending value, each is a 400 the client can fix.
 */
import { BadRequestError } from '../errors.js';
import { MAX_JSON_DEPTH } from '../limits.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problem(s: string): string | undefined {
  if (s.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(s)) return 'must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)';
  return undefined;
}

/** A key as it may appear in a field path: what cannot be stored is shown escaped, never raw. */
function printable(key: string): string {
  return key.replace(/[\u0000\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Iterative (an explicit stack), so a hostile depth cannot overflow the call stack here either. */
export function assertStorable(value: unknown, where: 'body' | 'query', maxDepth = MAX_JSON_DEPTH): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: where, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const why = problem(v);
      if (why) throw new BadRequestError(`${path}: ${why}`, path);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) {
      throw new BadRequestError(`${where}: nested deeper than ${maxDepth} levels (at ${path.slice(0, 200)}…)`, where);
    }
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
    // Pushed in reverse so the first offending value in document order is the one reported.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i]!;
      const why = Array.isArray(v) ? undefined : problem(k);
      const childPath = `${path}.${printable(k)}`;
      if (why) throw new BadRequestError(`${childPath}: ${why}`, childPath);
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}
