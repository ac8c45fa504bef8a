/**
 * Outputs are written through a temporary file renamed into place, so a crash or a refused input
 * never leaves a half-written file. Big ones are produced piece by piece: a SARIF log of 100k
 * results never exists as one string (nor as its UTF-8 copy).
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

/** Bytes gathered before one write(2): big enough that syscalls are noise, small enough to never matter. */
const WRITE_BUFFER_BYTES = 1024 * 1024;

/** A small output (the Markdown summary) in one piece. */
export function writeTextAtomic(file: string, text: string): void {
  writePiecesAtomic(file, (write) => write(text));
}

/**
 * mkdir -p without `{ recursive: true }`: Node 20's recursive mkdirSync never returns for a path
 * under /proc (the kernel answers ENOENT for the existing parent and Node retries forever).
 */
function ensureDirectory(directory: string): void {
  if (existsSync(directory)) return;
  const parent = dirname(directory);
  if (parent !== directory) ensureDirectory(parent);
  mkdirSync(directory);
}

export function writePiecesAtomic(file: string, produce: (write: (piece: string) => void) => void): void {
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    ensureDirectory(dirname(file));
    fd = openSync(temporary, 'w');
    const sink = new BufferedFile(fd);
    produce((piece) => sink.write(piece));
    sink.flush();
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was created (e.g. the parent is a file): there is nothing to clean up.
    }
    // Only file-system failures are the user's to fix; anything else is a bug and stays one.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new UsageError(`cannot write ${file} (${code}); check that its directory is writable`);
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
