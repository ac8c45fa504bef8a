import { describe, expect, it } from 'vitest';
import { GITHUB_STATUS_CONTEXT_MAX } from '../limits.js';
import { gateContext, toolContextName, toolContexts, TOOL_CONTEXT_NAME_MAX } from './contexts.js';

const ESCAPED = /^[a-z0-9._-]{1,40}#[0-9a-f]{12}$/;

describe('toolContextName', () => {
  it('keeps plain names (lowercase letters, digits, . _ -) as they are', () => {
    for (const name of ['trivy', 'gitleaks', 'kube-bench', 'zap_baseline', 'tfsec.v1', '0day', 'x'.repeat(TOOL_CONTEXT_NAME_MAX)]) {
      expect(toolContextName(name)).toBe(name);
    }
  });

  it('escapes the reserved name and every other spelling as slug#hash, with a hash of the exact name', () => {
    expect(toolContextName('gate')).toMatch(/^gate#[0-9a-f]{12}$/);
    for (const name of ['Gate', ' gate', 'gate ', 'GATE', 'ｇａｔｅ', 'gate\u0000', 'Trivy', 'tri vy', 'security/gate']) {
      expect(toolContextName(name), JSON.stringify(name)).toMatch(ESCAPED);
    }
    expect(toolContextName('Gate')).toMatch(/^gate#/);
    expect(toolContextName('ｇａｔｅ')).toMatch(/^gate#/); // NFKC: full-width letters read as what they look like
    expect(toolContextName('security/gate')).toMatch(/^security-gate#/);
    expect(toolContextName('semgrep oss')).toMatch(/^semgrep-oss#[0-9a-f]{12}$/); // the example in docs/github-statuses.md
    expect(new Set(['gate', 'Gate', ' gate', 'GATE', 'ｇａｔｅ'].map(toolContextName)).size).toBe(5);
  });

  it('is deterministic and bounded, and turns names with nothing printable into "tool"', () => {
    expect(toolContextName('Gate')).toBe(toolContextName('Gate'));
    expect(toolContextName('')).toMatch(/^tool#[0-9a-f]{12}$/);
    expect(toolContextName('\u0000\u001b\n')).toMatch(/^tool#/);
    expect(toolContextName('x'.repeat(TOOL_CONTEXT_NAME_MAX + 1))).toMatch(/^x{40}#[0-9a-f]{12}$/);
    const huge = toolContextName(`${'A'.repeat(3_000_000)}\n`);
    expect(huge).toMatch(ESCAPED);
    expect(huge).not.toBe(toolContextName(`${'A'.repeat(3_000_000)}\r`));
  });

  it('tells lone surrogates apart (hashed as UTF-16, not as UTF-8 with U+FFFD)', () => {
    expect(toolContextName('\ud800')).not.toBe(toolContextName('\udc00'));
    expect(toolContextName('\ud800')).not.toBe(toolContextName('\ufffd'));
  });
});

describe('toolContexts', () => {
  it('maps every name, none to the gate context, all distinct case-insensitively and bounded', () => {
    const names = ['trivy', 'gate', 'Gate', '__proto__', 'constructor', 'a\u001b[2Kb', 'x'.repeat(10_000)];
    const contexts = toolContexts('security', names);
    expect([...contexts.keys()].sort()).toEqual([...names].sort());
    const values = [...contexts.values()].map((c) => c.toLowerCase());
    expect(values).not.toContain(gateContext('security'));
    expect(new Set(values).size).toBe(names.length);
    for (const c of contexts.values()) expect(c.length).toBeLessThanOrEqual(GITHUB_STATUS_CONTEXT_MAX);
    expect(contexts.get('trivy')).toBe('security/trivy');
  });

  it('settles names that still meet (a hash collision) with -2, -3 in code-unit order, never sharing a context', () => {
    const collide = (name: string) => (name.startsWith('x') ? `x#${'0'.repeat(12)}` : name);
    const contexts = toolContexts('p', ['xb', 'trivy', 'xa', 'xc', 'Xa'], collide);
    expect(Object.fromEntries(contexts)).toEqual({
      Xa: 'p/Xa',
      trivy: 'p/trivy',
      xa: 'p/x#000000000000',
      xb: 'p/x#000000000000-2',
      xc: 'p/x#000000000000-3',
    });
  });

  it('refuses a prefix that leaves no room for tool names within GitHub\'s limit', () => {
    expect(() => toolContexts('p'.repeat(GITHUB_STATUS_CONTEXT_MAX), ['trivy'])).toThrow(/prefix/);
  });
});
