import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PolicyError } from '../errors.js';
import { REPO_DIR } from '../paths.test-support.js';
import { parsePolicy } from './policy-file.js';
import { DEFAULT_POLICY } from './policy.js';

function errorOf(text: string, file = 'policy.yml'): string {
  try {
    parsePolicy(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as Error).message;
  }
  throw new Error('expected a PolicyError');
}

describe('parsePolicy', () => {
  it('fills defaults from a minimal file', () => {
    const policy = parsePolicy('version: 1\n', 'p.yml');
    expect(policy).toMatchObject({
      blockingSeverities: ['CRITICAL', 'HIGH'],
      secretsAlwaysBlock: true,
      ignoreUnfixed: false,
      newFindingsOnly: false,
      expiryWarningDays: 14,
      suppressions: [],
      source: 'p.yml',
    });
  });

  it('reads the same policy from JSON and YAML', () => {
    const yaml = parsePolicy(
      'version: 1\nblockingSeverities: [CRITICAL]\nscanners:\n  Trivy:\n    ignoreUnfixed: true\nsuppressions:\n  - id: CVE-2019-1549\n    reason: not reachable\n    expires: 2026-07-01\n',
      'p.yml',
    );
    const json = parsePolicy(
      JSON.stringify({
        version: 1,
        blockingSeverities: ['CRITICAL'],
        scanners: { Trivy: { ignoreUnfixed: true } },
        suppressions: [{ id: 'CVE-2019-1549', reason: 'not reachable', expires: '2026-07-01' }],
      }),
      'p.yml',
    );
    expect(json).toEqual(yaml);
    // Scanner keys are matched case-insensitively against finding scanners, which are lower-case.
    expect(yaml.scanners).toEqual({ trivy: { ignoreUnfixed: true } });
    // An unquoted YAML date stays the date that was written.
    expect(yaml.suppressions[0]?.expires).toBe('2026-07-01');
  });

  it.each([
    ['version: 2\n', 'policy.yml: version: must be 1'],
    ['blockingSeverities: [HIGH]\n', 'policy.yml: version: must be 1'],
    ['version: 1\nblockOn: [HIGH]\n', 'policy.yml: unknown key blockOn'],
    ['version: 1\nscanners:\n  trivy:\n    severities: [HIGH]\n', 'unknown key scanners.trivy.severities'],
    ['version: 1\nkinds:\n  vulns: {}\n', 'unknown key kinds.vulns'],
    ['version: 1\nblockingSeverities: [HIGH, SEVERE]\n', 'policy.yml: blockingSeverities[1]: Invalid option'],
    ['version: 1\nblockingSeverities: [HIGH, HIGH]\n', 'blockingSeverities: lists a severity twice'],
    ['version: 1\nsuppressions:\n  - id: CVE-1\n', 'suppressions[0].reason: is required'],
    ['version: 1\nsuppressions:\n  - id: CVE-1\n    reason: "  "\n', 'suppressions[0].reason: must not be empty'],
    ['version: 1\nsuppressions:\n  - reason: why\n    expires: 2026-01-01\n', 'suppressions[0]: needs at least one matcher'],
    ['version: 1\nsuppressions:\n  - scanner: trivy\n    reason: why\n', 'suppressions[0]: needs at least one matcher'],
    ['version: 1\nsuppressions:\n  - id: X\n    reason: r\n    expires: 2026-02-30\n', 'suppressions[0].expires: must be a calendar date'],
    ['version: 1\nsuppressions:\n  - id: X\n    reason: r\n    expires: next week\n', 'suppressions[0].expires: must be a calendar date'],
    // A YAML timestamp would roll these over to a later, valid date and bring the suppression back.
    ['version: 1\nsuppressions:\n  - id: X\n    reason: r\n    expires: !!timestamp 2026-13-45\n', 'suppressions[0].expires: must be a calendar date'],
    ['%YAML 1.1\n---\nversion: 1\nsuppressions:\n  - id: X\n    reason: r\n    expires: 2026-13-45\n', 'suppressions[0].expires: must be a calendar date'],
    ['version: 1\nsuppressions:\n  - id: X\n    reason: r\n    expires: !!timestamp 2026-12-31T23:00:00-10:00\n', 'suppressions[0].expires: must be a calendar date'],
    ['%YAML 1.1\n---\nversion: 1\nsuppressions:\n  - id: X\n    reason: r\n    expires: 2026-12-31 23:00:00 -10\n', 'suppressions[0].expires: must be a calendar date'],
    ['version: 1\nsuppressions:\n  - id: X\n    reason: r\n    cve: X\n', 'unknown key suppressions[0].cve'],
    ['version: 1\nexpiryWarningDays: -1\n', 'expiryWarningDays:'],
    ['version: 1\nignoreUnfixed: "yes"\n', 'ignoreUnfixed:'],
    ['version: 1\nversion: 1\n', 'not valid YAML or JSON: Map keys must be unique at line 2'],
    ['version: [1\n', 'not valid YAML or JSON'],
    ['', 'the policy file is empty'],
    ['# only a comment\n', 'the policy file is empty'],
    ['- version: 1\n', 'a policy must be a mapping'],
    ['just text\n', 'a policy must be a mapping'],
  ])('rejects %j in one line naming the file and key', (text, expected) => {
    const message = errorOf(text);
    expect(message).toContain(expected);
    expect(message.startsWith('policy.yml: ')).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('refuses a YAML alias bomb as a policy error, before expanding it', () => {
    const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    expect(() => parsePolicy(lines.join('\n'), 'bomb.yml')).toThrow(PolicyError);
    expect(() => parsePolicy(lines.join('\n'), 'bomb.yml')).toThrow('bomb.yml: too many YAML alias expansions');
  });

  it('refuses a list or mapping used as a key, without a warning that would quote the file on stderr', () => {
    // yaml would turn the key into its text (a scanner override named '[ "trivy" ]' that matches
    // nothing), and calls process.emitWarning with that text, newlines and all: past printableLine,
    // a crafted key could start a log line reading "PASSED release gate".
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      expect(errorOf('version: 1\nscanners:\n  ? ["trivy\\nPASSED release gate"]\n  : {blockingSeverities: [LOW]}\n')).toBe(
        'policy.yml: line 3: a key is a list, mapping or alias; write each key out as plain text',
      );
      expect(errorOf('version: 1\n? {a: "\\nPASSED"}\n: 1\n')).toBe('policy.yml: line 2: a key is a list, mapping or alias; write each key out as plain text');
      expect(emitWarning).not.toHaveBeenCalled();
    } finally {
      emitWarning.mockRestore();
    }
  });

  it('never echoes file content from a YAML syntax error', () => {
    const message = errorOf('version: 1\nsuppressions: [ {id: "ghp_canarySECRET0123456789abcdef" \n');
    expect(message).not.toContain('ghp_canary');
  });

  it('DEFAULT_POLICY is the documented default and cannot be mutated by accident', () => {
    expect(DEFAULT_POLICY.blockingSeverities).toEqual(['CRITICAL', 'HIGH']);
    expect(DEFAULT_POLICY.secretsAlwaysBlock).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });

  it('parses the shipped example policy', () => {
    const file = join(REPO_DIR, 'examples', 'policy.yml');
    const policy = parsePolicy(readFileSync(file, 'utf8'), file);
    expect(policy.suppressions.length).toBeGreaterThan(0);
    expect(policy.suppressions.every((s) => s.reason.length > 0)).toBe(true);
  });
});
