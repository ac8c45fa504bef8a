/**
 * The engine's copy of the ledger's limits (fit.ts, record.ts) checked against the service itself:
 * service/src/limits.ts and the zod schema that validates POST /api/v1/releases. The engine cannot
 * import the service at run time (they ship apart), so this test is what fails when one side changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { blockedByBothVerdict, RELEASE_META } from '../github/verdicts.test-support.js';
import { importServiceModule } from '../paths.test-support.js';
import { fitLedgerDocument, LEDGER_LIMITS } from './fit.js';
import { loadServiceSchema } from './ledger-standin.test-support.js';
import { buildLedgerBody, LEDGER_MAX_BODY_BYTES, LEDGER_MAX_SARIF_BYTES } from './record.js';

/** The service limits the engine mirrors (service/src/limits.ts). */
interface ServiceLimits {
  MAX_BODY_BYTES: number;
  MAX_SARIF_BYTES: number;
  MAX_JSON_DEPTH: number;
  MAX_BRANCH_LENGTH: number;
  MAX_IMAGE_LENGTH: number;
}

let service: ServiceLimits;
let ReleaseInput: Awaited<ReturnType<typeof loadServiceSchema>>;
beforeAll(async () => {
  service = await importServiceModule<ServiceLimits>('src/limits.ts');
  ReleaseInput = await loadServiceSchema();
});

type Doc = Record<string, any>;

/** What the service's schema says about a document: nothing when it accepts it. */
function refusals(doc: Doc): string[] {
  const result = ReleaseInput.safeParse(doc);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** What `srp gate --report-to` posts for a real verdict, parsed. */
const posted = (): Doc => JSON.parse(buildLedgerBody(blockedByBothVerdict(), RELEASE_META).json);

function withSuppression(field: 'id' | 'reason' | 'source', value: string): Doc {
  const doc = posted();
  doc.suppressions.applied[0][field] = value;
  return doc;
}

function withScannerName(name: string): Doc {
  const doc = posted();
  const [first, ...rest] = Object.entries(doc.byScanner as Doc);
  doc.byScanner = Object.fromEntries([[name, first![1]], ...rest]);
  return doc;
}

/** Each string limit the engine cuts to, and a document with a value of n characters in that place. */
const STRING_LIMITS: [keyof typeof LEDGER_LIMITS, (n: number) => Doc][] = [
  ['branch', (n) => ({ ...posted(), branch: 'b'.repeat(n) })],
  ['image', (n) => ({ ...posted(), image: 'i'.repeat(n) })],
  ['scannerName', (n) => withScannerName('s'.repeat(n))],
  ['suppressionId', (n) => withSuppression('id', 'd'.repeat(n))],
  ['suppressionReason', (n) => withSuppression('reason', 'r'.repeat(n))],
  ['suppressionSource', (n) => withSuppression('source', 'o'.repeat(n))],
];

describe("the engine's ledger limits are the service's", () => {
  it('the engine posts a document the service accepts', () => {
    expect(refusals(posted())).toEqual([]);
  });

  it('sizes, depth and metadata lengths equal service/src/limits.ts', () => {
    expect(LEDGER_MAX_BODY_BYTES).toBe(service.MAX_BODY_BYTES);
    expect(LEDGER_MAX_SARIF_BYTES).toBe(service.MAX_SARIF_BYTES);
    expect(LEDGER_LIMITS.depth).toBe(service.MAX_JSON_DEPTH);
    expect(LEDGER_LIMITS.branch).toBe(service.MAX_BRANCH_LENGTH);
    expect(LEDGER_LIMITS.image).toBe(service.MAX_IMAGE_LENGTH);
  });

  it.each(STRING_LIMITS)('%s: the service accepts exactly the engine limit, not one character more', (key, make) => {
    const n = LEDGER_LIMITS[key];
    expect(refusals(make(n))).toEqual([]);
    expect(refusals(make(n + 1))).not.toEqual([]);
  });

  it('a document with every limited string too long is accepted once fitLedgerDocument has cut it', () => {
    let doc = withScannerName('s'.repeat(LEDGER_LIMITS.scannerName + 100));
    doc = { ...doc, branch: 'b'.repeat(1000), image: 'i'.repeat(1000) };
    doc.suppressions.applied[0] = { ...doc.suppressions.applied[0], id: 'd'.repeat(9000), reason: 'r'.repeat(9000), source: 'o'.repeat(900) };
    expect(refusals(doc)).toHaveLength(6);
    expect(refusals(fitLedgerDocument(doc).doc)).toEqual([]);
  });
});
