/**
 * Bounds on strings that come from reports, applied once where every reader hands its findings over
 * (RunBuilder). A 150 MB title used to be copied into the message, the rule and every output until a
 * writer passed V8's string limit and crashed. Free text is cut with a visible marker; identity
 * fields keep a prefix and a hash of the whole value, so two long ids stay distinct (and a
 * suppression by exact id still matches) without carrying megabytes through the gate.
 */
import { REPORT_FIELD_MAX_CHARS, REPORT_TEXT_MAX_CHARS } from '../limits.js';
import { fingerprintOf } from './fingerprint.js';
import type { FindingFacts } from './model.js';

const TEXT_MARKER = ' …[cut by srp: longer than the report text limit]';

export function boundText(text: string): string {
  return text.length <= REPORT_TEXT_MAX_CHARS ? text : text.slice(0, REPORT_TEXT_MAX_CHARS - TEXT_MARKER.length) + TEXT_MARKER;
}

export function boundField(value: string): string {
  if (value.length <= REPORT_FIELD_MAX_CHARS) return value;
  const hash = fingerprintOf(value);
  return `${value.slice(0, REPORT_FIELD_MAX_CHARS - hash.length - 2)}…#${hash}`;
}

const IDENTITY_KEYS = ['scanner', 'id', 'path', 'target', 'package', 'installedVersion', 'fixedVersion', 'status', 'nativeFingerprint'] as const;
const TEXT_KEYS = ['title', 'resolution'] as const;

/** Bounds a reader's facts in place; a no-op (length checks only) for every real finding. */
export function boundFacts(facts: FindingFacts): void {
  for (const key of IDENTITY_KEYS) {
    const value = facts[key];
    if (value !== undefined && value.length > REPORT_FIELD_MAX_CHARS) facts[key] = boundField(value);
  }
  for (const key of TEXT_KEYS) {
    const value = facts[key];
    if (value !== undefined && value.length > REPORT_TEXT_MAX_CHARS) facts[key] = boundText(value);
  }
  if (facts.aliases !== undefined) facts.aliases = facts.aliases.map(boundField);
}
