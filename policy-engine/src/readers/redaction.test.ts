/**
 * Canary secrets planted in every field where scanners put secret material: nothing readers return
 * (results, messages, rules, properties) and no error they raise may contain any of them, nor more
 * than the 4-character prefix of one.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from './index.js';

const CANARIES = Array.from({ length: 16 }, (_, i) => `srpCanary${String(i).padStart(2, '0')}xQ7vLm2ZpR9tKw4N`);
const c = (i: number): string => CANARIES[i] as string;

function assertClean(value: unknown): void {
  const text = JSON.stringify(value);
  for (const canary of CANARIES) {
    expect(text).not.toContain(canary);
    expect(text).not.toContain(canary.slice(0, 5));
  }
}

const inputs: Record<string, unknown> = {
  'gitleaks v8': [
    { RuleID: 'aws', Description: 'AWS', File: 'a.env', StartLine: 2, EndLine: 2, StartColumn: 1, EndColumn: 30, Secret: c(0), Match: `key=${c(1)}`, Line: `export key=${c(2)}`, Commit: 'abc', Fingerprint: 'abc:a.env:aws:2', Tags: [] },
  ],
  'gitleaks v8.0 Context': [{ RuleID: 'aws', File: 'a.env', StartLine: 2, Secret: '', Context: `key=${c(3)}`, Tags: [] }],
  'gitleaks v7': [{ rule: 'Generic', file: 's.py', lineNumber: 3, offender: `k='${c(4)}'`, line: `x k='${c(5)}'`, commit: 'def', tags: 'key' }],
  'gitleaks SARIF': {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gitleaks', rules: [{ id: 'aws', shortDescription: { text: 'AWS' } }] } },
        results: [
          {
            ruleId: 'aws',
            message: { text: `aws has detected secret ${c(6)}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'a.env' }, region: { startLine: 1, snippet: { text: c(7) } }, contextRegion: { startLine: 1, snippet: { text: c(8) } } } }],
          },
        ],
      },
    ],
  },
  'trivy JSON secrets and misconfig code': {
    SchemaVersion: 2,
    Results: [
      {
        Target: 'deploy.sh',
        Class: 'secret',
        Secrets: [
          {
            RuleID: 'github-pat',
            Severity: 'CRITICAL',
            Title: 'GitHub PAT',
            StartLine: 5,
            EndLine: 5,
            Match: `GITHUB_PAT=${c(9)}`,
            Code: { Lines: [{ Number: 4, Content: `OTHER=${c(10)}`, Highlighted: `OTHER=${c(10)}` }] },
          },
        ],
      },
      {
        Target: 'main.tf',
        Class: 'config',
        Type: 'terraform',
        Misconfigurations: [{ ID: 'AWS-0001', Severity: 'HIGH', Status: 'FAIL', CauseMetadata: { StartLine: 1, Code: { Lines: [{ Number: 1, Content: `password = "${c(11)}"` }] } } }],
      },
    ],
  },
  'trivy SARIF secret': {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            rules: [{ id: 'github-pat', name: 'Secret', shortDescription: { text: 'GitHub PAT' }, fullDescription: { text: `PAT=${c(12)}` }, help: { text: `Match: PAT=${c(13)}`, markdown: `|${c(13)}|` } }],
          },
        },
        results: [
          {
            ruleId: 'github-pat',
            ruleIndex: 0,
            level: 'error',
            message: { text: `Artifact: x\nSecret GitHub PAT\nSeverity: CRITICAL\nMatch: PAT=${c(14)}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'x' }, region: { startLine: 2, snippet: { text: c(15) } } } }],
          },
        ],
      },
    ],
  },
};

describe('redaction in the readers', () => {
  for (const [name, document] of Object.entries(inputs)) {
    it(`${name}: no canary in anything returned`, () => {
      const text = JSON.stringify(document);
      expect(CANARIES.some((canary) => text.includes(canary))).toBe(true);
      const read = parseReport(text, { file: 'canary.json' });
      expect(read.runs[0]!.results.length).toBeGreaterThan(0);
      assertClean(read);
    });
  }

  it('the redacted form shows at most the first 4 characters and the length', () => {
    const read = parseReport(JSON.stringify(inputs['gitleaks v8']), { file: 'canary.json' });
    expect(read.runs[0]!.results[0]!.message.text).toContain(`${c(0).slice(0, 4)}…(${c(0).length} chars)`);
  });

  it('errors raised on bad input never quote it', () => {
    const bad: string[] = [
      JSON.stringify([{ RuleID: 'x', StartLine: c(0) }]),
      JSON.stringify([{ rule: 'x', lineNumber: c(1) }]),
      JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'x', Secrets: [{ RuleID: c(2), StartLine: c(3) }] }] }),
      JSON.stringify({ version: c(4), runs: [] }),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'x', level: 7, message: { text: 5 } }] }] }),
      `[{"RuleID":"x","Secret":"${c(5)}" "Match":"${c(6)}"}]`,
      `[{"RuleID":"x","Secret":"${c(7)}`,
      `${c(8)},${c(9)}\n`,
    ];
    for (const text of bad) {
      let message = '';
      try {
        parseReport(text, { file: 'bad.json' });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/^bad\.json: /);
      assertClean(message);
    }
  });
});
