/**
 * The policy without a policy file. Kept apart from the zod schema in policy.ts so a gate run
 * without --policy never loads zod (start-up time is a target: see docs/performance.md).
 */
import type { Policy, PolicySuppression } from './policy-types.js';

export const DEFAULT_POLICY: Policy = Object.freeze({
  version: 1,
  blockingSeverities: Object.freeze(['CRITICAL', 'HIGH'] as const),
  secretsAlwaysBlock: true,
  ignoreUnfixed: false,
  newFindingsOnly: false,
  expiryWarningDays: 14,
  honorReportSuppressions: true,
  scanners: Object.freeze(Object.create(null) as Record<string, never>),
  kinds: Object.freeze({}),
  suppressions: Object.freeze([]) as unknown as PolicySuppression[],
  source: 'default',
}) as Policy;
