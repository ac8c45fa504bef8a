/**
 * Makes what `srp gate --report-to` posts fit the ledger's published contract (docs/service.md,
 * service/src/releases/schema.ts, service/src/http/nul.ts), so a gate that ran always ends with its
 * verdict recorded. What the ledger cannot store is replaced (NUL and lone UTF-16 surrogates become
 * U+FFFD), what is too long is cut with a marker, a build URL loses its user information. Each kind
 * of change is reported once as a note. Pure: no I/O.
 */

/**
 * The ledger's limits, as published (service/src/releases/schema.ts, service/src/limits.ts);
 * ledger-contract.test.ts fails when these and the service's drift apart.
 */
export const LEDGER_LIMITS = {
  scannerName: 64,
  suppressionId: 500,
  suppressionReason: 2000,
  suppressionSource: 64,
  branch: 255,
  image: 255,
  /** service MAX_JSON_DEPTH: objects and arrays nested deeper are refused. */
  depth: 64,
} as const;

export const TRUNCATION_MARKER = '…';
const REPLACEMENT = '\uFFFD';
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cuts to at most `max` UTF-16 units including the marker, never between the halves of a pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - TRUNCATION_MARKER.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + TRUNCATION_MARKER;
}

class Fitter {
  readonly notes = new Set<string>();

  text(s: string): string {
    UNSTORABLE.lastIndex = 0;
    if (!UNSTORABLE.test(s)) return s;
    this.notes.add('characters the ledger cannot store (NUL, lone UTF-16 surrogates) were replaced with U+FFFD');
    return s.replace(UNSTORABLE, REPLACEMENT);
  }

  cut(s: string, max: number, what: string): string {
    const out = truncate(s, max);
    if (out !== s) this.notes.add(`${what} cut to the ledger's ${max}-character limit (marked with ${TRUNCATION_MARKER})`);
    return out;
  }

  /** Every string and key, recursively; depth is bounded by the caller's document (the verdict). */
  deep(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.deep(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.deep(v)]));
    }
    return value;
  }
}

type Doc = Record<string, unknown>;
const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The verdict-plus-metadata document (without SARIF), fitted; notes say what was changed. */
export function fitLedgerDocument(doc: Doc): { doc: Doc; notes: string[] } {
  const f = new Fitter();
  const out = f.deep(doc) as Doc;
  const scanner = (name: string) => f.cut(name, LEDGER_LIMITS.scannerName, 'scanner (SARIF tool) name');

  if (typeof out.branch === 'string') out.branch = f.cut(out.branch, LEDGER_LIMITS.branch, 'branch');
  if (typeof out.image === 'string') out.image = f.cut(out.image, LEDGER_LIMITS.image, 'image');
  if (typeof out.buildUrl === 'string') out.buildUrl = withoutUserInfo(out.buildUrl, f);
  if (isObject(out.byScanner)) {
    // Null prototype: a scanner named __proto__ (untrusted reports name the tools) stays an own key.
    const renamed = Object.create(null) as Doc;
    for (const [name, v] of Object.entries(out.byScanner)) {
      let key = scanner(name);
      // Two long names that share a prefix would collide once cut; keep both.
      for (let i = 2; key in renamed && i < 1000; i++) key = truncate(name, LEDGER_LIMITS.scannerName - String(i).length - 1) + `#${i}`;
      renamed[key] = v;
    }
    out.byScanner = renamed;
  }
  if (Array.isArray(out.blockingFindings)) {
    out.blockingFindings = out.blockingFindings.map((x) => (isObject(x) && typeof x.scanner === 'string' ? { ...x, scanner: scanner(x.scanner) } : x));
  }
  if (isObject(out.suppressions) && Array.isArray(out.suppressions.applied)) {
    out.suppressions = {
      ...out.suppressions,
      applied: out.suppressions.applied.map((s) => {
        if (!isObject(s)) return s;
        const fitted = { ...s };
        if (typeof s.id === 'string') fitted.id = f.cut(s.id, LEDGER_LIMITS.suppressionId, 'suppression id');
        if (typeof s.reason === 'string') {
          fitted.reason = s.reason.trim() === '' ? '(no reason given)' : f.cut(s.reason, LEDGER_LIMITS.suppressionReason, 'suppression reason');
        }
        if (typeof s.source === 'string') fitted.source = f.cut(s.source, LEDGER_LIMITS.suppressionSource, 'suppression source');
        return fitted;
      }),
    };
  }
  return { doc: out, notes: [...f.notes] };
}

function withoutUserInfo(url: string, f: Fitter): string {
  try {
    const u = new URL(url);
    if (u.username === '' && u.password === '') return url;
    u.username = '';
    u.password = '';
    f.notes.add('user information removed from the build URL (the ledger serves it to every reader)');
    return u.href;
  } catch {
    return url;
  }
}

/**
 * The SARIF text as the ledger will take it, or why it cannot be sent. Only a log that holds an escaped
 * NUL or surrogate is parsed and rewritten; the common case is sent byte for byte.
 */
export function fitSarifText(text: string): { text?: string; notes: string[]; omitted?: string } {
  // The SARIF log sits one level inside the body.
  if (jsonDepth(text) > LEDGER_LIMITS.depth - 1) {
    return { notes: [], omitted: `SARIF log not sent: nested deeper than the ledger's ${LEDGER_LIMITS.depth} levels` };
  }
  if (!ESCAPED_UNSTORABLE.test(text) && !UNSTORABLE_RAW.test(text)) return { text, notes: [] };
  const f = new Fitter();
  const fixed = JSON.stringify(f.deep(JSON.parse(text)));
  return { text: fixed, notes: [...f.notes].map((n) => `SARIF log: ${n}`) };
}

/** An escaped NUL or an escaped surrogate without its partner (a false hit only costs a rewrite). */
const ESCAPED_UNSTORABLE = /\\u0000|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;
const UNSTORABLE_RAW = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deepest nesting of objects and arrays in JSON text, by one scan that skips strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}
