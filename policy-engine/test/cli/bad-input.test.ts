/**
 * The gate fails closed: every kind of bad input gives exit 2, exactly one line on stderr that
 * names the file, no stack trace, no secret, and no output file at all.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../src/paths.test-support.js';
import { runSrp } from '../support/run-srp.js';

const CANARY = ['ghp_', 'Zq9CanaryCanaryCanary0123456789abcdef'].join('');
let dir: string;
const trivyFixture = () => readFileSync(fixture('trivy/alpine-3.9-image-vulns.json'), 'utf8');
const gitleaksFixture = () => readFileSync(fixture('gitleaks/json-report-v8.30.json'), 'utf8');
const sarifFixture = () => readFileSync(fixture('trivy/alpine-3.10-image-vulns.sarif'), 'utf8');

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function json(name: string, value: unknown): string {
  return file(name, JSON.stringify(value));
}

function trivyWith(mutate: (report: any) => void): unknown {
  const report = JSON.parse(trivyFixture());
  mutate(report);
  return report;
}

interface BadCase {
  name: string;
  /** Arguments after `srp gate` and the output flags; may create files. */
  args: () => string[];
  /** Text the one error line must contain (normally the offending file's name). */
  mentions: () => string;
  /** Further checks after the run (e.g. an input the run must not have touched). */
  after?: () => void;
}

const reportCase = (name: string, make: () => string, mentions?: string): BadCase => {
  let path = '';
  return {
    name,
    args: () => [(path = make())],
    mentions: () => mentions ?? path,
  };
};

const cases: BadCase[] = [
  reportCase('missing file', () => join(dir, 'does-not-exist.json')),
  reportCase('directory', () => {
    const sub = join(dir, 'a-directory');
    mkdirSync(sub, { recursive: true });
    return sub;
  }),
  reportCase('empty file', () => file('empty.json', '')),
  reportCase('whitespace only', () => file('blank.json', ' \n\t\n')),
  reportCase('binary (PNG header)', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))),
  reportCase('UTF-16 encoded JSON', () => file('utf16.json', Buffer.from('\ufeff[{"RuleID":"x"}]', 'utf16le'))),
  reportCase('truncated Trivy report', () => file('truncated.json', trivyFixture().slice(0, 2000))),
  reportCase('truncated Gitleaks report', () => file('truncated-gitleaks.json', gitleaksFixture().slice(0, 120))),
  reportCase('plain text', () => file('notes.txt', 'scan finished, no findings\n')),
  reportCase('trailing garbage after JSON', () => file('garbage.json', `${trivyFixture()}\nDONE`)),
  reportCase('JSON null', () => file('null.json', 'null')),
  reportCase('JSON number', () => file('number.json', '42')),
  reportCase('JSON string', () => file('string.json', '"report"')),
  reportCase('JSON boolean', () => file('bool.json', 'true')),
  reportCase('empty object', () => json('empty-object.json', {})),
  reportCase('array of numbers', () => json('numbers.json', [1, 2, 3])),
  reportCase('Trivy Results not an array', () => json('results-string.json', trivyWith((r) => (r.Results = 'none')))),
  reportCase('Trivy vulnerability without id', () =>
    json('no-vuln-id.json', trivyWith((r) => delete r.Results[0].Vulnerabilities[0].VulnerabilityID)),
  ),
  reportCase('Trivy unknown SchemaVersion', () => json('schema-99.json', trivyWith((r) => (r.SchemaVersion = 99)))),
  reportCase('Gitleaks finding without RuleID', () => {
    const findings = JSON.parse(gitleaksFixture());
    delete findings[0].RuleID;
    return json('no-rule.json', findings);
  }),
  reportCase('SARIF without runs', () => json('no-runs.sarif', { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' })),
  reportCase('SARIF 1.0.0 log', () => json('old.sarif', { version: '1.0.0', runs: [] })),
  reportCase('SARIF runs not an array', () => {
    const log = JSON.parse(sarifFixture());
    log.runs = { run: 1 };
    return json('runs-object.sarif', log);
  }),
  reportCase('SARIF result that is not an object', () => {
    const log = JSON.parse(sarifFixture());
    log.runs[0].results[0] = 42;
    return json('result-number.sarif', log);
  }),
  reportCase('CycloneDX SBOM instead of a scan', () => fixture('trivy/npm-cyclonedx.cdx.json')),
  reportCase('SPDX SBOM instead of a scan', () => fixture('trivy/conda-spdx.spdx.json')),
  reportCase('Gitleaks CSV report', () => fixture('gitleaks/csv-report-v8.30.csv')),
  reportCase('Gitleaks JUnit report', () => fixture('gitleaks/junit-report-v8.30.xml')),
  reportCase('YAML given as a report', () => file('policy-as-report.yml', 'version: 1\nblock: [CRITICAL]\n')),
  reportCase('oversized report (sparse 600 MiB)', () => {
    const path = file('huge.json', '[');
    truncateSync(path, 600 * 1024 * 1024);
    return path;
  }),
  reportCase('character device', () => '/dev/null'),
  reportCase('invalid JSON quoting a secret', () => file('leaky.json', `[{"RuleID":"github-pat","Secret":"${CANARY}" "Match":1}]`)),
  {
    name: 'second report bad after a good one',
    args: () => [fixture('trivy/alpine-3.9-image-vulns.json'), file('second-bad.json', '{"Results": [')],
    mentions: () => join(dir, 'second-bad.json'),
  },
  {
    name: 'forced format that does not exist',
    args: () => ['--format', 'nessus', fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => 'nessus',
  },
  {
    name: 'forced format that does not fit the content',
    args: () => ['--format', 'gitleaks-json', fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => 'alpine-3.9-image-vulns.json',
  },
  {
    name: 'policy file that is not YAML',
    args: () => ['--policy', file('bad-policy.yml', 'version: 1\nblock: [CRITICAL\n'), fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => 'bad-policy.yml',
  },
  {
    name: 'policy file with an unknown key',
    args: () => ['--policy', file('unknown-key.yml', 'version: 1\nblokc: true\n'), fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => 'blokc',
  },
  {
    name: 'policy suppression without a reason',
    args: () => [
      '--policy',
      file('no-reason.yml', 'version: 1\nsuppressions:\n  - id: CVE-2019-14697\n'),
      fixture('trivy/alpine-3.9-image-vulns.json'),
    ],
    mentions: () => 'reason',
  },
  {
    name: 'policy of an unsupported version',
    args: () => ['--policy', file('v2.yml', 'version: 2\n'), fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => 'v2.yml',
  },
  {
    name: 'baseline that is not SARIF or a report',
    args: () => ['--baseline', file('baseline.txt', 'previous run\n'), fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => 'baseline.txt',
  },
  {
    name: 'binary .trivyignore',
    args: () => ['--trivyignore', file('.trivyignore', Buffer.from([0, 1, 2, 3])), fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => '.trivyignore',
  },
  {
    name: 'unknown flag',
    args: () => ['--polcy', 'x.yml', fixture('trivy/alpine-3.9-image-vulns.json')],
    mentions: () => '--polcy',
  },
  { name: 'no report at all', args: () => [], mentions: () => 'no report' },

  // ---- Values a reader does not understand (issue 8 items 3, 4, 11): refused, never guessed.
  reportCase('Trivy severity SEVERE', () => json('sev-severe.json', trivyWith((r) => (r.Results[0].Vulnerabilities[0].Severity = 'SEVERE')))),
  reportCase('Trivy severity as a number', () => json('sev-number.json', trivyWith((r) => (r.Results[0].Vulnerabilities[0].Severity = 9)))),
  reportCase('Trivy severity null', () => json('sev-null.json', trivyWith((r) => (r.Results[0].Vulnerabilities[0].Severity = null)))),
  reportCase('Trivy severity missing', () => json('sev-missing.json', trivyWith((r) => delete r.Results[0].Vulnerabilities[0].Severity))),
  reportCase('Trivy results key in lower case', () =>
    json('lc-results.json', trivyWith((r) => {
      r.results = r.Results;
      delete r.Results;
    })),
  ),
  reportCase('Trivy FixedVersion key in lower case', () =>
    json('lc-fixed.json', trivyWith((r) => {
      const v = r.Results[0].Vulnerabilities[0];
      v.fixedversion = v.FixedVersion ?? '1.2.3';
      delete v.FixedVersion;
    })),
  ),
  reportCase('Trivy misconfiguration status nobody writes', () => {
    const report = JSON.parse(readFileSync(fixture('trivy/dockerfile-misconfig.json'), 'utf8'));
    report.Results[0].Misconfigurations[0].Status = 'ERRORED';
    return json('misconf-status.json', report);
  }),
  reportCase('SARIF run that says it failed', () =>
    json('failed-run.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, invocations: [{ executionSuccessful: false }], results: [] }] }),
  ),
  reportCase('SARIF run with an error-level execution notification', () =>
    json('notified-run.sarif', {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'semgrep' } }, invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'error', message: { text: 'parse failed' } }] }], results: [] }],
    }),
  ),
  reportCase('SARIF invocation without executionSuccessful', () =>
    json('no-success.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, invocations: [{}], results: [] }] }),
  ),
  reportCase('SARIF result level that is not one', () =>
    json('bad-level.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results: [{ ruleId: 'r', level: 'fatal', message: { text: 'm' } }] }] }),
  ),
  reportCase('SARIF security-severity that is not a score', () =>
    json('bad-score.sarif', {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'semgrep' } }, results: [{ ruleId: 'r', level: 'note', message: { text: 'm' }, properties: { 'security-severity': 'critical' } }] }],
    }),
  ),
  reportCase('SARIF suppression status that is not one', () =>
    json('bad-suppression.sarif', {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'semgrep' } }, results: [{ ruleId: 'r', level: 'error', message: { text: 'm' }, suppressions: [{ kind: 'external', status: 'REJECTED' }] }] }],
    }),
  ),
  reportCase('SARIF results key in another case', () =>
    json('lc-sarif.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, Results: [{ ruleId: 'r', level: 'error', message: { text: 'm' } }] }] }),
  ),
  reportCase('Trivy SARIF with an unknown severity line', () => {
    const log = JSON.parse(sarifFixture());
    const result = log.runs[0].results[0];
    result.message.text = result.message.text.replace(/Severity: \w+/, 'Severity: SEVERE');
    return json('trivy-severe.sarif', log);
  }),
  {
    name: 'YAML alias bomb as the policy',
    args: () => {
      const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
      return ['--policy', file('bomb.yml', lines.join('\n')), fixture('trivy/alpine-3.9-image-vulns.json')];
    },
    mentions: () => 'bomb.yml',
  },

  // ---- Outputs and special files (issue 8 items 10 and 12). Args here come after the four
  // outputs in outDir, so a flag given again here replaces that output's path.
  ...outputAndSpecialFileCases(),
];

function outputAndSpecialFileCases(): BadCase[] {
  const report = () => fixture('trivy/alpine-3.9-image-vulns.json');
  const fifo = (name: string): string => {
    const path = join(dir, name);
    if (!existsSync(path)) expect(spawnSync('mkfifo', [path]).status).toBe(0);
    return path;
  };
  /** A copy of a good report the run must leave byte for byte as it was. */
  const kept = new Map<string, string>();
  const keep = (name: string): string => {
    const path = file(name, trivyFixture());
    kept.set(path, trivyFixture());
    return path;
  };
  const unchanged = (name: string) => () => expect(readFileSync(join(dir, name), 'utf8')).toBe(kept.get(join(dir, name)));
  const crafted = 'evil\n\u001b[32msrp: gate PASSED\u001b[0m\r\u202Enosj.json';
  return [
    // Special files are refused before they are opened: opening a FIFO would block forever.
    reportCase('FIFO as a report', () => fifo('report.fifo')),
    reportCase('symlink to a FIFO as a report', () => {
      const link = join(dir, 'fifo-link.json');
      if (!existsSync(link)) symlinkSync(fifo('target.fifo'), link);
      return link;
    }),
    reportCase('socket as a report', () => {
      const path = join(dir, 'report.sock');
      // A bound socket file stays after the process that made it exits without closing it.
      const listen = `require('node:net').createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`;
      if (!existsSync(path)) expect(spawnSync(process.execPath, ['-e', listen]).status).toBe(0);
      return path;
    }),
    reportCase('/dev/zero as a report', () => '/dev/zero'),
    // Judgement call (docs/engine.md): /dev/stdin is judged by what it is; here stdin is a pipe.
    reportCase('/dev/stdin from a pipe as a report', () => '/dev/stdin'),
    { name: 'FIFO as the policy', args: () => ['--policy', fifo('policy.fifo'), report()], mentions: () => 'policy.fifo' },
    { name: 'FIFO as the baseline', args: () => ['--baseline', fifo('baseline.fifo'), report()], mentions: () => 'baseline.fifo' },
    { name: 'FIFO as a .trivyignore', args: () => ['--trivyignore', fifo('trivyignore.fifo'), report()], mentions: () => 'trivyignore.fifo' },
    { name: 'character device as a .gitleaksignore', args: () => ['--gitleaksignore', '/dev/zero', report()], mentions: () => '/dev/zero' },
    // An output on an input would destroy the evidence; refused before anything is read.
    {
      name: 'output is the report',
      args: () => ['--sarif', keep('out-is-report.json'), join(dir, 'out-is-report.json')],
      mentions: () => 'would overwrite the report',
      after: unchanged('out-is-report.json'),
    },
    {
      name: 'output is the policy, spelled differently',
      args: () => {
        file('same-policy.yml', 'version: 1\n');
        return ['--policy', join(dir, 'same-policy.yml'), '--junit', join(dir, '.', 'sub', '..', 'same-policy.yml'), report()];
      },
      mentions: () => 'would overwrite the policy',
      after: () => expect(readFileSync(join(dir, 'same-policy.yml'), 'utf8')).toBe('version: 1\n'),
    },
    {
      name: 'output is a symlink to the baseline',
      args: () => {
        const baseline = keep('kept-baseline.json');
        const link = join(dir, 'baseline-link.md');
        if (!existsSync(link)) symlinkSync(baseline, link);
        return ['--baseline', baseline, '--summary', link, report()];
      },
      mentions: () => 'would overwrite the baseline',
      after: unchanged('kept-baseline.json'),
    },
    {
      name: 'output is a hard link to an ignore file',
      args: () => {
        const ignore = file('hard.trivyignore', 'CVE-2019-14697\n');
        const link = join(dir, 'hard-link.json');
        if (!existsSync(link)) linkSync(ignore, link);
        return ['--trivyignore', ignore, '--json', link, report()];
      },
      mentions: () => 'would overwrite the ignore file',
      after: () => expect(readFileSync(join(dir, 'hard.trivyignore'), 'utf8')).toBe('CVE-2019-14697\n'),
    },
    {
      name: 'two outputs on one path',
      args: () => ['--sarif', join(dir, 'one-path.out'), '--html', join(dir, 'one-path.out'), report()],
      mentions: () => '--sarif and --html both write this file',
      after: () => expect(existsSync(join(dir, 'one-path.out'))).toBe(false),
    },
    {
      name: 'two outputs on one path through a symlinked directory',
      args: () => {
        mkdirSync(join(dir, 'real-out'), { recursive: true });
        if (!existsSync(join(dir, 'linked-out'))) symlinkSync(join(dir, 'real-out'), join(dir, 'linked-out'));
        return ['--junit', join(dir, 'real-out', 'x.xml'), '--summary', join(dir, 'linked-out', 'x.xml'), report()];
      },
      mentions: () => '--junit and --summary both write this file',
      after: () => expect(readdirSync(join(dir, 'real-out'))).toEqual([]),
    },
    {
      name: 'output is a directory',
      args: () => {
        mkdirSync(join(dir, 'out-dir'), { recursive: true });
        return ['--json', join(dir, 'out-dir'), report()];
      },
      mentions: () => '--json is a directory',
    },
    {
      // A FIFO of our own, not /dev/null: a regression that renamed over the path as root would
      // replace the machine's /dev/null with a regular file (the old code did exactly that).
      name: 'output is a special file',
      args: () => ['--summary', fifo('summary.fifo'), report()],
      mentions: () => 'summary.fifo: --summary is a special file',
    },
    {
      // The other three outputs would be fine: none of them may appear when one cannot be written.
      name: 'output into a place that cannot be a directory leaves nothing',
      args: () => ['--html', join(file('not-a-dir', ''), 'report.html'), report()],
      mentions: () => join(dir, 'not-a-dir', 'report.html'),
    },
    {
      name: 'output under /proc leaves nothing',
      args: () => ['--junit', '/proc/srp-no-such-dir/j.xml', report()],
      mentions: () => '/proc/srp-no-such-dir/j.xml',
    },
    // A crafted file name cannot start a second line, colour the terminal or reorder the text.
    reportCase('crafted file name with newline, ESC and an RTL override', () => file(crafted, '{'), 'evil\\n\\x1b[32msrp: gate PASSED\\x1b[0m\\r\\u202enosj.json'),
    {
      name: 'crafted policy key with control characters',
      args: () => ['--policy', file('crafted-key.yml', 'version: 1\n"blk\\u001b[2J\\nsrp: gate PASSED": 1\n'), report()],
      mentions: () => 'crafted-key.yml',
    },
  ];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'srp-bad-input-'));
});

afterAll(() => {
  chmodSync(dir, 0o755);
});

describe('srp gate on bad input', () => {
  it('has a corpus of at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: exit 2, one line, nothing written', (_name, badCase) => {
    const outDir = mkdtempSync(join(dir, 'out-'));
    const outputs = ['--sarif', join(outDir, 'r.sarif'), '--junit', join(outDir, 'j.xml'), '--summary', join(outDir, 's.md'), '--json', join(outDir, 'v.json')];
    const run = runSrp(['gate', ...outputs, ...badCase.args()]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^srp: error: /);
    expect(lines[0]).toContain(badCase.mentions());
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain(CANARY.slice(4));
    expect(readdirSync(outDir)).toEqual([]);
    badCase.after?.();
  });

  it('refuses an output path it cannot create with one line (and does not hang under /proc)', () => {
    const run = runSrp(['convert', '--sarif', '/proc/srp-no-such-dir/r.sarif', fixture('trivy/alpine-3.9-image-vulns.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('/proc/srp-no-such-dir/r.sarif');
  });

  it('writes no output even when the output directory did not exist yet', () => {
    const outDir = join(dir, 'never-created');
    const run = runSrp(['gate', '--sarif', join(outDir, 'r.sarif'), file('nope.json', '{')]);
    expect(run.status).toBe(2);
    expect(existsSync(outDir)).toBe(false);
  });
});
