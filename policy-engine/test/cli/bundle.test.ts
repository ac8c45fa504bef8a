/** The shipped bundle's own shape, where it decides how fast every run starts (docs/performance.md). The network
 * group's compressed embedding is exercised by every test that posts a status (gate-status.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SRP_BUNDLE } from '../support/run-srp.js';

describe('the bundle', () => {
  const text = readFileSync(SRP_BUNDLE, 'latin1');

  it('is ASCII, so Node reads it as a one-byte string (tsup.config.ts keepBundleAscii)', () => {
    const line = text.slice(0, text.search(/[^\x00-\x7f]/)).split('\n').length;
    expect(/[^\x00-\x7f]/.test(text), `a non-ASCII byte on line ${line}`).toBe(false);
  });
});
