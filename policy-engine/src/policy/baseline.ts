/**
 * Baseline comparison by the stable `srp/v1` fingerprint: a finding is new if the previous scan
 * did not have it, unchanged if it did; previous findings missing now are absent.
 */
import type { ReportingDescriptor, ToolComponent } from 'sarif';
import { FINGERPRINT_KEY, type NormalizedResult, type NormalizedRun } from '../sarif/model.js';

export interface AbsentFinding {
  scanner: string;
  result: NormalizedResult;
  /** The baseline run's rule for result.ruleId, so writers can describe an absent result. */
  rule?: ReportingDescriptor;
  driver: ToolComponent;
}

export class Baseline {
  /** Fingerprint → slot in `entries`; `seen[slot]` marks the ones found again. */
  private readonly slots = new Map<string, number>();
  private readonly entries: { result: NormalizedResult; run: NormalizedRun }[] = [];
  private readonly seen: Uint8Array;

  constructor(runs: readonly NormalizedRun[]) {
    for (const run of runs) {
      for (const result of run.results) {
        const fingerprint = result.partialFingerprints[FINGERPRINT_KEY];
        if (!this.slots.has(fingerprint)) {
          this.slots.set(fingerprint, this.entries.length);
          this.entries.push({ result, run });
        }
      }
    }
    this.seen = new Uint8Array(this.entries.length);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Classifies a current finding and remembers it so absent() can list what disappeared. */
  classify(result: NormalizedResult): 'new' | 'unchanged' {
    const slot = this.slots.get(result.partialFingerprints[FINGERPRINT_KEY]);
    if (slot === undefined) return 'new';
    this.seen[slot] = 1;
    return 'unchanged';
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
