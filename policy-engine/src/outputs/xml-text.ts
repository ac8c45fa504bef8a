/**
 * The one way text reaches our XML (JUnit): made XML 1.0-safe, cut to a named length, and escaped.
 * fast-xml-parser's builder (the tests' oracle) escapes markup but passes control characters
 * through, and a single U+0001 in a package description or driver name makes Jenkins reject the file.
 */
import { cutText } from '../errors.js';

// Chars XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE/U+FFFF, and unpaired surrogates.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A plain character class finds "maybe unsafe" text far faster than the look-around pattern above;
// almost no text has any, so most calls end at this test (JUnit runs it ~100k times on big reports).
const MAYBE_INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/**
 * Valid XML, but they reorder what a reviewer reads in Jenkins' test report (a file name with U+202E shows
 * another name): bidi embeddings, overrides, isolates and marks, and the line and paragraph separators.
 * Replaced, as in the Markdown summary.
 */
const REORDERING_CHARS = '\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
const REORDERING = new RegExp(`[${REORDERING_CHARS}]`, 'g');
const MAYBE_REORDERING = new RegExp(`[${REORDERING_CHARS}]`);
/** MAYBE_INVALID_XML_CHARS, line breaks and REORDERING: what attributeText may change. */
const MAYBE_ATTRIBUTE_CHANGES = new RegExp(`[\\u0000-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF${REORDERING_CHARS}]`);

function unreordered(text: string): string {
  return MAYBE_REORDERING.test(text) ? text.replace(REORDERING, '\uFFFD') : text;
}

export function xmlSafe(text: string): string {
  return MAYBE_INVALID_XML_CHARS.test(text) ? text.replace(INVALID_XML_CHARS, '\uFFFD') : text;
}

/**
 * For attributes: one line, because parsers fold newlines in attribute values into spaces anyway.
 * A whitespace run that holds a line break becomes one space. Linear: `\s+` matches each run once
 * and cannot fail part-way (the old `\s*[\r\n]+\s*` rescanned a run from every position: 18 s on
 * one long run of spaces).
 */
export function xmlSafeLine(text: string): string {
  const safe = xmlSafe(text);
  if (!safe.includes('\n') && !safe.includes('\r')) return safe;
  return safe.replace(/\s+/g, (run) => (run.includes('\n') || run.includes('\r') ? ' ' : run));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** The same five entities XMLBuilder writes, in text and attributes alike. */
const MARKUP = /[&<>"']/;

/** Only the escaping, for text that is already XML-safe and cut (JUnitTestCase fields). */
export function escapeMarkup(text: string): string {
  return MARKUP.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string) : text;
}

/** Attribute content: XML-safe, one line, cut, then escaped. Idempotent before the escaping. */
export function attributeText(text: string, maxChars: number): string {
  // One test for both passes: line breaks are C0 controls too. Most names and messages end here.
  if (text.length <= maxChars && !MAYBE_ATTRIBUTE_CHANGES.test(text)) return text;
  return unreordered(xmlSafeLine(cutText(text, maxChars)));
}

/** Element content: XML-safe, cut, then escaped. */
export function elementText(text: string, maxChars: number): string {
  return unreordered(xmlSafe(cutText(text, maxChars)));
}

/** Serializing: every attribute value goes through here. */
export function xmlAttribute(text: string, maxChars: number): string {
  return escapeMarkup(attributeText(text, maxChars));
}

/** Serializing: every text node goes through here. */
export function xmlElementText(text: string, maxChars: number): string {
  return escapeMarkup(elementText(text, maxChars));
}
