/** Test helper: a scratch directory whose write() gives each content its own new file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempFiles(prefix: string): { dir: string; write: (content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let count = 0;
  return {
    dir,
    write(content) {
      const file = join(dir, `f${count++}.json`);
      writeFileSync(file, content);
      return file;
    },
  };
}
