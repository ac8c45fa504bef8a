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

const nonEmptyText = () => z.string().check(z.trim(), z.minLength(1));

const severityList = z
  .array(z.enum(SEVERITIES))
  .check(z.refine((list) => new Set(list).size === list.length, { message: 'lists a severity twice' }));

// Read as text (YAML_OPTIONS has no timestamp type): a Date would already have rolled 2026-13-45 over.
const isoDate = z.string().check(z.refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD' }));

/** Settings that the top level sets and a scanner or kind override may change. */
const gateSettings = {
  /** Severities that block a release. UNKNOWN only blocks when listed explicitly. */
  blockingSeverities: z.optional(severityList),
  /** Every secret blocks whatever its severity. Turn off only on purpose. */
  secretsAlwaysBlock: z.optional(z.boolean()),
  /** Vulnerabilities without a fixed version do not block (they are still reported). */
  ignoreUnfixed: z.optional(z.boolean()),
};

const overrideSchema = z.strictObject(gateSettings);

const suppressionSchema = z
  .strictObject({
    /** Rule, CVE, GHSA or AVD id, compared exactly (case-insensitive) with the finding id and rule id. */
    id: z.optional(nonEmptyText()),
    /** srp/v1 fingerprint or the scanner's own (Gitleaks) fingerprint. */
    fingerprint: z.optional(nonEmptyText()),
    /** Package name, exact. */
    package: z.optional(nonEmptyText()),
    /** Glob on the finding's location as the summaries show it under "Where" (see glob.ts). */
    path: z.optional(
      nonEmptyText().check(
        z.superRefine((glob, ctx) => {
          const problem = globProblem(glob);
          if (problem) ctx.addIssue({ code: 'custom', message: `is not a usable glob: the pattern ${problem}` });
        }),
      ),
    ),
    /** Narrows the suppression to one scanner; never a matcher on its own. */
    scanner: z.optional(nonEmptyText()),
    reason: z
      .string({ message: 'is required: say why this finding is accepted' })
      .check(z.trim(), z.minLength(1, 'must not be empty')),
    expires: z.optional(isoDate),
  })
  .check(
    z.refine((s) => s.id ?? s.fingerprint ?? s.package ?? s.path, {
      message: 'needs at least one matcher: id, fingerprint, package or path',
    }),
  );

export const policyFileSchema = z.strictObject({
  version: z.literal(1, { message: 'must be 1 (the only policy file version)' }),
  ...gateSettings,
  /** Block on new findings only, when a baseline is given; without a baseline every finding is gated. */
  newFindingsOnly: z.optional(z.boolean()),
  /** Days before a suppression's expiry date from which it is reported as expiring soon. */
  expiryWarningDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(3650))),
  /** Accept suppressions already present in input SARIF logs (status accepted). Default true. */
  honorReportSuppressions: z.optional(z.boolean()),
  scanners: z.optional(z.record(z.string().check(z.minLength(1)), overrideSchema)),
  kinds: z.optional(z.partialRecord(z.enum(FINDING_KINDS), overrideSchema)),
  suppressions: z.optional(z.array(suppressionSchema)),
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
