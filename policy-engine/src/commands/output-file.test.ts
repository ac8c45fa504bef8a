import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { writePiecesAtomic } from './output-file.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'srp-output-file-'));

describe('writePiecesAtomic', () => {
  it('writes the pieces as UTF-8, multi-byte characters across buffer boundaries and pieces bigger than the buffer included', () => {
    const file = join(dir(), 'out', 'log.sarif');
    const pieces: string[] = [];
    // ~3.5 MiB of mixed 1-, 2-, 3- and 4-byte characters in pieces of varied sizes, then one 2 MiB piece.
    for (let i = 0; i < 20_000; i++) pieces.push(`{"i":${i},"t":"é€😀 <ü>"}`.repeat(1 + (i % 13)));
    pieces.push('€'.repeat(2 * 1024 * 1024), '', '\n');
    writePiecesAtomic(file, (write) => pieces.forEach(write));
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(join(file, '..'))).toEqual(['log.sarif']);
  });

  it('replaces an existing file only when the write completed', () => {
    const file = join(dir(), 'verdict.sarif');
    writeFileSync(file, 'previous');
    expect(() =>
      writePiecesAtomic(file, (write) => {
        write('half');
        throw new TypeError('renderer bug');
      }),
    ).toThrow(TypeError);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(join(file, '..'))).toEqual(['verdict.sarif']);
  });

  it('reports an unwritable place as one usage line naming the file', () => {
    const parent = dir();
    const blocker = join(parent, 'not-a-dir');
    writeFileSync(blocker, '');
    const file = join(blocker, 'r.sarif');
    let error: unknown;
    try {
      writePiecesAtomic(file, (write) => write('{}'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    // A file stands where the directory should be: opening the temporary file reports ENOTDIR.
    expect((error as Error).message).toBe(`cannot write ${file} (ENOTDIR); check that its directory is writable`);
    expect(existsSync(file)).toBe(false);
  });
});
