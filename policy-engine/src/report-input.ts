/**
 * Reading one report file into normalized runs. A small file is read whole and JSON.parse'd; a
 * large one in two passes — readers/json-scan.ts validates every byte and maps the large
 * containers, readers/json-spill.ts parses the parts as the reader walks them — so a report of any
 * size is read in memory that follows its largest element, not the file.
 */
import { closeSync, fstatSync } from 'node:fs';
import { InputError } from './errors.js';
import { BINARY_SNIFF_BYTES, openInput, readBytes, readOpenText, refuseBinary } from './io.js';
import { chooseReader, parseReport, readReportDocument } from './readers/index.js';
import { refuseNonJson } from './readers/json.js';
import { JsonScanError, MAX_JSON_DEPTH, MAX_JSON_MEMBERS, scanJsonFile } from './readers/json-scan.js';
import { FileChangedError, SpilledDocument, ValueTooLargeError } from './readers/json-spill.js';
import type { ReportSource } from './readers/types.js';
import type { ReadResult } from './sarif/model.js';

export interface ReadTuning {
  /** Files up to this size are read whole (one JSON.parse is fastest for them). */
  streamAboveBytes: number;
  /** In a streamed file, containers larger than this are read in parts. */
  spillBytes: number;
}

export const DEFAULT_TUNING: ReadTuning = { streamAboveBytes: 64 * 1024 * 1024, spillBytes: 1024 * 1024 };

export function readReportFile(source: ReportSource, format?: string, tuning: ReadTuning = DEFAULT_TUNING): ReadResult {
  chooseReader(format); // an unknown --format is reported before a long file is read
  const { file } = source;
  const { fd, size } = openInput(file, 'report');
  try {
    if (size <= tuning.streamAboveBytes) return parseReport(readOpenText(fd, size, file, 'report'), source, format);
    refuseNonReportHead(fd, size, file);
    const before = fstatSync(fd);
    try {
      const { root } = scanJsonFile(fd, size, tuning.spillBytes);
      // A scalar document is small whatever the file size (whitespace around it): read it whole.
      if (root === undefined) return parseReport(readOpenText(fd, size, file, 'report'), source, format);
      const read = readReportDocument(new SpilledDocument(fd, size).build(root), source, format);
      // Pass two re-reads the file: a writer that replaced its bytes with other valid JSON in between
      // would go unnoticed by the parser (invalid bytes are FileChangedError), but not by the clock.
      const after = fstatSync(fd);
      if (after.size !== size || after.mtimeMs !== before.mtimeMs) throw new FileChangedError(0);
      return read;
    } catch (error) {
      if (error instanceof JsonScanError) throw new InputError(file, describeScanError(fd, error));
      if (error instanceof FileChangedError) throw new InputError(file, 'changed while being read; rerun once the writer is done');
      if (error instanceof ValueTooLargeError) throw new InputError(file, `has a value too large to read as text, from byte ${error.offset} on: this is not a scan report`);
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

/** The checks parseJsonReport makes on a whole text (binary, XML, CSV…), made on the head of a large file. */
function refuseNonReportHead(fd: number, size: number, file: string): void {
  const head = Buffer.allocUnsafe(Math.min(size, BINARY_SNIFF_BYTES));
  readBytes(fd, head, head.length, 0);
  refuseBinary(head, file, 'report');
  let text = head.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return; // whitespace then more: the scanner says where it goes wrong
  refuseNonJson(text, file);
}

const SCAN_PROBLEMS: Record<JsonScanError['reason'], string> = {
  syntax: "invalid JSON at {at}: the report must be the scanner's complete JSON or SARIF output",
  truncated: "the JSON ends early (truncated file?) at {at}: the report must be the scanner's complete JSON or SARIF output",
  utf8: 'is not UTF-8 at {at}; save the report as UTF-8 (scanners write UTF-8: was it converted or damaged on the way?)',
  depth: `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels at {at}: this is not a scan report`,
  token: 'has a number or literal longer than 1 MiB at {at}: this is not a scan report',
  members: `has more than ${MAX_JSON_MEMBERS} array elements and object members in its large arrays and objects at {at}: this is not a scan report`,
};

function describeScanError(fd: number, error: JsonScanError): string {
  return SCAN_PROBLEMS[error.reason].replace('{at}', `byte ${error.offset} (line ${lineAt(fd, error.offset)})`);
}

/** Line number of a byte offset, counted by reading the file up to it (the failure path only). */
function lineAt(fd: number, offset: number): number {
  const chunk = Buffer.allocUnsafe(8 * 1024 * 1024);
  let line = 1;
  for (let position = 0; position < offset; ) {
    const read = readBytes(fd, chunk, Math.min(chunk.length, offset - position), position);
    if (read === 0) break;
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < read; i = chunk.indexOf(0x0a, i + 1)) line++;
    position += read;
  }
  return line;
}
