/**
 * What a resolved policy is, as types only. Kept apart from the zod schema (policy.ts) and the
 * defaults (default-policy.ts) so both can name it without importing each other.
 */
import type { FindingKind, Severity } from '../sarif/model.js';

export interface GateSettings {
  blockingSeverities: readonly Severity[];
  secretsAlwaysBlock: boolean;
  ignoreUnfixed: boolean;
}

export type GateOverride = Partial<GateSettings>;

export interface PolicySuppression {
  id?: string;
  fingerprint?: string;
  package?: string;
  path?: string;
  scanner?: string;
  reason: string;
  expires?: string;
}

/** A validated policy with every default filled in: what evaluate() reads. */
export interface Policy extends GateSettings {
  version: 1;
  newFindingsOnly: boolean;
  expiryWarningDays: number;
  honorReportSuppressions: boolean;
  /** Keyed by lower-case scanner name. */
  scanners: Record<string, GateOverride>;
  kinds: Partial<Record<FindingKind, GateOverride>>;
  suppressions: PolicySuppression[];
  /** Where the policy came from, for messages ('default' when no file was given). */
  source: string;
}
