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
    throw new BadRequestError(`request body is not valid JSON: ${(err as Error).message}`, 'body');
  }
}
