/**
 * Reading untrusted inputs at the edge, with every check done before anything is written
 * (outputs: commands/output-file.ts).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from './errors.js';

const MIB = 1024 * 1024;
/** How much of the head of a file is searched for NUL bytes to recognise binary input. */
export const BINARY_SNIFF_BYTES = 64 * 1024;

function describeOpenError(file: string, error: NodeJS.ErrnoException): InputError {
  switch (error.code) {
    case 'ENOENT':
      return new InputError(file, 'no such file; check the path (is the scanner step writing its report there?)');
    case 'EACCES':
    case 'EPERM':
      return new InputError(file, 'permission denied; make the file readable by this user');
    case 'EISDIR':
      return new InputError(file, 'is a directory, not a report file; pass the report file itself');
    case 'ELOOP':
      return new InputError(file, 'is a symbolic link loop');
    default:
      return new InputError(file, `cannot be read (${error.code ?? 'unknown error'})`);
  }
}

/** What a special file is, for the message that refuses it. */
function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function refuseSpecial(file: string, stat: Stats, what: string): InputError {
  return new InputError(file, `is ${specialKind(stat)}, not a ${what} file; save the ${what} to a regular file and pass that`);
}

/**
 * Opening a FIFO for reading blocks until a writer appears (forever, in CI), and a device never
 * ends (/dev/zero): the type is checked with stat(2) before open(2). The path is followed like
 * open follows it, so `/dev/stdin` is judged by what it is: a file redirected with `<` reads like
 * that file, a pipe or terminal is refused. O_NONBLOCK on the open closes the race of a FIFO
 * swapped in after the stat (it does nothing to regular files); fstat then checks the opened file.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** An open regular input file; the caller closes `fd`. */
export interface OpenInput {
  fd: number;
  size: number;
}

/**
 * Opens an input after refusing directories, special files and empty files with one line naming
 * the file. `maxBytes`: larger files are refused (undefined: any size).
 */
export function openInput(file: string, what: string, maxBytes?: number): OpenInput {
  let before: Stats;
  try {
    before = statSync(file);
  } catch (error) {
    throw describeOpenError(file, error as NodeJS.ErrnoException);
  }
  if (before.isDirectory()) throw new InputError(file, `is a directory, not a ${what} file; pass the file itself`);
  if (!before.isFile()) throw refuseSpecial(file, before, what);
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (error) {
    throw describeOpenError(file, error as NodeJS.ErrnoException);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(file, `is a directory, not a ${what} file; pass the file itself`);
    if (!stat.isFile()) throw refuseSpecial(file, stat, what);
    if (stat.size === 0) {
      throw new InputError(file, `is empty (0 bytes); the step that writes this ${what} probably failed`);
    }
    if (maxBytes !== undefined && stat.size > maxBytes) {
      throw new InputError(
        file,
        `is ${Math.ceil(stat.size / MIB)} MiB, above the ${Math.floor(maxBytes / MIB)} MiB limit for a ${what}; split the scan (one report per image or directory)`,
      );
    }
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Refuses a file whose head (its first BINARY_SNIFF_BYTES) holds a NUL byte: no text input has one. */
export function refuseBinary(head: Buffer, file: string, what: string): void {
  if (head.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new InputError(file, `is binary, not a text ${what}; pass the JSON/SARIF/YAML file`);
  }
}

/** Reads `length` bytes at `position` (fewer only at the end of the file). */
export function readBytes(fd: number, buffer: Buffer, length: number, position: number): number {
  let offset = 0;
  while (offset < length) {
    const read = readSync(fd, buffer, offset, length - offset, position + offset);
    if (read === 0) break;
    offset += read;
  }
  return offset;
}

/** Offset of the first byte of `buffer` that is not part of valid UTF-8 (buffer.length if none). */
export function firstNonUtf8(buffer: Buffer): number {
  let i = 0;
  while (i < buffer.length) {
    const c = buffer[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > buffer.length || !isUtf8(buffer.subarray(i, i + need))) return i;
    i += need;
  }
  return i;
}

/**
 * Reads a text input (report, policy, ignore file, baseline). Refuses directories, special files,
 * empty, binary, non-UTF-8 and oversized files with one line naming the file.
 */
export function readTextInput(file: string, what: string, maxBytes: number): string {
  const { fd, size } = openInput(file, what, maxBytes);
  try {
    return readOpenText(fd, size, file, what);
  } finally {
    closeSync(fd);
  }
}

/** readTextInput on a file openInput opened. */
export function readOpenText(fd: number, size: number, file: string, what: string): string {
  try {
    const buffer = Buffer.allocUnsafe(size);
    if (readBytes(fd, buffer, size, 0) !== size) throw new InputError(file, 'changed size while being read; rerun once the writer is done');
    refuseBinary(buffer, file, what);
    if (!isUtf8(buffer)) {
      throw new InputError(file, `is not UTF-8 (byte ${firstNonUtf8(buffer)} is not part of a UTF-8 character); save the ${what} as UTF-8`);
    }
    let text = buffer.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') throw new InputError(file, `contains only whitespace; the step that writes this ${what} probably failed`);
    return text;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof RangeError) {
      throw new InputError(file, `is too large to read as text; split the scan into smaller ${what}s`);
    }
    throw describeOpenError(file, error as NodeJS.ErrnoException);
  }
}
