// Converts every scanner fixture and real scan with `srp convert` (and gates them all with a
// policy and a baseline), then runs the SARIF Multitool with --rule-kind "Sarif;Gh" over the
// outputs. The Multitool exits 0 even when it finds errors, so its own SARIF log is read back.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const srp = join(repo, 'policy-engine', 'dist', 'srp.cjs');
const multitool = join(repo, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const fixtures = resolve(repo, '..', 'shared', 'fixtures');
const realScans = join(repo, '.srp-out', 'real-scans');
for (const needed of [srp, multitool, fixtures, realScans]) {
  if (!existsSync(needed)) {
    console.error(`multitool check: missing ${needed} (run scripts/setup and scripts/scan-sample .srp-out/real-scans)`);
    process.exit(1);
  }
}

/** Inputs srp refuses by design (SBOMs, CSV, JUnit): they have their own tests in the engine. */
const NOT_SCAN_REPORTS = /\.(cdx\.json|spdx\.json|csv|xml)$/;
const inputs = [
  ...['trivy', 'gitleaks'].flatMap((dir) => readdirSync(join(fixtures, dir)).map((f) => join(fixtures, dir, f))),
  ...readdirSync(realScans).filter((f) => /\.(json|sarif)$/.test(f) && f !== 'manifest.json').map((f) => join(realScans, f)),
].filter((f) => !NOT_SCAN_REPORTS.test(f));

const out = mkdtempSync(join(tmpdir(), 'srp-multitool-'));
const written = [];
for (const input of inputs) {
  const target = join(out, `${basename(input).replace(/\.[^.]+$/, '')}-${written.length}.sarif`);
  const run = spawnSync(process.execPath, [srp, 'convert', '--sarif', target, input], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`srp convert failed on ${input}: ${run.stderr.trim()}`);
    process.exit(1);
  }
  written.push(target);
}
// One gated log with everything, suppressions and a baseline, as the Jenkins library writes it.
const policy = join(out, 'policy.yml');
writeFileSync(policy, 'version: 1\nsuppressions:\n  - id: CVE-2019-14697\n    reason: multitool check exercises SARIF suppressions\n');
const gated = join(out, 'gated.sarif');
const gate = spawnSync(process.execPath, [srp, 'gate', '--quiet', '--policy', policy, '--baseline', written[0], '--sarif', gated, ...inputs], { encoding: 'utf8' });
if (gate.status !== 0 && gate.status !== 1) {
  console.error(`srp gate failed: ${gate.stderr.trim()}`);
  process.exit(1);
}
written.push(gated);

const report = join(out, 'multitool.sarif');
const validate = spawnSync(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '-o', report, ...written], { encoding: 'utf8' });
if (validate.status !== 0 || !existsSync(report)) {
  console.error(`SARIF Multitool did not run: ${validate.stdout}${validate.stderr}`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((r) => r.results ?? []);
const errors = results.filter((r) => (r.level ?? 'warning') === 'error');
const warnings = results.filter((r) => (r.level ?? 'warning') === 'warning');
for (const line of validate.stdout.split('\n').filter((l) => /: error /.test(l))) console.error(line);
const warningCounts = new Map();
for (const w of warnings) warningCounts.set(w.ruleId, (warningCounts.get(w.ruleId) ?? 0) + 1);
const warningRules = [...warningCounts].map(([id, count]) => `${id} ×${count}`);
if (warningRules.length > 0) console.log(`multitool warnings (allowed): ${warningRules.join(', ')}`);
console.log(`multitool: ${written.length} SARIF logs validated (from ${inputs.length} inputs): ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length === 0 ? 0 : 1);
