/**
 * Text that XML 1.0 can carry. The builder escapes markup (&, <, >, quotes) but passes control
 * characters through, and a single U+0001 in a package description makes Jenkins reject the file.
 */
// Chars XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE/U+FFFF, and unpaired surrogates.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A plain character class finds "maybe unsafe" text far faster than the look-around pattern above;
// almost no text has any, so most calls end at this test (JUnit runs it ~100k times on big reports).
const MAYBE_INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlSafe(text: string): string {
  return MAYBE_INVALID_XML_CHARS.test(text) ? text.replace(INVALID_XML_CHARS, '\uFFFD') : text;
}

/** For attributes: one line, because parsers fold newlines in attribute values into spaces anyway. */
export function xmlSafeLine(text: string): string {
  const safe = xmlSafe(text);
  return safe.includes('\n') || safe.includes('\r') ? safe.replace(/\s*[\r\n]+\s*/g, ' ') : safe;
}
