/**
 * Gitleaks JSON: v8 bare array of findings (`[]` when none), including v8.0's `Context` where later
 * versions write `Match`, and v7's lower-camel keys (`rule`, `file`, `lineNumber`, `offender`, `line`).
 *
 * Redaction happens here: `Secret`, `Match`, `Context`, `offender` and `line` are read only to compute
 * the redacted form (at most 4 characters and the length) and are dropped. Author, email and commit
 * message are not copied either: they identify people, not the leak.
 *
 * Gitleaks has no severity: every finding is recorded as HIGH (level error, security-severity 8.0),
 * and the default policy blocks every secret whatever its severity.
 */
import { RunBuilder } from '../sarif/build.js';
import type { FindingFacts, NormalizedRun } from '../sarif/model.js';
import { redactSecret } from '../sarif/redact.js';
import { type Rec, Shape, isRec, positive } from './shape.js';
import type { ReportReader, ReportSource } from './types.js';

export const GITLEAKS_DRIVER = { name: 'gitleaks', informationUri: 'https://github.com/gitleaks/gitleaks' } as const;
export const GITLEAKS_SEVERITY = 'HIGH';
export const SECRET_RESOLUTION = 'Revoke and rotate the credential, then remove it from the file and from version control history';

const V8_KEYS = ['RuleID', 'Secret', 'Match', 'Context', 'Fingerprint', 'StartLine'];
const V7_KEYS = ['offender', 'rule', 'lineNumber', 'leakURL'];

export const gitleaksJsonReader: ReportReader = {
  format: 'gitleaks-json',
  description: 'Gitleaks JSON (v8 array incl. v8.0 Context, v7 lower-camel keys)',
  detect(document) {
    if (!Array.isArray(document)) return false;
    if (document.length === 0) return true;
    const first = document[0];
    return isRec(first) && (V8_KEYS.some((k) => k in first) || V7_KEYS.some((k) => k in first));
  },
  read(document, source: ReportSource): NormalizedRun[] {
    const shape = new Shape(source.file, 'Gitleaks JSON report', source.root);
    const findings = Array.isArray(document) ? document : shape.fail('$', 'an array of findings', document);
    const builder = new RunBuilder({ ...GITLEAKS_DRIVER }, shape.reportUri());
    for (let i = 0; i < findings.length; i++) {
      const at = `$[${i}]`;
      const f = shape.object(findings[i], at);
      if ('rule' in f || 'offender' in f) addV7(builder, shape, f, at);
      else addV8(builder, shape, f, at);
    }
    return [builder.build()];
  },
};

function addV8(builder: RunBuilder, shape: Shape, f: Rec, at: string): void {
  const ruleId = shape.string(f, 'RuleID', at);
  const file = shape.optString(f, 'File', at) ?? shape.optString(f, 'SymlinkFile', at);
  const startLine = positive(shape.optNumber(f, 'StartLine', at));
  const endLine = positive(shape.optNumber(f, 'EndLine', at));
  const startColumn = positive(shape.optNumber(f, 'StartColumn', at));
  const endColumn = positive(shape.optNumber(f, 'EndColumn', at));
  const commit = shape.optString(f, 'Commit', at);
  const description = shape.optString(f, 'Description', at);
  const raw = shape.optString(f, 'Secret', at) ?? shape.optString(f, 'Match', at) ?? shape.optString(f, 'Context', at);
  const fingerprint = shape.optString(f, 'Fingerprint', at) ?? nativeFingerprint(commit, file, ruleId, startLine);
  addSecretFinding(builder, {
    ruleId,
    description,
    path: file !== undefined ? shape.relPath(file) : undefined,
    startLine,
    endLine,
    startColumn,
    endColumn,
    commit,
    redacted: raw !== undefined ? redactSecret(raw) : undefined,
    fingerprint,
  });
}

function addV7(builder: RunBuilder, shape: Shape, f: Rec, at: string): void {
  const ruleId = shape.string(f, 'rule', at);
  const file = shape.optString(f, 'file', at);
  const line = positive(shape.optNumber(f, 'lineNumber', at));
  const commit = shape.optString(f, 'commit', at);
  const raw = shape.optString(f, 'offender', at) ?? shape.optString(f, 'line', at);
  addSecretFinding(builder, {
    ruleId,
    path: file !== undefined ? shape.relPath(file) : undefined,
    startLine: line,
    commit,
    redacted: raw !== undefined ? redactSecret(raw) : undefined,
    fingerprint: nativeFingerprint(commit, file, ruleId, line),
  });
}

/** Gitleaks' own fingerprint layout (`commit:file:rule:line`, or `file:rule:line` outside git): what .gitleaksignore lists. */
export function nativeFingerprint(commit: string | undefined, file: string | undefined, ruleId: string, line: number | undefined): string {
  const parts = [file ?? '', ruleId, String(line ?? 0)];
  return (commit ? [commit, ...parts] : parts).join(':');
}

export interface SecretFinding {
  ruleId: string;
  description?: string | undefined;
  path: string | undefined;
  startLine?: number | undefined;
  endLine?: number | undefined;
  startColumn?: number | undefined;
  endColumn?: number | undefined;
  commit?: string | undefined;
  redacted?: string | undefined;
  fingerprint?: string | undefined;
}

/** Shared by the Gitleaks JSON and SARIF readers. Everything passed in is already redacted. */
export function addSecretFinding(builder: RunBuilder, s: SecretFinding): void {
  const facts: FindingFacts = {
    scanner: 'gitleaks',
    kind: 'secret',
    severity: GITLEAKS_SEVERITY,
    id: s.ruleId,
    resolution: SECRET_RESOLUTION,
  };
  if (s.path !== undefined) facts.path = s.path;
  if (s.description !== undefined) facts.title = s.description;
  if (s.startLine !== undefined) facts.line = s.startLine;
  if (s.fingerprint !== undefined && s.fingerprint !== '') facts.nativeFingerprint = s.fingerprint;
  if (!builder.hasRule(s.ruleId)) {
    const title = s.description ?? s.ruleId;
    builder.rule({
      id: s.ruleId,
      name: 'Secret',
      shortDescription: title,
      fullDescription: `Gitleaks rule ${s.ruleId}: ${title}.`,
      helpText: `Secret ${title}\nGitleaks found a credential. ${SECRET_RESOLUTION}.`,
      helpMarkdown: `**Secret ${title}**\n\nGitleaks found a credential. ${SECRET_RESOLUTION}.`,
      helpUri: 'https://github.com/gitleaks/gitleaks#rules',
      tags: ['secret'],
    });
  }
  const where = `${s.path ?? 'unknown file'}${s.startLine ? `:${s.startLine}` : ''}`;
  const commit = s.commit ? ` (commit ${s.commit.slice(0, 12)})` : '';
  const startLine = s.startLine ?? 1;
  const region = {
    startLine,
    ...(s.endLine !== undefined && s.endLine >= startLine ? { endLine: s.endLine } : {}),
    ...(s.startColumn !== undefined ? { startColumn: s.startColumn } : {}),
    // Gitleaks' columns are inclusive, SARIF's endColumn is exclusive; only keep a consistent pair.
    ...(s.startColumn !== undefined && s.endColumn !== undefined && (s.endLine ?? startLine) !== startLine
      ? { endColumn: s.endColumn + 1 }
      : s.startColumn !== undefined && s.endColumn !== undefined && s.endColumn >= s.startColumn
        ? { endColumn: s.endColumn + 1 }
        : {}),
  };
  builder.add({
    facts,
    message: `Secret ${s.ruleId} in ${where}${commit}${s.redacted ? `: ${s.redacted}` : ''} — revoke and rotate it`,
    region,
  });
}
