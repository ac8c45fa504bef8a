/**
 * docs/policy.md is a contract: every example in it is parsed out of the page here and checked
 * against the code, so the page cannot drift from what the gate does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../paths.test-support.js';
import { findingLocation, findingWhere } from '../sarif/location.js';
import { NOW, finding, run } from './builders.test-support.js';
import { evaluate } from './evaluate.js';
import { parseGitleaksIgnore } from './gitleaksignore.js';
import { compileGlob } from './glob.js';
import { parsePolicy } from './policy-file.js';
import { DEFAULT_POLICY } from './policy.js';
import { SuppressionMatcher } from './suppressions.js';
import { parseTrivyIgnore } from './trivyignore.js';

const DOC = readFileSync(join(REPO_DIR, 'docs', 'policy.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
  /** The last heading above the block. */
  heading: string;
}

function blocks(): Block[] {
  const out: Block[] = [];
  let heading = '';
  const lines = DOC.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
    const open = /^```(\w*)$/.exec(line);
    if (!open) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    out.push({ lang: open[1] ?? '', body: `${body.join('\n')}\n`, heading });
  }
  return out;
}

function only(predicate: (b: Block) => boolean): Block {
  const found = blocks().filter(predicate);
  expect(found).toHaveLength(1);
  return found[0] as Block;
}

/** "Where" shows `package version in location`, or `location:line`: the location part. */
function locationOf(where: string): { package?: string; installedVersion?: string; location?: string; line?: number } {
  const pkg = /^(\S+) (\S+)(?: in (.+))?$/.exec(where);
  if (pkg && (pkg[3] !== undefined || !where.includes('/'))) {
    return { package: pkg[1], installedVersion: pkg[2], ...(pkg[3] !== undefined ? { location: pkg[3] } : {}) };
  }
  const file = /^(.+):(\d+)$/.exec(where);
  return file ? { location: file[1], line: Number(file[2]) } : { location: where };
}

describe('docs/policy.md examples', () => {
  it('every policy file example parses', () => {
    const policies = blocks().filter((b) => b.lang === 'yaml' && /^version: 1/m.test(b.body));
    expect(policies.length).toBeGreaterThanOrEqual(1);
    for (const b of policies) expect(() => parsePolicy(b.body, 'policy.yml')).not.toThrow();
  });

  it('the policy example suppresses what it names', () => {
    const b = only((x) => x.lang === 'yaml' && /^version: 1/m.test(x.body));
    const policy = parsePolicy(b.body, 'policy.yml');
    const m = new SuppressionMatcher(policy.suppressions, 'policy.yml', [], NOW, true);
    expect(m.match(finding({ id: 'CVE-2019-1549', package: 'libssl1.1' }))).toBeDefined();
    expect(m.match(finding({ id: 'CVE-2019-1549', package: 'libcrypto1.1' }))).toBeUndefined();
  });

  it('the .trivyignore example reads as Trivy reads it', () => {
    const b = only((x) => x.heading === '`--trivyignore .trivyignore`');
    const ignore = parseTrivyIgnore(b.body, '.trivyignore');
    expect(ignore.entries.map((e) => [e.id, e.expires])).toEqual([
      ['CVE-2019-1549', undefined],
      ['CVE-2019-1551', '2026-07-01'],
      ['AVD-DS-0002', undefined],
    ]);
  });

  it('the .trivyignore.yaml example covers what its comments say, and nothing else', () => {
    const b = only((x) => x.heading === '`--trivyignore .trivyignore.yaml`');
    const ignore = parseTrivyIgnore(b.body, '.trivyignore.yaml');
    const m = new SuppressionMatcher([], 'default', [ignore], new Date('2026-06-15T12:00:00Z'), true);
    const image = { path: 'os-pkgs', target: 'app:1 (debian 11.6)' };
    const ssl = (installedVersion: string) => finding({ id: 'CVE-2023-3446', package: 'libssl1.1', installedVersion, ...image });
    expect(m.match(ssl('1.1.1n-0+deb11u3'))).toBeDefined();
    expect(m.match(ssl('1.1.1n-0+deb11u4'))).toBeUndefined();
    const ds = (path: string) => finding({ id: 'DS-0002', kind: 'misconfiguration', path, aliases: ['AVD-DS-0002'] });
    expect(m.match(ds('docs/Dockerfile'))).toBeDefined();
    expect(m.match(ds('Dockerfile'))).toBeUndefined();
    expect(m.match(finding({ id: 'aws-access-key-id', kind: 'secret', path: 'a.env' }))).toBeDefined();
    expect(m.match(finding({ id: 'GPL-3.0', kind: 'license', path: 'license' }))).toBeDefined();
    expect(m.match(finding({ id: 'GPL-3.0', kind: 'vulnerability' }))).toBeUndefined();
  });

  it('the .gitleaksignore example covers exactly the findings it names', () => {
    const b = only((x) => x.heading === '`--gitleaksignore .gitleaksignore`');
    const ignore = parseGitleaksIgnore(b.body, '.gitleaksignore');
    const m = new SuppressionMatcher([], 'default', [ignore], NOW, true);
    const leak = (nativeFingerprint: string) => {
      const parts = nativeFingerprint.split(':');
      return finding({ id: parts.at(-2) as string, kind: 'secret', scanner: 'gitleaks', nativeFingerprint, path: parts.at(-3) as string, line: Number(parts.at(-1)) });
    };
    expect(m.match(leak('9326f35380636bcbe61e94b0584d1618c4b5c2c2:detect/detect_test.go:pypi-upload-token:32'))).toBeDefined();
    expect(m.match(leak('1111111111111111111111111111111111111111:detect/detect_test.go:pypi-upload-token:32'))).toBeUndefined();
    expect(m.match(leak('detect/detect_test.go:pypi-upload-token:32'))).toBeUndefined();
    expect(m.match(leak('1111111111111111111111111111111111111111:config/example.env:generic-api-key:3'))).toBeDefined();
    expect(m.match(leak('config/example.env:generic-api-key:3'))).toBeDefined();
    expect(m.match(leak('config/example.env:generic-api-key:4'))).toBeUndefined();
  });

  it('every row of the path glob table holds, against "Where" as the summaries print it', () => {
    const start = DOC.indexOf('<!-- glob-examples');
    expect(start).toBeGreaterThan(0);
    const table = DOC.slice(start).split('\n').slice(1);
    const rows = table.slice(2, table.indexOf(''));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      const [, glob, where, expected] = /^\| `(.+?)` \| `(.+?)` \| (yes|no) \|$/.exec(row) ?? [];
      expect(glob, row).toBeDefined();
      const parsed = locationOf(where as string);
      const isImage = parsed.location !== undefined && / \(\w+ [\d.]+\)$/.test(parsed.location);
      const facts = {
        id: 'CVE-1',
        ...(parsed.package ? { package: parsed.package, installedVersion: parsed.installedVersion } : {}),
        ...(isImage || (parsed.package && parsed.location === undefined)
          ? { path: 'os-pkgs', ...(parsed.location ? { target: parsed.location } : {}) }
          : { path: parsed.location }),
        ...(parsed.line !== undefined ? { line: parsed.line } : {}),
      };
      const f = finding(facts);
      // The row's "Where" is exactly what the summaries print for this finding...
      expect(findingWhere({ ...f.properties.srp }), row).toBe(where);
      // ...and the glob decides on its location part, through the policy path.
      const m = new SuppressionMatcher([{ path: glob as string, reason: 'doc' }], 'policy.yml', [], NOW, true);
      expect(m.match(f) !== undefined, row).toBe(expected === 'yes');
      const location = findingLocation(f.properties.srp);
      expect(location !== undefined && compileGlob(glob as string).matches(location), row).toBe(expected === 'yes');
    }
  });

  it('the verdict example lists the baseline states the gate counts', () => {
    const b = only((x) => x.lang === 'json' && x.heading === 'Verdict JSON contract');
    const example = JSON.parse(b.body) as { baseline: Record<string, number> };
    const { verdict } = evaluate({ runs: [run('Trivy', [])], policy: DEFAULT_POLICY, now: NOW, baseline: [] });
    expect(Object.keys(example.baseline)).toEqual(Object.keys(verdict.baseline ?? {}));
  });

  it('every error example is the message the gate gives for such a file', () => {
    const b = only((x) => x.heading === 'Errors' && x.lang === 'text');
    const produce: [RegExp, () => unknown][] = [
      [/suppressions\[2\]\.reason/, () => parsePolicy('version: 1\nsuppressions:\n  - {id: A, reason: a}\n  - {id: B, reason: b}\n  - {id: C}\n', 'policy.yml')],
      [/unknown key scanners\.trivy\.severities/, () => parsePolicy('version: 1\nscanners:\n  trivy:\n    severities: [HIGH]\n', 'policy.yml')],
      [/suppressions\[0\]\.expires/, () => parsePolicy('version: 1\nsuppressions:\n  - {id: A, reason: a, expires: soon}\n', 'policy.yml')],
      [/\.trivyignore: line 4/, () => parseTrivyIgnore('# a\nCVE-1\n\nCVE-2 exp:2026-02-30\n', '.trivyignore')],
      [/suppressions\[1\]\.path/, () => parsePolicy('version: 1\nsuppressions:\n  - {id: A, reason: a}\n  - {path: "src/[a-", reason: b}\n', 'policy.yml')],
      [/misconfigurations\[0\]\.paths/, () => parseTrivyIgnore('misconfigurations:\n  - id: DS002\n    paths: ["docs/{a,b"]\n', '.trivyignore.yaml')],
      [/\.gitleaksignore: line 2/, () => parseGitleaksIgnore('a.txt:rule:1\nnot a fingerprint\n', '.gitleaksignore')],
    ];
    const lines = b.body.trim().split('\n');
    for (const line of lines) {
      const entry = produce.find(([pattern]) => pattern.test(line));
      expect(entry, `no input reproduces: ${line}`).toBeDefined();
      let message = '';
      try {
        entry?.[1]();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(`srp: error: ${message}`).toBe(line);
    }
  });
});
