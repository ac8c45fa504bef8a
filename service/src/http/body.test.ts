import { type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { errorOffset, readJsonBody } from './body.js';

function request(body: string | Buffer[], headers: Record<string, string> = { 'content-type': 'application/json' }): IncomingMessage {
  const stream = Readable.from(typeof body === 'string' ? [Buffer.from(body)] : body);
  return Object.assign(stream, { headers }) as unknown as IncomingMessage;
}

describe('readJsonBody', () => {
  it('parses JSON, with charset in the content type', async () => {
    await expect(readJsonBody(request('{"a":1}', { 'content-type': 'application/json; charset=utf-8' }), 100)).resolves.toEqual({ a: 1 });
  });
  it('refuses other media types with 415', async () => {
    await expect(readJsonBody(request('a=1', { 'content-type': 'application/x-www-form-urlencoded' }), 100)).rejects.toMatchObject({ status: 415 });
    await expect(readJsonBody(request('{}', {}), 100)).rejects.toMatchObject({ status: 415 });
  });
  it('refuses a declared length over the limit before reading', async () => {
    await expect(readJsonBody(request('{}', { 'content-type': 'application/json', 'content-length': '101' }), 100)).rejects.toMatchObject({
      status: 413,
    });
  });
  it('refuses a streamed body over the limit even without Content-Length', async () => {
    const chunks = Array.from({ length: 20 }, () => Buffer.from('x'.repeat(10)));
    await expect(readJsonBody(request(chunks), 100)).rejects.toMatchObject({ status: 413, message: /over the 100-byte limit/ });
  });
  it('gives 400 for empty and malformed bodies', async () => {
    await expect(readJsonBody(request(''), 100)).rejects.toMatchObject({ status: 400, message: /empty/ });
    await expect(readJsonBody(request('{"a":'), 100)).rejects.toMatchObject({ status: 400, message: /not valid JSON/ });
  });
  it('says where a body is malformed, never what it contains', async () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz';
    for (const text of [`{"token":"${secret}" x}`, `{"token":${secret}}`, `${secret}`, `{"a":\n "${secret}",}`]) {
      const err = (await readJsonBody(request(text), 1000).catch((e: unknown) => e)) as Error;
      expect(err.message).toMatch(/^request body is not valid JSON: syntax error at character \d+ \(line \d+, column \d+\)$/);
      expect(err.message).not.toContain('ghp_');
    }
  });
  it('finds the offset of the unexpected token when V8 does not give it', () => {
    expect(errorOffset('{"a":}', 'Unexpected token')).toBe(5);
    expect(errorOffset('abc', 'Unexpected token')).toBe(0);
    expect(errorOffset('{"a":1 x}', 'Expected , at position 7')).toBe(7);
  });
});
