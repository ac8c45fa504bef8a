import { closeSync, fstatSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempFiles } from './readers/temp-files.test-support.js';
import { InputError } from './errors.js';
import { FIXTURES_DIR } from './paths.test-support.js';
import { JsonScanError, scanJsonFile } from './readers/json-scan.js';
import { SpilledDocument } from './readers/json-spill.js';
import { readReportFile, type ReadTuning } from './report-input.js';

const { write: tempFile } = tempFiles('srp-report-input-');

/** Every container spilled (1 byte) and mid-sized ones (64 bytes): both build paths on every shape. */
const STREAMED: ReadTuning[] = [
  { streamAboveBytes: 0, spillBytes: 1 },
  { streamAboveBytes: 0, spillBytes: 64 },
  { streamAboveBytes: 0, spillBytes: 4096 },
];
const WHOLE: ReadTuning = { streamAboveBytes: Number.MAX_SAFE_INTEGER, spillBytes: 1 };

function outcome(file: string, tuning: ReadTuning, format?: string): string {
  try {
    return JSON.stringify(readReportFile({ file, root: '/work/src' }, format, tuning));
  } catch (error) {
    if (error instanceof InputError) return `InputError`;
    throw error;
  }
}

/** Scans and builds a file with the two passes; the document as JSON text (arrays are Proxies). */
function spilledJson(file: string, spillBytes: number, chunkBytes?: number): string {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const { root } = scanJsonFile(fd, size, spillBytes, chunkBytes);
    if (root === undefined) throw new Error('scalar document');
    return JSON.stringify(new SpilledDocument(fd, size).build(root));
  } finally {
    closeSync(fd);
  }
}

function scanError(file: string, chunkBytes?: number): JsonScanError | undefined {
  const fd = openSync(file, 'r');
  try {
    scanJsonFile(fd, fstatSync(fd).size, 1, chunkBytes);
    return undefined;
  } catch (error) {
    if (error instanceof JsonScanError) return error;
    throw error;
  } finally {
    closeSync(fd);
  }
}

describe('a streamed report reads exactly like the same report read whole', () => {
  const fixtures = ['trivy', 'gitleaks', 'sarif']
    .flatMap((sub) => readdirSync(join(FIXTURES_DIR, sub)).map((name) => join(FIXTURES_DIR, sub, name)))
    .filter((file) => /\.(json|sarif)$/.test(file) && !file.includes('sarif-schema'));

  it.each(fixtures)('%s', (file) => {
    const whole = outcome(file, WHOLE);
    for (const tuning of STREAMED) expect(outcome(file, tuning)).toBe(whole);
  });

  it('with a byte order mark: one reads as none, a second is refused, in both paths', () => {
    const report = JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'x', Class: 'os-pkgs', Type: 'alpine', Vulnerabilities: [] }] });
    const plain = outcome(tempFile(report), WHOLE);
    expect(plain).not.toBe('InputError');
    for (const tuning of [WHOLE, ...STREAMED]) {
      expect(outcome(tempFile(`\ufeff${report}`), tuning)).toBe(plain);
      expect(outcome(tempFile(`\ufeff\ufeff${report}`), tuning)).toBe('InputError');
      expect(() => readReportFile({ file: tempFile(`\ufeff\ufeff${report}`) }, undefined, tuning)).toThrow('starts with two byte order marks');
    }
  });
});

/** JSON text of a value with random whitespace between tokens (and sometimes none). */
const jsonDocument = fc
  .tuple(fc.oneof(fc.array(fc.jsonValue({ maxDepth: 4 })), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 }))), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n '))
  .map(([value, indent]) => JSON.stringify(value, null, indent as string | number | undefined));

describe('the two-pass reader builds exactly what JSON.parse builds', () => {
  it('for generated documents, any spill size and any chunk size', () => {
    fc.assert(
      fc.property(jsonDocument, fc.constantFrom(1, 8, 64, 1 << 20), fc.constantFrom(1, 3, 7, 64, undefined), (text, spill, chunk) => {
        expect(spilledJson(tempFile(text), spill, chunk)).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps __proto__ as an own key and the last of duplicate keys, like JSON.parse', () => {
    for (const text of ['{"__proto__": [1, 2], "a": {"__proto__": {"x": 1}}, "b": 1}', '{"a": [1], "a": {"b": [2, 3]}, "a": 7, "c": [{}], "c": [[]]}']) {
      const file = tempFile(text);
      expect(spilledJson(file, 1)).toBe(JSON.stringify(JSON.parse(text)));
      const fd = openSync(file, 'r');
      const value = new SpilledDocument(fd, fstatSync(fd).size).build(scanJsonFile(fd, fstatSync(fd).size, 1).root!) as Record<string, unknown>;
      closeSync(fd);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    }
  });

  it('gives arrays that answer like arrays and refuse writes', () => {
    const file = tempFile(JSON.stringify({ list: [{ a: 1 }, [2], 'three', null, 5] }));
    const fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const { list } = new SpilledDocument(fd, size).build(scanJsonFile(fd, size, 1).root!) as { list: unknown[] };
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe(5);
    expect(list[2]).toBe('three');
    expect(list[5]).toBeUndefined();
    expect(4 in list && !(5 in list)).toBe(true);
    expect(JSON.stringify([...list])).toBe('[{"a":1},[2],"three",null,5]');
    expect(list.map((x) => typeof x)).toEqual(['object', 'object', 'string', 'object', 'number']);
    expect(() => {
      'use strict';
      (list as unknown[])[0] = 1;
    }).toThrow(TypeError);
    closeSync(fd);
  });
});

describe('pass one refuses exactly what JSON.parse refuses', () => {
  const mutation = fc.tuple(jsonDocument, fc.nat(), fc.constantFrom('truncate', 'delete', 'insert', 'replace'), fc.constantFrom(...'{}[]",:\\ 0-.eE+tfnu\u0001x'.split('')), fc.constantFrom(1, 5, undefined));

  it('for one-byte mutations of generated documents, at any chunk size', () => {
    fc.assert(
      fc.property(mutation, ([text, at, kind, byte, chunk]) => {
        const k = at % (text.length + 1);
        const mutated =
          kind === 'truncate' ? text.slice(0, k) : kind === 'delete' ? text.slice(0, k) + text.slice(k + 1) : kind === 'insert' ? text.slice(0, k) + byte + text.slice(k) : text.slice(0, k) + byte + text.slice(k + 1);
        if (mutated.trim() === '') return;
        let parses = true;
        try {
          JSON.parse(mutated);
        } catch {
          parses = false;
        }
        const error = scanError(tempFile(mutated), chunk);
        expect(error === undefined).toBe(parses);
        if (error) expect(error.offset).toBeLessThanOrEqual(Buffer.byteLength(mutated));
      }),
      { numRuns: 1000 },
    );
  });

  it('names the byte offset of a bad UTF-8 sequence, wherever the chunks are cut', () => {
    const bad = [[0xff], [0x80], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]];
    for (const bytes of bad) {
      const head = Buffer.from('{"a": ["ok", "é€😀 text ');
      const file = tempFile(Buffer.concat([head, Buffer.from(bytes), Buffer.from(' more"]}')]));
      for (const chunk of [1, 2, 3, 5, undefined]) {
        const error = scanError(file, chunk);
        expect(error?.reason).toBe('utf8');
        expect(error?.offset).toBe(head.length);
      }
    }
  });

  it('refuses nesting deeper than MAX_JSON_DEPTH and accepts it up to there', () => {
    expect(scanError(tempFile('['.repeat(1024) + ']'.repeat(1024)))).toBeUndefined();
    expect(scanError(tempFile('['.repeat(1025) + ']'.repeat(1025)))?.reason).toBe('depth');
  });
});

describe('readReportFile on a large file', () => {
  const tuning: ReadTuning = { streamAboveBytes: 0, spillBytes: 64 };
  const problem = (content: string | Buffer): string => {
    try {
      readReportFile({ file: tempFile(content) }, undefined, tuning);
    } catch (error) {
      if (error instanceof InputError) return error.problem;
      throw error;
    }
    return 'read';
  };
  const report = JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'x', Class: 'os-pkgs', Type: 'alpine', Vulnerabilities: [] }] }, null, 2);

  it('says where a truncated, malformed or non-UTF-8 report goes wrong, by byte and line', () => {
    expect(problem(report.slice(0, 60))).toBe(
      "the JSON ends early (truncated file?) at byte 60 (line 5): the report must be the scanner's complete JSON or SARIF output",
    );
    const broken = report.replace('"Class"', '"Class" x');
    expect(problem(broken)).toMatch(new RegExp(`^invalid JSON at byte ${broken.indexOf(' x') + 1} \\(line 6\\): `));
    expect(problem(Buffer.concat([Buffer.from(report.slice(0, 70)), Buffer.from([0xc3, 0x28]), Buffer.from(report.slice(70))]))).toMatch(/^is not UTF-8 at byte 70 \(line 6\); /);
    expect(problem(report)).toBe('read');
  });

  it('refuses binary, XML and CSV by their head, as for a small file', () => {
    expect(problem(Buffer.from([0x7b, 0, 1, 2]))).toContain('binary');
    expect(problem('<testsuites></testsuites>')).toContain('this is XML');
    expect(problem('a,b,c\n1,2,3\n')).toContain('CSV');
  });
});

describe('a streamed array read out of order', () => {
  it('gives each element as JSON.parse does, whatever the order of access', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 60 }), (values, order) => {
        const text = JSON.stringify({ list: values });
        const file = tempFile(text);
        const fd = openSync(file, 'r');
        const size = fstatSync(fd).size;
        const { list } = new SpilledDocument(fd, size).build(scanJsonFile(fd, size, 1).root!) as { list: unknown[] };
        for (const k of order) expect(JSON.stringify(list[k % values.length])).toBe(JSON.stringify(JSON.parse(text).list[k % values.length]));
        closeSync(fd);
      }),
      { numRuns: 200 },
    );
  });
});
