/**
 * `npm run bench`: times `srp gate` (all outputs) against two baselines on the same generated
 * reports in the same run — (a) bare Node JSON.parse + scan + JSON.stringify, (b) the usual jq
 * one-liner gate — plus start-up cost against `node -e 0`. Wall time is the median of several
 * runs; memory is peak RSS from GNU time. `--write` records the table in docs/performance.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTrivyReport } from './generate-trivy-report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const engineDir = resolve(here, '..');
const repoDir = resolve(engineDir, '..');
const srp = join(engineDir, 'dist', 'srp.cjs');
const smallFixture = resolve(repoDir, '..', 'shared', 'fixtures', 'trivy', 'alpine-3.9-image-vulns.json');
const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10000,100000').split(',').map(Number);
const write = args.includes('--write');
// --compare=BUNDLE: also time another build of srp (e.g. the previous commit's dist/srp.cjs) on the
// same reports in the same run, so a change is judged against its own baseline, not yesterday's machine.
const compare = args.find((a) => a.startsWith('--compare='))?.slice(10);
if (compare !== undefined && !existsSync(compare)) {
  console.error(`bench: --compare bundle ${compare} does not exist`);
  process.exit(2);
}

for (const tool of ['/usr/bin/time', 'jq']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`bench: ${tool} is missing; run scripts/setup`);
    process.exit(2);
  }
}
if (!existsSync(srp)) {
  console.error('bench: policy-engine/dist/srp.cjs is missing; run npm run build first');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'srp-bench-'));
const loadBefore = loadavg()[0].toFixed(1);

/** Runs a command once under GNU time; returns wall seconds, CPU seconds (user + sys) and peak RSS in MiB. */
function measure(command, commandArgs) {
  const timeFile = join(work, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, command, ...commandArgs], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${command} ${commandArgs.join(' ')} exited ${run.status}: ${run.stderr.toString().slice(0, 500)}`);
  }
  const [seconds, user, sys, kib] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + sys, mib: kib / 1024, status: run.status };
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(label, command, commandArgs, repeats) {
  measure(command, commandArgs); // warm the page cache
  const runs = Array.from({ length: repeats }, () => measure(command, commandArgs));
  return {
    label,
    seconds: median(runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    mib: Math.max(...runs.map((r) => r.mib)),
    status: runs[0].status,
  };
}

const rows = [];
const checks = [];
for (const size of sizes) {
  const report = join(work, `trivy-${size}.json`);
  writeFileSync(report, JSON.stringify(generateTrivyReport(size), null, 2));
  const sizeMiB = statSync(report).size / 1024 / 1024;
  const repeats = size >= 100000 ? 3 : 5;
  const out = (name) => join(work, `${size}-${name}`);
  const bare = bench('bare node (a)', process.execPath, [join(here, 'bare-baseline.mjs'), report, out('bare.json')], repeats);
  const jq = bench('jq one-liner (b)', 'jq', ['-e', '[.Results[]?.Vulnerabilities[]? | select(.Severity == "CRITICAL" or .Severity == "HIGH")] | length == 0', report], repeats);
  const gate = bench('srp gate, all outputs', process.execPath, [srp, 'gate', '--quiet', '--sarif', out('r.sarif'), '--junit', out('junit.xml'), '--summary', out('summary.md'), '--json', out('verdict.json'), report], repeats);
  if (gate.status !== bare.status) throw new Error(`srp gate and the bare baseline disagree on ${report}`);
  const reference = compare === undefined ? [] : [bench('srp gate, --compare bundle', process.execPath, [compare, 'gate', '--quiet', '--sarif', out('c.sarif'), '--junit', out('c.xml'), '--summary', out('c.md'), '--json', out('c.json'), report], repeats)];
  for (const r of reference) checks.push({ what: `${size} vulns: srp CPU time vs the --compare bundle`, ratio: gate.cpu / r.cpu, limit: 1.05 });
  for (const r of [bare, jq, gate, ...reference]) rows.push({ report: `${size.toLocaleString('en')} vulns (${sizeMiB.toFixed(0)} MiB)`, ...r });
  checks.push(
    { what: `${size} vulns: srp time ≤ 1.3× bare node`, ratio: gate.seconds / bare.seconds, limit: 1.3 },
    // Wall time on a shared machine measures the neighbours too; CPU time is the steadier figure.
    { what: `${size} vulns: srp CPU time ≤ 1.3× bare node (same target, CPU)`, ratio: gate.cpu / bare.cpu, limit: 1.3 },
    { what: `${size} vulns: srp time < jq`, ratio: gate.seconds / jq.seconds, limit: 1 },
    { what: `${size} vulns: srp peak RSS ≤ 1.5× bare node`, ratio: gate.mib / bare.mib, limit: 1.5 },
  );
}

const nodeStart = bench('node -e 0', process.execPath, ['-e', '0'], 10);
const smallGate = bench('srp gate (small report)', process.execPath, [srp, 'gate', '--quiet', smallFixture], 10);
rows.push({ report: 'start-up', ...nodeStart }, { report: 'start-up', ...smallGate });
checks.push(
  { what: 'small report: srp time ≤ 2× node -e 0', ratio: smallGate.seconds / nodeStart.seconds, limit: 2 },
  { what: 'small report: srp CPU time ≤ 2× node -e 0 (same target, CPU)', ratio: smallGate.cpu / nodeStart.cpu, limit: 2 },
);
rmSync(work, { recursive: true, force: true });

const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim();
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${execFileSync('nproc').toString().trim()} cores, Node ${process.versions.node}, jq ${execFileSync('jq', ['--version']).toString().trim()}.`,
  `Median wall and CPU (user + sys) time of repeated runs (3 for 100k, 5 for 10k, 10 for start-up) after one warm-up run; peak RSS is the maximum. 1-minute load average ${loadBefore} before, ${loadavg()[0].toFixed(1)} after.`,
  '',
  '| report | command | wall (s) | CPU (s) | peak RSS (MiB) |',
  '|---|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.report} | ${r.label} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.mib.toFixed(0)} |`),
  '',
  '| target | measured | limit | met |',
  '|---|---:|---:|---|',
  ...checks.map((c) => `| ${c.what} | ${c.ratio.toFixed(2)}× | ${c.limit}× | ${c.ratio <= c.limit ? 'yes' : '**no**'} |`),
].join('\n');
console.log(table);

if (write) {
  const doc = join(repoDir, 'docs', 'performance.md');
  const start = '<!-- engine-bench:start -->';
  const end = '<!-- engine-bench:end -->';
  const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
  const block = `${start}\n${table}\n${end}`;
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${current.trimEnd()}\n\n## Engine (\`srp gate\`)\n\nRerun with \`npm run bench -w policy-engine -- --write\`.\n\n${block}\n`;
  writeFileSync(doc, next);
  console.log(`\nrecorded in ${doc}`);
}
