import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { readTextInput } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'srp-io-'));
const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

function refusal(file: string, what = 'report'): string {
  let error: unknown;
  try {
    readTextInput(file, what, 1024 * 1024);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

function fifo(name: string): string {
  const path = join(dir, name);
  // mkfifo(1) is coreutils: present wherever the tests run; a missing one fails loudly here.
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

describe('readTextInput refuses special files before opening them', () => {
  // Opening a FIFO with no writer blocks forever: had readTextInput opened it, this test would hang.
  it('a named pipe (and a symlink to one) as a report or policy', () => {
    const pipe = fifo('report.fifo');
    expect(refusal(pipe)).toBe(`${pipe}: is a named pipe (FIFO), not a report file; save the report to a regular file and pass that`);
    const link = join(dir, 'policy.yml');
    symlinkSync(pipe, link);
    expect(refusal(link, 'policy')).toContain('is a named pipe (FIFO), not a policy file');
  });

  it('a socket', async () => {
    const path = join(dir, 'report.sock');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path, resolve));
    expect(refusal(path)).toContain('is a socket');
  });

  it('character devices that never end or never answer', () => {
    expect(refusal('/dev/zero')).toContain('is a character device');
    expect(refusal('/dev/null', 'baseline')).toContain('is a character device, not a baseline file');
  });

  it('still reads a regular file, and follows a symlink to one', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '{"a":1}');
    symlinkSync(file, join(dir, 'ok-link.json'));
    expect(readTextInput(join(dir, 'ok-link.json'), 'report', 1024)).toBe('{"a":1}');
  });
});
