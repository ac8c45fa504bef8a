/**
 * The blocking rule, in one place. Everything that needs to know "does this block?" — evaluate(),
 * writers, the GitHub status — asks a Gate built from the policy.
 */
import type { FindingFacts, FindingKind, Severity } from '../sarif/model.js';
import type { GateSettings, Policy } from './policy-types.js';
import type { BaselineState } from './verdict.js';

export interface BlockContext {
  /** Accepted by a suppression or ignore file: never blocks. */
  suppressed?: boolean;
  /** Set only when a baseline was given. */
  baselineState?: BaselineState;
}

/** A vulnerability counts as fixed when the scanner names a fixed version or says it is fixed. */
export function isUnfixed(facts: FindingFacts): boolean {
  if (facts.kind !== 'vulnerability') return false;
  return !facts.fixedVersion && facts.status !== 'fixed';
}

export class Gate {
  // Two-level cache (scanner, then kind): called once per finding, so no key strings are built.
  private readonly cache = new Map<string, Map<FindingKind, { settings: GateSettings; severities: ReadonlySet<Severity> }>>();

  private last: { scanner: string; kind: FindingKind; entry: { settings: GateSettings; severities: ReadonlySet<Severity> } } | undefined;

  constructor(readonly policy: Policy) {}

  /** Top-level settings, then the scanner's override, then the kind's (the most specific wins). */
  settingsFor(scanner: string, kind: FindingKind): GateSettings {
    return this.resolved(scanner, kind).settings;
  }

  private resolved(scanner: string, kind: FindingKind): { settings: GateSettings; severities: ReadonlySet<Severity> } {
    // Findings come in runs of one scanner and mostly one kind: the last answer usually fits.
    const last = this.last;
    if (last !== undefined && last.scanner === scanner && last.kind === kind) return last.entry;
    const entry = this.lookup(scanner, kind);
    this.last = { scanner, kind, entry };
    return entry;
  }

  private lookup(scanner: string, kind: FindingKind): { settings: GateSettings; severities: ReadonlySet<Severity> } {
    let byKind = this.cache.get(scanner);
    if (!byKind) {
      byKind = new Map();
      this.cache.set(scanner, byKind);
    }
    let entry = byKind.get(kind);
    if (!entry) {
      const { blockingSeverities, secretsAlwaysBlock, ignoreUnfixed } = this.policy;
      const settings: GateSettings = {
        blockingSeverities,
        secretsAlwaysBlock,
        ignoreUnfixed,
        ...this.policy.scanners[scanner.toLowerCase()],
        ...this.policy.kinds[kind],
      };
      entry = { settings, severities: new Set(settings.blockingSeverities) };
      byKind.set(kind, entry);
    }
    return entry;
  }

  /** What the finding itself warrants under the policy, before suppressions and baselines. */
  severityBlocks(facts: FindingFacts): boolean {
    const { settings, severities } = this.resolved(facts.scanner, facts.kind);
    if (facts.kind === 'secret' && settings.secretsAlwaysBlock) return true;
    if (settings.ignoreUnfixed && isUnfixed(facts)) return false;
    return severities.has(facts.severity);
  }

  /**
   * The whole rule: suppressed never blocks; with newFindingsOnly and a baseline, unchanged never
   * blocks (updated — in the baseline at a lower severity — is gated like new).
   */
  shouldBlock(facts: FindingFacts, context?: BlockContext): boolean {
    if (context?.suppressed) return false;
    if (this.policy.newFindingsOnly && context?.baselineState === 'unchanged') return false;
    return this.severityBlocks(facts);
  }
}

/** One-off form of Gate.shouldBlock for callers that check a single finding. */
export function shouldBlock(facts: FindingFacts, policy: Policy, context: BlockContext = {}): boolean {
  return new Gate(policy).shouldBlock(facts, context);
}
