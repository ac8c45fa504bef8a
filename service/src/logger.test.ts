import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level label and service name', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).info({ requestId: 'r1' }, 'hello');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', service: 'srp-service', requestId: 'r1', msg: 'hello' });
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('redacts credentials wherever they appear', () => {
    const { lines, stream } = capture();
    const secret = 'sekrit-token-value-0123456789abcdef';
    createLogger('info', stream).info(
      { authorization: `Bearer ${secret}`, req: { headers: { authorization: secret } }, config: { apiToken: secret, databaseUrl: `postgres://u:${secret}@h/db` } },
      'x',
    );
    expect(lines.join('')).not.toContain(secret);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('respects the level', () => {
    const { lines, stream } = capture();
    const log = createLogger('warn', stream);
    log.info('dropped');
    log.warn('kept');
    expect(lines).toHaveLength(1);
  });
});
