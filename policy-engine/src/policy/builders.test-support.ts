/** Tiny hand-made NormalizedRun values for policy and writer tests (no reader needed). */
import { createHash } from 'node:crypto';
import type { FindingFacts, NormalizedResult, NormalizedRun } from '../sarif/model.js';
import { toRelativeUri } from '../sarif/uri.js';

const LEVEL = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', UNKNOWN: 'none' } as const;
const SCORE = { CRITICAL: '9.5', HIGH: '7.5', MEDIUM: '5.5', LOW: '2.0', UNKNOWN: '0.0' } as const;

export type FactsInput = Partial<FindingFacts> & Pick<FindingFacts, 'id'>;

export function finding(input: FactsInput, extra: Partial<NormalizedResult> = {}): NormalizedResult {
  const facts: FindingFacts = { scanner: 'trivy', kind: 'vulnerability', severity: 'HIGH', ...input };
  const fingerprint = createHash('sha256')
    .update([facts.scanner, facts.kind, facts.id, facts.path ?? '', facts.package ?? '', facts.line ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 32);
  // Encoded the way the readers do it, so logs built from these runs are valid URIs too.
  const uri = toRelativeUri(facts.path ?? facts.target ?? 'unknown') ?? 'unknown';
  return {
    ruleId: facts.id,
    level: LEVEL[facts.severity],
    message: { text: `${facts.id}: ${facts.title ?? 'a finding'}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: facts.line ?? 1 },
        },
      },
    ],
    partialFingerprints: { 'srp/v1': fingerprint },
    properties: { 'security-severity': SCORE[facts.severity], srp: facts },
    ...extra,
  };
}

export function run(toolName: string, results: NormalizedResult[], version = '1.0.0'): NormalizedRun {
  const ruleIds = [...new Set(results.map((r) => r.ruleId))];
  return {
    tool: {
      driver: {
        name: toolName,
        version,
        semanticVersion: version,
        informationUri: `https://example.test/${toolName.toLowerCase()}`,
        rules: ruleIds.map((id) => ({
          id,
          shortDescription: { text: `Rule ${id}` },
          fullDescription: { text: `Rule ${id}, in full.` },
          help: { text: `Fix ${id}.`, markdown: `Fix **${id}**.` },
          helpUri: `https://example.test/rules/${id}`,
        })),
      },
    },
    results,
  };
}

export const NOW = new Date('2026-06-15T12:00:00Z');
