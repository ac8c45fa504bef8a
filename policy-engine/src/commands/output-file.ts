/**
 * Outputs are written all-or-nothing: every output goes to a temporary file of its own first, and
 * only when all of them are complete are they renamed into place. A crash, a refused input or one
 * unwritable output never leaves a half-written file, nor some outputs of this run beside stale ones
 * of the last. Big outputs are produced piece by piece: a SARIF log of 100k results never exists as
 * one string (nor as its UTF-8 copy).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

/** Bytes gathered before one write(2): big enough that syscalls are noise, small enough to never matter. */
const WRITE_BUFFER_BYTES = 1024 * 1024;
/** Random bytes in a temporary name: 2^64 names, so a planted file is found only by luck. */
const TEMP_NAME_RANDOM_BYTES = 8;
/** An exclusive create that meets an existing name retries with a new random name this often. */
const TEMP_NAME_ATTEMPTS = 8;
/**
 * Exclusive create: O_EXCL fails on any existing name, a symlink planted there included (a link
 * cannot redirect the write); O_NOFOLLOW says the same where the platform has it.
 */
const TEMP_OPEN_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

export interface PlannedOutput {
  /** The path as the user gave it (messages name it so); resolved against `cwd`. */
  file: string;
  produce: (write: (piece: string) => void) => void;
}

export interface WriteOptions {
  /** Directory relative paths are resolved against (the CLI passes its cwd). */
  cwd?: string;
  /** The random part of a temporary name; tests inject it to plant files at the name. */
  randomSuffix?: () => string;
}

export interface NamedPath {
  /** What the path is for, in messages: '--sarif', 'report', 'policy', 'baseline', 'ignore file'. */
  role: string;
  file: string;
}

/** One output, written through a temporary file renamed into place. */
export function writePiecesAtomic(file: string, produce: PlannedOutput['produce'], options: WriteOptions = {}): void {
  writeOutputsAtomic([{ file, produce }], options);
}

/**
 * Where a path really leads: the real path of its longest existing ancestor plus the rest, and the
 * device and inode when the file exists (a hard link or a symlink to an input shares them).
 */
function identify(file: string, cwd: string): { path: string; inode?: string } {
  const absolute = resolve(cwd, file);
  let inode: string | undefined;
  try {
    const stat = statSync(absolute);
    inode = `${stat.dev}:${stat.ino}`;
  } catch {
    // Not there (yet): only the path can collide.
  }
  let head = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      head = realpathSync(head);
      break;
    } catch {
      const parent = dirname(head);
      if (parent === head) break;
      rest.unshift(basename(head));
      head = parent;
    }
  }
  return inode === undefined ? { path: join(head, ...rest) } : { path: join(head, ...rest), inode };
}

/**
 * Refuses, before anything is read or written, two outputs on one file and an output that would
 * replace one of the inputs (report, policy, baseline, ignore file), through symlinks and hard
 * links included; and an output path that is a directory or a special file (rename would replace
 * /dev/stdout's link, not write to it).
 */
export function checkOutputTargets(outputs: readonly NamedPath[], inputs: readonly NamedPath[], cwd: string): void {
  const inputIds = inputs.map((input) => ({ ...input, ...identify(input.file, cwd) }));
  const seen: (NamedPath & { path: string; inode?: string })[] = [];
  for (const output of outputs) {
    const id = identify(output.file, cwd);
    const same = (other: { path: string; inode?: string }): boolean =>
      other.path === id.path || (id.inode !== undefined && other.inode === id.inode);
    const input = inputIds.find(same);
    if (input) {
      throw new OutputError(output.file, `${output.role} would overwrite the ${input.role} ${input.file}; write outputs to other files`);
    }
    const earlier = seen.find(same);
    if (earlier) {
      throw new OutputError(output.file, `${earlier.role} and ${output.role} both write this file; give each output its own path`);
    }
    if (id.inode !== undefined) {
      const stat = statSync(resolve(cwd, output.file));
      if (stat.isDirectory()) throw new OutputError(output.file, `${output.role} is a directory; pass a file path`);
      if (!stat.isFile()) {
        throw new OutputError(output.file, `${output.role} is a special file (device, pipe or socket); outputs are regular files`);
      }
    }
    seen.push({ ...output, ...id });
  }
}

function describeWriteError(file: string, error: NodeJS.ErrnoException): OutputError {
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(file, `cannot write (${error.code}): the disk is full; free space and rerun`);
    case 'EROFS':
      return new OutputError(file, 'cannot write (EROFS): the file system is read-only; write outputs elsewhere');
    default:
      return new OutputError(file, `cannot write (${error.code ?? 'unknown error'}); check that its directory exists and is writable`);
  }
}

/**
 * mkdir -p without `{ recursive: true }`: Node 20's recursive mkdirSync never returns for a path
 * under /proc (the kernel answers ENOENT for the existing parent and Node retries forever).
 * Records what it created, so a failed run can remove it again.
 */
function ensureDirectory(directory: string, created: string[]): void {
  if (existsSync(directory)) return;
  const parent = dirname(directory);
  if (parent !== directory) ensureDirectory(parent, created);
  mkdirSync(directory);
  created.push(directory);
}

interface OpenTemp {
  file: string;
  target: string;
  temporary: string;
  fd?: number;
}

function openTemporary(target: string, randomSuffix: () => string): { temporary: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    // Hidden and in the target's directory: rename(2) is atomic only within one file system, and
    // an `archiveArtifacts '*.sarif'` glob never picks up a half-written file.
    const temporary = join(dirname(target), `.${basename(target)}.${randomSuffix()}.tmp`);
    try {
      return { temporary, fd: openSync(temporary, TEMP_OPEN_FLAGS, 0o666) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= TEMP_NAME_ATTEMPTS) throw error;
    }
  }
}

/**
 * Opens a temporary file for every output (so an unwritable place fails before anything is
 * rendered), produces each, and renames them all into place only when every one is complete. On
 * any failure every temporary file and every directory this call created is removed, and no
 * existing file at an output path has been touched. File-system failures become an OutputError
 * naming the output; anything else (a writer bug) is rethrown as it is.
 */
export function writeOutputsAtomic(outputs: readonly PlannedOutput[], options: WriteOptions = {}): void {
  const cwd = options.cwd ?? '.';
  const randomSuffix = options.randomSuffix ?? (() => randomBytes(TEMP_NAME_RANDOM_BYTES).toString('hex'));
  const createdDirectories: string[] = [];
  const temps: OpenTemp[] = [];
  let current = outputs[0]?.file ?? '';
  try {
    for (const output of outputs) {
      current = output.file;
      const target = resolve(cwd, output.file);
      ensureDirectory(dirname(target), createdDirectories);
      const { temporary, fd } = openTemporary(target, randomSuffix);
      temps.push({ file: output.file, target, temporary, fd });
    }
    outputs.forEach((output, index) => {
      const temp = temps[index] as OpenTemp;
      current = output.file;
      const sink = new BufferedFile(temp.fd as number);
      output.produce((piece) => sink.write(piece));
      sink.flush();
      closeSync(temp.fd as number);
      temp.fd = undefined;
    });
  } catch (error) {
    discard(temps, createdDirectories);
    throw asOutputError(current, error);
  }
  // Every output is complete: renames are atomic and do not fail short of the disk changing
  // under us (a directory created at an output path meanwhile).
  let renamed = 0;
  try {
    for (const temp of temps) {
      current = temp.file;
      renameSync(temp.temporary, temp.target);
      renamed++;
    }
  } catch (error) {
    discard(temps.slice(renamed), []);
    const cause = asOutputError(current, error);
    if (renamed === 0 || !(cause instanceof OutputError)) throw cause;
    throw new OutputError(current, `${cause.problem}; ${renamed} other output(s) were already replaced`);
  }
}

function asOutputError(file: string, error: unknown): unknown {
  // Only file-system failures are the user's to fix; anything else is a bug and stays one.
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? describeWriteError(file, error as NodeJS.ErrnoException) : error;
}

function discard(temps: OpenTemp[], createdDirectories: string[]): void {
  for (const temp of temps) {
    try {
      if (temp.fd !== undefined) closeSync(temp.fd);
      rmSync(temp.temporary, { force: true });
    } catch {
      // Best effort: the original failure is what the user needs to see.
    }
  }
  for (const directory of [...createdDirectories].reverse()) {
    try {
      rmdirSync(directory);
    } catch {
      // Not empty (someone else wrote there meanwhile) or gone: leave it.
    }
  }
}

/**
 * Encodes pieces straight into one reused buffer: concatenating them into a big string first
 * would make V8 flatten a rope of thousands of pieces on every flush.
 */
export class BufferedFile {
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  write(piece: string): void {
    // A UTF-16 code unit is at most 3 UTF-8 bytes: this bound never splits a character.
    if (piece.length * 3 > this.buffer.length - this.used) {
      this.flush();
      if (piece.length * 3 > this.buffer.length) {
        this.writeAll(Buffer.from(piece, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used, 'utf8');
  }

  flush(): void {
    if (this.used === 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** write(2) may write less than asked (full disk, signals): loop like writeFileSync does. */
  private writeAll(bytes: Uint8Array): void {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset);
  }
}
