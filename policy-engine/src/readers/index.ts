/**
 * The readers' one entry point: text in, normalized and redacted SARIF runs out.
 * parseReport parses, refuses what is not a scan report, detects (or takes the forced) format,
 * validates the shape and normalizes. Every failure is an InputError/UsageError naming the file.
 */
import { InputError, UsageError } from '../errors.js';
import type { ReadResult } from '../sarif/model.js';
import { parseJsonReport } from './json.js';
import { refuseNonReports } from './refuse.js';
import { READERS, detectReader, findReader } from './registry.js';
import type { ReportReader, ReportSource } from './types.js';

export type { ReportSource } from './types.js';

/** For --help: every accepted --format id with one line about it. */
export const REPORT_FORMATS: readonly { format: string; description: string }[] = READERS.map((r) => ({
  format: r.format,
  description: r.description,
}));

export function parseReport(text: string, source: ReportSource, format?: string): ReadResult {
  const reader = chooseReader(format);
  return readDocument(parseJsonReport(text, source.file), source, reader);
}

/**
 * The same for a document already parsed (or read in parts from a large file: see json-spill.ts).
 * `format` is checked first, so a bad --format is reported before a long file is read.
 */
export function readReportDocument(document: unknown, source: ReportSource, format?: string): ReadResult {
  return readDocument(document, source, chooseReader(format));
}

/** The reader --format names (undefined: detect from content); a usage error for an unknown id. */
export function chooseReader(format?: string): ReportReader | undefined {
  const reader = format !== undefined ? findReader(format) : undefined;
  if (format !== undefined && reader === undefined) {
    // Echo the value only when it is a plausible id: the error must stay one clean line.
    const shown = /^[\w.-]{1,40}$/.test(format) ? `'${format}'` : 'value';
    throw new UsageError(`unknown --format ${shown}: valid formats are ${READERS.map((r) => r.format).join(', ')}`);
  }
  return reader;
}

function readDocument(document: unknown, source: ReportSource, forced: ReportReader | undefined): ReadResult {
  let reader = forced;
  refuseNonReports(document, source.file);
  // A forced format chooses between readers that could read the file; it never makes a reader accept
  // a document of another shape (read as that format, any object was an empty, clean report).
  if (reader !== undefined && !reader.detect(document)) {
    throw new InputError(source.file, `--format ${reader.format} does not fit this file (its shape is not ${reader.description}); check the file, or leave out --format to detect the format`);
  }
  reader ??= detectReader(document);
  if (reader === undefined) {
    throw new InputError(
      source.file,
      `unrecognised report: not Trivy JSON (no SchemaVersion/Results), not Gitleaks JSON (not an array of findings), not SARIF 2.1.0 (no runs); pass a scanner's JSON or SARIF output, or force one with --format (${READERS.map((r) => r.format).join(', ')})`,
    );
  }
  return { format: reader.format, runs: reader.read(document, source) };
}

