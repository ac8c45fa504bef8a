/**
 * The Jenkins library's launcher (resources/io/securerelease/srp/launch.cjs) with the committed bundle:
 * a reused workspace never shows the previous build's verdict when this run writes none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../src/paths.test-support.js';

const LAUNCHER = join(REPO_DIR, 'resources', 'io', 'securerelease', 'srp', 'launch.cjs');

describe('launch.cjs', () => {
  it('removes the previous outputs before a gate, so an input error leaves no stale verdict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-launcher-'));
    const outputs = ['verdict.json', 'results.sarif', 'junit.xml', 'summary.md', 'report.html'].map((f) => join(dir, f));
    for (const file of outputs) writeFileSync(file, '{"passed":true}');
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"SchemaVersion": 2, "Results": [');
    const args = ['gate', '--json', outputs[0]!, '--sarif', outputs[1]!, '--junit', outputs[2]!, '--summary', outputs[3]!, '--html', outputs[4]!, '--', bad];
    writeFileSync(join(dir, 'args.json'), JSON.stringify(args));
    const run = spawnSync(process.execPath, [LAUNCHER, join(dir, 'args.json'), join(dir, 'error.txt')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    for (const file of outputs) expect(existsSync(file), file).toBe(false);
  });
});
