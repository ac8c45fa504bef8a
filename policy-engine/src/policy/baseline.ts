/**
 * Baseline comparison by the stable `srp/v1` fingerprint: a finding is new if the previous scan
 * did not have it, unchanged if it did, updated if it did at a lower severity; previous findings
 * missing now are absent.
 *
 * The baseline is a file someone hands the gate, so nothing in it is taken on trust beyond what
 * the fingerprint promises: a match also needs the same scanner and kind (a SARIF log can carry
 * any fingerprint on any result), results the previous log already marked `absent` were not in
 * that scan and match nothing, and a severity that went up is "updated" (SARIF's baselineState
 * for a result whose details changed), which newFindingsOnly gates like a new finding.
 */
import type { ReportingDescriptor } from 'sarif';
import { FINGERPRINT_KEY, type NormalizedResult, type NormalizedRun, type Severity } from '../sarif/model.js';
import { severityRank } from '../sarif/severity.js';
import type { AbsentFinding, BaselineState } from './verdict.js';

/**
 * True when `now` should not count as the same finding as `before`: any change of severity except
 * a drop from one known severity to a lower known one (UNKNOWN either side counts as a change).
 */
export function severityEscalated(before: Severity, now: Severity): boolean {
  if (before === now) return false;
  const known = before !== 'UNKNOWN' && now !== 'UNKNOWN';
  return !(known && severityRank(now) < severityRank(before));
}

function identity(result: NormalizedResult): string {
  const facts = result.properties.srp;
  return `${facts.scanner}\u0000${facts.kind}\u0000${result.partialFingerprints[FINGERPRINT_KEY]}`;
}

export class Baseline {
  /** scanner + kind + fingerprint → slot in `entries`; `seen[slot]` marks the ones found again. */
  private readonly slots = new Map<string, number>();
  private readonly entries: { result: NormalizedResult; run: NormalizedRun; severities: Severity[] }[] = [];
  private readonly seen: Uint8Array;

  constructor(runs: readonly NormalizedRun[]) {
    for (const run of runs) {
      for (const result of run.results) {
        if (result.baselineState === 'absent') continue;
        const key = identity(result);
        const slot = this.slots.get(key);
        if (slot === undefined) {
          this.slots.set(key, this.entries.length);
          this.entries.push({ result, run, severities: [result.properties.srp.severity] });
        } else {
          // The same finding twice in the baseline: compare with every severity it had there.
          this.entries[slot]?.severities.push(result.properties.srp.severity);
        }
      }
    }
    this.seen = new Uint8Array(this.entries.length);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Classifies a current finding and remembers it so absent() can list what disappeared. */
  classify(result: NormalizedResult): BaselineState {
    const slot = this.slots.get(identity(result));
    if (slot === undefined) return 'new';
    this.seen[slot] = 1;
    const severity = result.properties.srp.severity;
    const before = (this.entries[slot] as { severities: Severity[] }).severities;
    return before.some((s) => severityEscalated(s, severity)) ? 'updated' : 'unchanged';
  }

  absent(): AbsentFinding[] {
    const out: AbsentFinding[] = [];
    const rulesByRun = new Map<NormalizedRun, Map<string, ReportingDescriptor>>();
    for (let slot = 0; slot < this.entries.length; slot++) {
      if (this.seen[slot]) continue;
      const { result, run } = this.entries[slot] as { result: NormalizedResult; run: NormalizedRun };
      let rules = rulesByRun.get(run);
      if (!rules) {
        rules = new Map((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
        rulesByRun.set(run, rules);
      }
      const rule = rules.get(result.ruleId);
      const entry: AbsentFinding = { scanner: result.properties.srp.scanner, result, driver: run.tool.driver };
      if (rule) entry.rule = rule;
      out.push(entry);
    }
    return out;
  }
}
