/**
 * Reads a JSON request body with a hard size limit, counting bytes as they arrive, so a client cannot
 * make us buffer more than the limit whatever its Content-Length says.
 */
import type { IncomingMessage } from 'node:http';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new UnsupportedMediaTypeError('request body must be JSON: send Content-Type: application/json');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    throw new PayloadTooLargeError(`request body is ${declared} bytes; the limit is ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      // Stop reading; Koa answers and the connection is closed rather than drained.
      req.pause();
      throw new PayloadTooLargeError(`request body is over the ${limit}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new BadRequestError('request body is empty: send a JSON document', 'body');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    // V8's message quotes a piece of the body; a client (or a log reader) gets the place, never the text.
    const at = errorOffset(text, (err as Error).message);
    throw new BadRequestError(`request body is not valid JSON: syntax error at ${where(text, at)}`, 'body');
  }
}

const END_OF_INPUT = /Unexpected end of JSON input|Unterminated/;

/**
 * Where JSON.parse gave up, as a character offset. Newer V8 says "at position N" for some errors and only
 * quotes the text for others; then the offset is found by bisecting prefixes (a prefix that stops before
 * the bad token fails only with "end of input"), a handful of parses on an already failed request.
 */
export function errorOffset(text: string, message: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  const failsBefore = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return false;
    } catch (e) {
      return !END_OF_INPUT.test((e as Error).message);
    }
  };
  let lo = 0;
  let hi = text.length;
  // Smallest n whose prefix already holds the bad token; the token is its last character.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (failsBefore(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `character ${offset} (line ${line}, column ${column})`;
}
