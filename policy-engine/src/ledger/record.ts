/**
 * The document `srp gate --report-to` posts to the release ledger (service/, POST /api/v1/releases):
 * the JSON verdict plus release metadata, and the SARIF log when it is small enough to be stored.
 * Pure: size decisions are made on the serialized text, so what we measure is what we send.
 */
import type { Verdict } from '../policy/verdict.js';
import { fitLedgerDocument, fitSarifText } from './fit.js';

/** The ledger stores SARIF logs up to this size (service/src/limits.ts MAX_SARIF_BYTES; ledger-contract.test.ts). */
export const LEDGER_MAX_SARIF_BYTES = 4 * 1024 * 1024;
/** The ledger refuses request bodies above this (service/src/limits.ts MAX_BODY_BYTES; ledger-contract.test.ts). */
export const LEDGER_MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface ReleaseMetadata {
  /** owner/name */
  repository: string;
  /** 40 hex */
  commit: string;
  branch: string;
  buildNumber: string;
  buildUrl: string;
  image: string;
  tag: string;
}

export interface LedgerBody {
  /** Serialized JSON, ready to send. */
  json: string;
  /** Why the SARIF log or the finding list was left out, for the log line. */
  notes: string[];
}

/**
 * Builds the request body. `sarifText` is the SARIF log as written by the gate (already redacted),
 * included only under LEDGER_MAX_SARIF_BYTES; if the body would still exceed what the ledger accepts,
 * the per-finding list is dropped (counts, byScanner and suppressions always stay).
 */
export function buildLedgerBody(verdict: Verdict, meta: ReleaseMetadata, sarifText?: string): LedgerBody {
  const notes: string[] = [];
  // The ledger keys severities like `counts` (lower case: service/src/releases/schema.ts); the
  // verdict's finding summaries carry the scanners' upper-case names.
  const blockingFindings = verdict.blockingFindings.map((f) => ({ ...f, severity: f.severity.toLowerCase() }));
  const fitted = fitLedgerDocument({ ...verdict, blockingFindings, ...meta });
  notes.push(...fitted.notes);
  const base = fitted.doc;
  let sarifPart = '';
  if (sarifText !== undefined) {
    const bytes = Buffer.byteLength(sarifText, 'utf8');
    if (bytes > LEDGER_MAX_SARIF_BYTES) {
      notes.push(`SARIF log not sent: ${bytes} bytes is over the ledger's ${LEDGER_MAX_SARIF_BYTES}-byte limit`);
    } else if (!isJsonObject(sarifText)) {
      notes.push('SARIF log not sent: the file is not a JSON object');
    } else {
      const sarif = fitSarifText(sarifText.trim());
      notes.push(...sarif.notes);
      if (sarif.omitted !== undefined) notes.push(sarif.omitted);
      else sarifPart = sarif.text ?? '';
    }
  }
  const serialize = (doc: object, sarif: string) => {
    const json = JSON.stringify(doc);
    // Splice the SARIF text in rather than re-serialize a parsed log of up to 4 MiB.
    return sarif ? `${json.slice(0, -1)},"sarif":${sarif}}` : json;
  };
  let json = serialize(base, sarifPart);
  if (Buffer.byteLength(json, 'utf8') > LEDGER_MAX_BODY_BYTES && sarifPart) {
    notes.push('SARIF log not sent: the body would exceed the ledger limit');
    json = serialize(base, '');
  }
  if (Buffer.byteLength(json, 'utf8') > LEDGER_MAX_BODY_BYTES) {
    notes.push(`${verdict.blockingFindings.length} blocking findings not listed: the body would exceed the ledger limit (counts are kept)`);
    const { blockingFindings: _dropped, ...rest } = base;
    json = serialize({ ...rest, blockingFindingsOmitted: verdict.blockingFindings.length }, '');
  }
  return { json, notes };
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
