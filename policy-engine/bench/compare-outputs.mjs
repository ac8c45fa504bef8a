/**
 * Do two builds of srp write the same bytes? `node bench/compare-outputs.mjs BASE_BUNDLE [NEW_BUNDLE]` runs
 * `srp gate` with every output (SARIF, JUnit, Markdown, JSON, HTML) plus its stdout, stderr and exit code, with both
 * bundles, on every fixture of ../shared/fixtures (one by one and six together) and on the bench's generated
 * reports (light and realistic 10k; `--large` adds a 100k light report, read by the two-pass reader), then compares
 * the files byte for byte. The evaluation time is the only thing allowed to differ (ISO timestamps are blanked).
 * Exit 0 when every output is identical, 1 with the differing files listed. NEW_BUNDLE defaults to dist/srp.cjs.
 *
 * A performance change keeps outputs identical; this is how it shows it (BASE_BUNDLE: e.g. the previous commit's
 * dist/srp.cjs, built in a worktree).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTrivyReport } from './generate-trivy-report.mjs';
import { writeRealisticTrivyReport } from './generate-realistic-trivy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '..', '..', '..', 'shared', 'fixtures');
const args = process.argv.slice(2);
const large = args.includes('--large');
const [base, next = join(here, '..', 'dist', 'srp.cjs')] = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
if (base === undefined) {
  console.error('usage: node bench/compare-outputs.mjs BASE_BUNDLE [NEW_BUNDLE] [--large]');
  process.exit(2);
}
for (const bundle of [base, next]) {
  if (!existsSync(bundle)) {
    console.error(`compare-outputs: ${bundle} does not exist (npm run build -w policy-engine builds dist/srp.cjs)`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'srp-compare-'));
const reports = join(work, 'reports');
mkdirSync(reports);
const light = join(reports, 'light-10k.json');
writeFileSync(light, JSON.stringify(generateTrivyReport(10000), null, 2));
const realistic = join(reports, 'realistic-10k.json');
writeRealisticTrivyReport(realistic, 10000);
const inputs = [
  { name: 'light-10k', files: [light] },
  { name: 'realistic-10k', files: [realistic] },
];
if (large) {
  const big = join(reports, 'light-100k.json');
  writeFileSync(big, JSON.stringify(generateTrivyReport(100000), null, 2));
  inputs.push({ name: 'light-100k', files: [big] });
}
const fixtureFiles = ['trivy', 'gitleaks'].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith('.json') || f.endsWith('.sarif'))
    .map((f) => join(fixtures, dir, f)),
);
for (const file of fixtureFiles) inputs.push({ name: `${basename(dirname(file))}-${basename(file)}`, files: [file] });
inputs.push({
  name: 'six-reports',
  files: ['trivy/alpine-3.9-image-vulns.json', 'trivy/npm-lockfile-vulns.json', 'trivy/repo-secrets.json', 'gitleaks/json-report-v8.30.json', 'trivy/dockerfile-misconfig.json', 'trivy/dd-k8s-cluster-legacy-format.json'].map((f) => join(fixtures, f)),
});

const OUTPUTS = ['sarif', 'junit', 'summary', 'json', 'html'];
const TIMESTAMP = /20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

/** Every output of one gate run, keyed by file name, timestamps blanked. */
function gate(bundle, tag, input) {
  const dir = join(work, tag, input.name);
  mkdirSync(dir, { recursive: true });
  const flags = OUTPUTS.flatMap((o) => [`--${o}`, join(dir, o)]);
  const run = spawnSync(process.execPath, [bundle, 'gate', '--quiet', ...flags, ...input.files], { maxBuffer: 64 * 1024 * 1024 });
  const files = { status: Buffer.from(String(run.status)), stdout: run.stdout, stderr: run.stderr };
  for (const o of OUTPUTS) if (existsSync(join(dir, o))) files[o] = readFileSync(join(dir, o));
  rmSync(dir, { recursive: true, force: true });
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.toString('latin1').replace(TIMESTAMP, 'TIMESTAMP')]));
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

const differences = [];
for (const input of inputs) {
  const a = gate(base, 'base', input);
  const b = gate(next, 'new', input);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] === b[key]) continue;
    differences.push(`${input.name}: ${key} differs${a[key] === undefined || b[key] === undefined ? ' (written by one build only)' : ` from byte ${firstDifference(a[key], b[key])}`}`);
  }
}
rmSync(work, { recursive: true, force: true });
if (differences.length > 0) {
  console.log(`compare-outputs: ${differences.length} output(s) differ:\n${differences.join('\n')}`);
  process.exit(1);
}
console.log(`compare-outputs: ${inputs.length} inputs × ${OUTPUTS.length + 3} outputs (with stdout, stderr, exit code): identical`);
