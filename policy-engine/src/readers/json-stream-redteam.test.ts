/**
 * Inputs on which the two-pass reader of large reports (json-scan.ts, json-spill.ts) once behaved
 * otherwise than the whole-file path: each must end as one InputError (exit 2), never an internal error.
 */
import { closeSync, fstatSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { constants } from 'node:buffer';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from './temp-files.test-support.js';
import { InputError } from '../errors.js';
import { readReportFile } from '../report-input.js';
import { MAX_JSON_MEMBERS, scanJsonFile } from './json-scan.js';
import { FileChangedError, SpilledDocument } from './json-spill.js';

const { dir, write: tempFile } = tempFiles('srp-json-stream-redteam-');

function problem(file: string): string {
  try {
    readReportFile({ file }, undefined, { streamAboveBytes: 0, spillBytes: 64 });
  } catch (error) {
    if (error instanceof InputError) return error.problem;
    throw error;
  }
  return 'read';
}

describe('the two-pass reader on a file another writer changes', () => {
  it('reports a rewrite of the same size between the passes as a changed file, not a JSON.parse crash', () => {
    const text = JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'x', Class: 'os-pkgs', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: 'HIGH' }] }] });
    const file = tempFile(text);
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const { root } = scanJsonFile(fd, size, 1);
      writeFileSync(file, text.replace(',"Class"', '}"Class"'));
      expect(() => JSON.stringify(new SpilledDocument(fd, size).build(root!))).toThrow(FileChangedError);
    } finally {
      closeSync(fd);
    }
  });
});

describe('the two-pass reader on a value longer than a JavaScript string', () => {
  it('refuses it as input, as the whole-file path does', { timeout: 60_000 }, () => {
    const file = join(dir, 'long-string.json');
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, '{"SchemaVersion": 2, "Results": [], "Padding": "');
      const chunk = Buffer.alloc(16 * 1024 * 1024, 0x61);
      for (let written = 0; written <= constants.MAX_STRING_LENGTH; written += chunk.length) writeSync(fd, chunk);
      writeSync(fd, '"}');
    } finally {
      closeSync(fd);
    }
    try {
      // The member that holds the string starts after the comma before it.
      const at = Buffer.byteLength('{"SchemaVersion": 2, "Results": [],');
      expect(problem(file)).toBe(`has a value too large to read as text, from byte ${at} on: this is not a scan report`);
    } finally {
      rmSync(file);
    }
  });
});

describe('the two-pass reader on a file of tiny elements', () => {
  it('refuses more separators than MAX_JSON_MEMBERS instead of holding 8 bytes for each', { timeout: 60_000 }, () => {
    const file = tempFile(`[${'1,'.repeat(MAX_JSON_MEMBERS + 1)}1]`);
    expect(problem(file)).toMatch(new RegExp(`^has more than ${MAX_JSON_MEMBERS} array elements and object members .* at byte ${2 * (MAX_JSON_MEMBERS + 1)} `));
    rmSync(file);
    expect(problem(tempFile(`[${'1,'.repeat(1000)}1]`))).toMatch(/^unrecognised report/);
  });
});
