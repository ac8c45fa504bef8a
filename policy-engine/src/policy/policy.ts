/**
 * The policy file's shape (zod, strict: unknown keys are errors) and the resolved defaults.
 * The schema is the single description of what a policy may say; docs/policy.md mirrors it.
 */
import * as z from './zod-subset.js';
import { FINDING_KINDS, SEVERITIES, type FindingKind } from '../sarif/model.js';
import { isCalendarDate } from './dates.js';
import { DEFAULT_POLICY } from './default-policy.js';
import type { GateOverride, Policy, PolicySuppression } from './policy-types.js';
import { globProblem } from './glob.js';

// srp validates one small policy per process: zod's JIT (a validator compiled with new Function on
// first use) costs more than it saves, ~2 ms of a run's CPU (median of 15 runs on the default policy).
z.config({ jitless: true });

const severityList = z
  .array(z.enum(SEVERITIES))
  .refine((list) => new Set(list).size === list.length, { message: 'lists a severity twice' });

// Read as text (YAML_OPTIONS has no timestamp type): a Date would already have rolled 2026-13-45 over.
const isoDate = z
  .string()
  .refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD' });

/** Settings that the top level sets and a scanner or kind override may change. */
const gateSettings = {
  /** Severities that block a release. UNKNOWN only blocks when listed explicitly. */
  blockingSeverities: severityList.optional(),
  /** Every secret blocks whatever its severity. Turn off only on purpose. */
  secretsAlwaysBlock: z.boolean().optional(),
  /** Vulnerabilities without a fixed version do not block (they are still reported). */
  ignoreUnfixed: z.boolean().optional(),
};

const overrideSchema = z.strictObject(gateSettings);

const suppressionSchema = z
  .strictObject({
    /** Rule, CVE, GHSA or AVD id, compared exactly (case-insensitive) with the finding id and rule id. */
    id: z.string().trim().min(1).optional(),
    /** srp/v1 fingerprint or the scanner's own (Gitleaks) fingerprint. */
    fingerprint: z.string().trim().min(1).optional(),
    /** Package name, exact. */
    package: z.string().trim().min(1).optional(),
    /** Glob on the finding's location as the summaries show it under "Where" (see glob.ts). */
    path: z
      .string()
      .trim()
      .min(1)
      .superRefine((glob, ctx) => {
        const problem = globProblem(glob);
        if (problem) ctx.addIssue({ code: 'custom', message: `is not a usable glob: the pattern ${problem}` });
      })
      .optional(),
    /** Narrows the suppression to one scanner; never a matcher on its own. */
    scanner: z.string().trim().min(1).optional(),
    reason: z.string({ message: 'is required: say why this finding is accepted' }).trim().min(1, 'must not be empty'),
    expires: isoDate.optional(),
  })
  .refine((s) => s.id ?? s.fingerprint ?? s.package ?? s.path, {
    message: 'needs at least one matcher: id, fingerprint, package or path',
  });

export const policyFileSchema = z.strictObject({
  version: z.literal(1, { message: 'must be 1 (the only policy file version)' }),
  ...gateSettings,
  /** Block on new findings only, when a baseline is given; without a baseline every finding is gated. */
  newFindingsOnly: z.boolean().optional(),
  /** Days before a suppression's expiry date from which it is reported as expiring soon. */
  expiryWarningDays: z.number().int().min(0).max(3650).optional(),
  /** Accept suppressions already present in input SARIF logs (status accepted). Default true. */
  honorReportSuppressions: z.boolean().optional(),
  scanners: z.record(z.string().min(1), overrideSchema).optional(),
  kinds: z.partialRecord(z.enum(FINDING_KINDS), overrideSchema).optional(),
  suppressions: z.array(suppressionSchema).optional(),
});

export type PolicyFile = z.infer<typeof policyFileSchema>;

export type { GateOverride, GateSettings, Policy, PolicySuppression } from './policy-types.js';
export { DEFAULT_POLICY };

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Fills defaults in a validated policy file. */
export function resolvePolicy(file: PolicyFile, source: string): Policy {
  // Null prototype: looked up with scanner names from reports ("constructor" must find nothing).
  const scanners: Record<string, GateOverride> = Object.create(null) as Record<string, GateOverride>;
  for (const [name, override] of Object.entries(file.scanners ?? {})) {
    scanners[name.toLowerCase()] = definedOnly(override);
  }
  const kinds: Partial<Record<FindingKind, GateOverride>> = {};
  for (const [kind, override] of Object.entries(file.kinds ?? {})) {
    if (override) kinds[kind as FindingKind] = definedOnly(override);
  }
  return {
    version: 1,
    blockingSeverities: file.blockingSeverities ?? DEFAULT_POLICY.blockingSeverities,
    secretsAlwaysBlock: file.secretsAlwaysBlock ?? DEFAULT_POLICY.secretsAlwaysBlock,
    ignoreUnfixed: file.ignoreUnfixed ?? DEFAULT_POLICY.ignoreUnfixed,
    newFindingsOnly: file.newFindingsOnly ?? DEFAULT_POLICY.newFindingsOnly,
    expiryWarningDays: file.expiryWarningDays ?? DEFAULT_POLICY.expiryWarningDays,
    honorReportSuppressions: file.honorReportSuppressions ?? DEFAULT_POLICY.honorReportSuppressions,
    scanners,
    kinds,
    suppressions: (file.suppressions ?? []).map((s) => definedOnly(s) as PolicySuppression),
    source,
  };
}
