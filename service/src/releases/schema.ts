/**
 * The ledger's wire contract, as zod schemas. They validate requests at the boundary and are also the
 * source of the OpenAPI document (z.toJSONSchema), so the two cannot drift apart.
 */
import { z } from 'zod';
import {
  DEFAULT_PAGE_SIZE,
  MAX_BRANCH_LENGTH,
  MAX_BUILD_NUMBER_LENGTH,
  MAX_IMAGE_LENGTH,
  MAX_PAGE_SIZE,
  MAX_REPOSITORY_LENGTH,
  MAX_TAG_LENGTH,
  MAX_URL_LENGTH,
} from '../limits.js';

const count = z.int().min(0).max(2_147_483_647);

export const SeverityCounts = z
  .looseObject({ critical: count, high: count, medium: count, low: count, unknown: count })
  .meta({ id: 'SeverityCounts', description: 'Findings not suppressed, by severity.' });

export const ScannerVerdict = z
  .looseObject({ passed: z.boolean(), blocking: count, counts: SeverityCounts })
  .meta({ id: 'ScannerVerdict' });

export const AppliedSuppression = z
  .looseObject({
    id: z.string().min(1).max(500).describe('What the suppression matches (rule/CVE id, fingerprint, package, path glob).'),
    reason: z.string().min(1).max(2000),
    expires: z.iso.date().optional().describe('YYYY-MM-DD after which the suppression stops applying.'),
    source: z.string().min(1).max(64).describe('policy, trivyignore, gitleaksignore, sarif, ...'),
  })
  .meta({ id: 'AppliedSuppression' });

const FindingSeverity = z.enum(['critical', 'high', 'medium', 'low', 'unknown']);

export const SarifLog = z
  .looseObject({ version: z.literal('2.1.0'), runs: z.array(z.unknown()) })
  .meta({ id: 'SarifLog', description: `SARIF 2.1.0 log; stored only when it serializes to at most the documented size.` });

const buildNumber = z.union([
  z.string().regex(/^[A-Za-z0-9._-]+$/, 'must be letters, digits, dot, dash or underscore').min(1).max(MAX_BUILD_NUMBER_LENGTH),
  z.int().min(0).max(Number.MAX_SAFE_INTEGER),
]);

function hasUserInfo(url: string): boolean {
  try {
    const u = new URL(url);
    return u.username !== '' || u.password !== '';
  } catch {
    return false;
  }
}

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;

/**
 * A verdict must agree with itself, as the engine builds it: `passed` is `blocking == 0`, blocking
 * findings are among the counted (unsuppressed) ones, so `blocking` cannot exceed the counts, nor can
 * the listed blocking findings of a severity exceed that severity's count. The ledger is an audit
 * trail: a record it cannot explain is refused, not stored.
 */
function checkConsistent(
  v: {
    passed: boolean;
    blocking: number;
    counts: Record<(typeof SEVERITIES)[number], number>;
    blockingFindings?: { severity: (typeof SEVERITIES)[number] }[] | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (v.passed !== (v.blocking === 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['passed'],
      message: `must be ${v.blocking === 0} when blocking is ${v.blocking} (a verdict passes exactly when nothing blocks)`,
    });
    return;
  }
  const counted = SEVERITIES.reduce((n, s) => n + v.counts[s], 0);
  if (v.blocking > counted) {
    ctx.addIssue({ code: 'custom', path: ['blocking'], message: `must not exceed the ${counted} counted findings (counts)` });
    return;
  }
  if (!v.blockingFindings) return;
  const listed: Record<string, number> = {};
  for (const f of v.blockingFindings) listed[f.severity] = (listed[f.severity] ?? 0) + 1;
  for (const s of SEVERITIES) {
    if ((listed[s] ?? 0) > v.counts[s]) {
      ctx.addIssue({
        code: 'custom',
        path: ['blockingFindings'],
        message: `lists ${listed[s]} ${s} blocking findings but counts.${s} is ${v.counts[s]}`,
      });
      return;
    }
  }
}

/** POST /api/v1/releases: the engine's JSON verdict plus release metadata. Unknown fields are kept. */
export const ReleaseInput = z
  .looseObject({
    repository: z
      .string()
      .max(MAX_REPOSITORY_LENGTH)
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "owner/name"'),
    commit: z.string().regex(/^[0-9a-fA-F]{40}$/, 'must be a full 40-character hex commit SHA'),
    branch: z.string().min(1).max(MAX_BRANCH_LENGTH),
    buildNumber,
    buildUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(MAX_URL_LENGTH)
      // Reads are public: a user:password@ in the link would be served to anyone who reads the ledger.
      .refine((u) => !hasUserInfo(u), 'must not contain user information (user:password@); link to the build without credentials'),
    image: z.string().min(1).max(MAX_IMAGE_LENGTH),
    tag: z
      .string()
      .max(MAX_TAG_LENGTH)
      .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'must be a valid image tag'),
    passed: z.boolean(),
    blocking: count,
    counts: SeverityCounts,
    byScanner: z.record(z.string().min(1).max(64), ScannerVerdict).optional(),
    suppressions: z.looseObject({ applied: z.array(AppliedSuppression).max(10_000) }).optional(),
    blockingFindings: z.array(z.looseObject({ severity: FindingSeverity })).optional(),
    sarif: SarifLog.optional(),
  })
  .superRefine(checkConsistent)
  .meta({ id: 'ReleaseInput' });
export type ReleaseInput = z.infer<typeof ReleaseInput>;

export const Verdict = z.enum(['passed', 'failed']);

// The cursor is the id of the last item of the previous page; clients treat it as opaque.
const cursor = z.string().regex(/^[1-9]\d{0,15}$/, 'must be a nextCursor value from a previous page');

/** Any ISO 8601 date-time zod accepts, normalized to UTC; PostgreSQL rejects offsets beyond ±15:59 and years outside 1-9999. */
const instant = z
  .iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z' })
  .transform((v) => new Date(v))
  .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999, 'must be a date-time between years 1 and 9999')
  .transform((d) => d.toISOString());

export const ListQuery = z.strictObject({
  repository: z.string().min(1).max(MAX_REPOSITORY_LENGTH).optional(),
  commit: z.string().regex(/^[0-9a-fA-F]{40}$/, 'must be a full 40-character hex commit SHA').optional(),
  verdict: Verdict.optional(),
  since: instant.optional(),
  until: instant.optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  cursor: cursor.optional(),
});
export type ListQuery = z.output<typeof ListQuery>;

export const ReleaseId = z.string().regex(/^[1-9]\d{0,15}$/, 'must be a release id (a positive whole number)');

const SarifInfo = z
  .object({
    stored: z.boolean(),
    bytes: z.int().nullable(),
    omittedReason: z.string().nullable(),
  })
  .meta({ id: 'SarifInfo' });

export const ReleaseSummary = z
  .object({
    id: z.int(),
    repository: z.string(),
    commit: z.string(),
    branch: z.string(),
    buildNumber: z.string(),
    buildUrl: z.string(),
    image: z.string(),
    tag: z.string(),
    verdict: Verdict,
    passed: z.boolean(),
    blocking: z.int(),
    counts: SeverityCounts,
    blockingBySeverity: z.record(z.string(), z.int()).nullable(),
    byScanner: z.record(z.string(), ScannerVerdict),
    suppressions: z.array(AppliedSuppression),
    sarif: SarifInfo,
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'ReleaseSummary' });

export const Release = ReleaseSummary.extend({
  report: z.record(z.string(), z.unknown()).describe('The whole posted document except the SARIF log.'),
}).meta({ id: 'Release' });
export type Release = z.infer<typeof Release>;

export const ReleasePage = z
  .object({ items: z.array(ReleaseSummary), nextCursor: z.string().nullable() })
  .meta({ id: 'ReleasePage' });

export const ErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });
