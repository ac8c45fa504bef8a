import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../errors.js';
import { checkOutputTargets, writeOutputsAtomic, writePiecesAtomic } from './output-file.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'srp-output-file-'));

function caught(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

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

  it('reports an unwritable place as one OutputError line naming the file', () => {
    const parent = dir();
    const blocker = join(parent, 'not-a-dir');
    writeFileSync(blocker, '');
    const file = join(blocker, 'r.sarif');
    const error = caught(() => writePiecesAtomic(file, (write) => write('{}')));
    expect(error).toBeInstanceOf(OutputError);
    // A file stands where the directory should be: opening the temporary file reports ENOTDIR.
    expect((error as Error).message).toBe(`${file}: cannot write (ENOTDIR); check that its directory exists and is writable`);
    expect(existsSync(file)).toBe(false);
  });

  it('creates its temporary file under a hidden, random name that differs on every write', () => {
    const root = dir();
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      writePiecesAtomic(join(root, 'r.sarif'), (write) => {
        seen.push(...readdirSync(root).filter((name) => name !== 'r.sarif'));
        write('{}');
      });
    }
    expect(seen).toHaveLength(2);
    for (const name of seen) expect(name).toMatch(/^\.r\.sarif\.[0-9a-f]{16}\.tmp$/);
    expect(seen[0]).not.toBe(seen[1]);
    expect(readdirSync(root)).toEqual(['r.sarif']);
  });

  it('never follows a symlink planted at the temporary name: it takes another name and the link target stays untouched', () => {
    const root = dir();
    const victim = join(root, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(root, '.r.sarif.guessed.tmp'));
    const names = ['guessed', 'fresh'];
    writePiecesAtomic(join(root, 'r.sarif'), (write) => write('{"ok":true}'), { randomSuffix: () => names.shift() ?? 'x' });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(readFileSync(join(root, 'r.sarif'), 'utf8')).toBe('{"ok":true}');
    expect(readdirSync(root).sort()).toEqual(['.r.sarif.guessed.tmp', 'r.sarif', 'victim.txt']);
  });

  it('gives up with an OutputError when every name it tries is taken', () => {
    const root = dir();
    symlinkSync(join(root, 'victim'), join(root, '.r.sarif.same.tmp'));
    const error = caught(() => writePiecesAtomic(join(root, 'r.sarif'), (write) => write('x'), { randomSuffix: () => 'same' }));
    expect(error).toBeInstanceOf(OutputError);
    expect(existsSync(join(root, 'victim'))).toBe(false);
  });
});

describe('writeOutputsAtomic', () => {
  it('writes every output or none: an unwritable second output leaves the first unwritten and the old file intact', () => {
    const root = dir();
    const first = join(root, 'out', 'r.sarif');
    mkdirSync(join(root, 'out'));
    writeFileSync(first, 'last run');
    writeFileSync(join(root, 'blocker'), '');
    const error = caught(() =>
      writeOutputsAtomic([
        { file: first, produce: (write) => write('this run') },
        { file: join(root, 'blocker', 'j.xml'), produce: (write) => write('<x/>') },
      ]),
    );
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toContain(join(root, 'blocker', 'j.xml'));
    expect(readFileSync(first, 'utf8')).toBe('last run');
    expect(readdirSync(join(root, 'out'))).toEqual(['r.sarif']);
  });

  it('removes the temporary files and the directories it created when a later writer fails', () => {
    const root = dir();
    const error = caught(() =>
      writeOutputsAtomic([
        { file: join(root, 'new', 'deeper', 'r.sarif'), produce: (write) => write('{}') },
        {
          file: join(root, 'j.xml'),
          produce: () => {
            throw new RangeError('writer bug');
          },
        },
      ]),
    );
    expect(error).toBeInstanceOf(RangeError);
    expect(readdirSync(root)).toEqual([]);
  });

  it('renames all outputs into place once all are complete', () => {
    const root = dir();
    writeOutputsAtomic(
      [
        { file: 'a.txt', produce: (write) => write('A') },
        { file: 'sub/b.txt', produce: (write) => write('B') },
      ],
      { cwd: root },
    );
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('A');
    expect(readFileSync(join(root, 'sub', 'b.txt'), 'utf8')).toBe('B');
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'sub']);
  });
});

describe('checkOutputTargets', () => {
  const setup = () => {
    const root = dir();
    writeFileSync(join(root, 'report.json'), '{}');
    writeFileSync(join(root, 'policy.yml'), 'version: 1\n');
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'linked'));
    return root;
  };
  const inputs = [
    { role: 'report', file: 'report.json' },
    { role: 'policy', file: 'policy.yml' },
  ];
  const refused = (root: string, outputs: { role: string; file: string }[]): string => {
    const error = caught(() => checkOutputTargets(outputs, inputs, root));
    expect(error).toBeInstanceOf(OutputError);
    return (error as Error).message;
  };

  it('accepts distinct new files', () => {
    const root = setup();
    expect(() =>
      checkOutputTargets(
        [
          { role: '--sarif', file: 'out/r.sarif' },
          { role: '--junit', file: 'out/j.xml' },
        ],
        inputs,
        root,
      ),
    ).not.toThrow();
  });

  it('refuses two outputs on one path, however it is spelled or linked', () => {
    const root = setup();
    expect(refused(root, [{ role: '--sarif', file: 'out/r' }, { role: '--junit', file: './out/../out/r' }])).toBe(
      './out/../out/r: --sarif and --junit both write this file; give each output its own path',
    );
    expect(refused(root, [{ role: '--sarif', file: 'real/r' }, { role: '--html', file: 'linked/r' }])).toContain('--sarif and --html');
    expect(refused(root, [{ role: '--json', file: join(root, 'real', 'r') }, { role: '--summary', file: 'linked/r' }])).toContain(
      '--json and --summary',
    );
  });

  it('refuses an output that is an input: same path, a symlink to it, or a hard link', () => {
    const root = setup();
    expect(refused(root, [{ role: '--sarif', file: 'report.json' }])).toBe(
      'report.json: --sarif would overwrite the report report.json; write outputs to other files',
    );
    symlinkSync(join(root, 'policy.yml'), join(root, 'policy-link.yml'));
    expect(refused(root, [{ role: '--junit', file: 'policy-link.yml' }])).toContain('would overwrite the policy policy.yml');
    linkSync(join(root, 'report.json'), join(root, 'hard.json'));
    expect(refused(root, [{ role: '--json', file: 'hard.json' }])).toContain('would overwrite the report');
  });

  it('refuses a directory or a special file as an output', () => {
    const root = setup();
    expect(refused(root, [{ role: '--sarif', file: 'real' }])).toContain('is a directory');
    expect(refused(root, [{ role: '--summary', file: '/dev/null' }])).toContain('special file');
    expect(spawnSync('mkfifo', [join(root, 'fifo')]).status).toBe(0);
    expect(refused(root, [{ role: '--junit', file: 'fifo' }])).toContain('special file');
  });
});
