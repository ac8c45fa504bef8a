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

/**
 * Bounds a reader's facts in place; a no-op (length checks only) for every real finding. Named
 * loads, not a loop over key names: this runs once per finding, and a keyed load whose key varies
 * is a megamorphic lookup in V8's first tiers, where most of a 10k-finding run executes.
 */
export function boundFacts(facts: FindingFacts): void {
  const field = REPORT_FIELD_MAX_CHARS;
  // Identity fields keep a prefix and a hash (see boundField).
  if (facts.scanner !== undefined && facts.scanner.length > field) facts.scanner = boundField(facts.scanner);
  if (facts.id !== undefined && facts.id.length > field) facts.id = boundField(facts.id);
  if (facts.path !== undefined && facts.path.length > field) facts.path = boundField(facts.path);
  if (facts.target !== undefined && facts.target.length > field) facts.target = boundField(facts.target);
  if (facts.package !== undefined && facts.package.length > field) facts.package = boundField(facts.package);
  if (facts.installedVersion !== undefined && facts.installedVersion.length > field) facts.installedVersion = boundField(facts.installedVersion);
  if (facts.fixedVersion !== undefined && facts.fixedVersion.length > field) facts.fixedVersion = boundField(facts.fixedVersion);
  if (facts.status !== undefined && facts.status.length > field) facts.status = boundField(facts.status);
  if (facts.nativeFingerprint !== undefined && facts.nativeFingerprint.length > field) facts.nativeFingerprint = boundField(facts.nativeFingerprint);
  // Free text is cut with a marker (see boundText).
  if (facts.title !== undefined && facts.title.length > REPORT_TEXT_MAX_CHARS) facts.title = boundText(facts.title);
  if (facts.resolution !== undefined && facts.resolution.length > REPORT_TEXT_MAX_CHARS) facts.resolution = boundText(facts.resolution);
  if (facts.aliases !== undefined) facts.aliases = facts.aliases.map(boundField);
}
