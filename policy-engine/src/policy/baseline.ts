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
  private readonly previous = new Map<string, { result: NormalizedResult; run: NormalizedRun }>();
  private readonly seen = new Set<string>();

  constructor(runs: readonly NormalizedRun[]) {
    for (const run of runs) {
      for (const result of run.results) {
        const fingerprint = result.partialFingerprints[FINGERPRINT_KEY];
        if (!this.previous.has(fingerprint)) this.previous.set(fingerprint, { result, run });
      }
    }
  }

  get size(): number {
    return this.previous.size;
  }

  /** Classifies a current finding and remembers it so absent() can list what disappeared. */
  classify(result: NormalizedResult): 'new' | 'unchanged' {
    const fingerprint = result.partialFingerprints[FINGERPRINT_KEY];
    if (this.previous.has(fingerprint)) {
      this.seen.add(fingerprint);
      return 'unchanged';
    }
    return 'new';
  }

  absent(): AbsentFinding[] {
    const out: AbsentFinding[] = [];
    const rulesByRun = new Map<NormalizedRun, Map<string, ReportingDescriptor>>();
    for (const [fingerprint, { result, run }] of this.previous) {
      if (this.seen.has(fingerprint)) continue;
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
