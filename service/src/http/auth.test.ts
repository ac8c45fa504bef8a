import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import { checkBearer } from './auth.js';

const TOKEN = 't0ken-'.repeat(8);

describe('checkBearer', () => {
  it('accepts the configured token, case-insensitive scheme', () => {
    expect(() => checkBearer(`Bearer ${TOKEN}`, TOKEN)).not.toThrow();
    expect(() => checkBearer(`bearer ${TOKEN}`, TOKEN)).not.toThrow();
  });

  it.each([undefined, '', 'Basic dXNlcjpwYXNz', `Bearer`, `Bearer ${TOKEN} extra`])('rejects %o as missing', (header) => {
    expect(() => checkBearer(header, TOKEN)).toThrow(UnauthorizedError);
    expect(() => checkBearer(header, TOKEN)).toThrow(/missing bearer token/);
  });

  it.each([`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, 'Bearer x'])('rejects a wrong token %o', (header) => {
    expect(() => checkBearer(header, TOKEN)).toThrow('invalid bearer token');
  });

  it('refuses all writes when no token is configured', () => {
    expect(() => checkBearer(`Bearer ${TOKEN}`, undefined)).toThrow(ForbiddenError);
  });

  it('never puts the token in its messages', () => {
    for (const header of [`Bearer ${TOKEN}x`, 'Bearer nope']) {
      try {
        checkBearer(header, TOKEN);
      } catch (err) {
        expect((err as Error).message).not.toContain(TOKEN);
        expect((err as Error).message).not.toContain('nope');
      }
    }
  });
});
