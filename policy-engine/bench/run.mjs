/**
 * `npm run bench`: times `srp gate` (all outputs) against the tools a pipeline would use instead, on the same
 * generated reports in the same run — (a) bare Node JSON.parse + scan + JSON.stringify (the floor), (b) the usual jq
 * one-liner gate, (c) `trivy convert --format sarif` — plus start-up cost against `node -e 0`, and below 100k
 * findings (d) the least work that writes srp's outputs (bench/output-bound.mjs), against the floor's. Two report shapes:
 * "light" (bench/generate-trivy-report.mjs: one short synthetic entry repeated) and "realistic"
 * (bench/generate-realistic-trivy.mjs: real Trivy entries recombined, ~3.8 kB each), the latter up to a report above
 * V8's string limit. Wall time is the median of several runs, srp and its baselines alternating run by run so a
 * change in the machine's load weighs on all of them alike (bash's `time`, to the millisecond); memory is peak RSS
 * from GNU time.
 *
 * Flags:
 *   --shapes=light,realistic        which shapes to generate (default both)
 *   --sizes=N,...                   vulnerability counts for every selected shape (default: light 10000,100000;
 *                                   realistic 10000,100000,600000); --light-sizes= / --realistic-sizes= per shape
 *   --repeats=5 --big-repeats=1     timed runs per command below / from 100k findings (the median is reported)
 *   --skip=trivy,jq,bare            leave baselines out
 *   --trivy-limit=600               seconds; trivy convert is skipped where the largest run so far extrapolates above
 *   --compare=BUNDLE                also time another build of srp on the same reports
 *   --write                         record the tables in docs/performance.md
 * Quick run: npm run bench -w policy-engine -- --sizes=10000 --shapes=realistic
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { constants as bufferConstants } from 'node:buffer';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import { freemem, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTrivyReport } from './generate-trivy-report.mjs';
import { writeRealisticTrivyReport } from './generate-realistic-trivy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const engineDir = resolve(here, '..');
const repoDir = resolve(engineDir, '..');
const srp = join(engineDir, 'dist', 'srp.cjs');
const trivy = join(repoDir, '.tools', 'bin', 'trivy');
const smallFixture = resolve(repoDir, '..', 'shared', 'fixtures', 'trivy', 'alpine-3.9-image-vulns.json');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const list = (value) => value.split(',').filter(Boolean);
const counts = (value) => list(value).map(Number).sort((x, y) => x - y);

const shapes = list(flag('shapes') ?? 'light,realistic');
const sizesFor = {
  light: counts(flag('light-sizes') ?? flag('sizes') ?? '10000,100000'),
  realistic: counts(flag('realistic-sizes') ?? flag('sizes') ?? '10000,100000,600000'),
};
const repeats = Number(flag('repeats') ?? 5);
const bigRepeats = Number(flag('big-repeats') ?? 1);
const BIG = 100000; // from here on a report is timed --big-repeats times, without a warm-up run
const skip = new Set(list(flag('skip') ?? ''));
const trivyLimit = Number(flag('trivy-limit') ?? 600);
const write = args.includes('--write');
// --compare=BUNDLE: also time another build of srp (e.g. the previous commit's dist/srp.cjs) on the
// same reports in the same run, so a change is judged against its own baseline, not yesterday's machine.
const compare = flag('compare');
/** V8's longest string (in UTF-16 units; these reports are ASCII, so bytes): the floor cannot read past it. */
const V8_MAX_STRING = bufferConstants.MAX_STRING_LENGTH;
/** The light generator builds one JSON string, so it is bounded by V8 too (keep a margin for the object graph). */
const LIGHT_MAX_COUNT = 250000;
/** Approximate bytes per finding, to check disk and memory before generating (measured: 1.6 kB and 3.9 kB). */
const BYTES_PER_FINDING = { light: 1700, realistic: 4000 };

function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
for (const shape of shapes) if (!(shape in sizesFor)) usage(`unknown shape ${shape} (light, realistic)`);
for (const n of [...sizesFor.light, ...sizesFor.realistic, repeats, bigRepeats, trivyLimit]) {
  if (!Number.isInteger(n) || n < 1) usage(`sizes, repeats and limits are positive integers, not ${n}`);
}
if (compare !== undefined && !existsSync(compare)) usage(`--compare bundle ${compare} does not exist`);
for (const tool of ['/usr/bin/time', 'timeout', ...(skip.has('jq') ? [] : ['jq'])]) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) usage(`${tool} is missing; run scripts/setup`);
}
if (!skip.has('trivy') && !existsSync(trivy)) usage(`${trivy} is missing; run scripts/setup (or pass --skip=trivy)`);
if (!existsSync(srp)) usage('policy-engine/dist/srp.cjs is missing; run npm run build first');

const work = mkdtempSync(join(tmpdir(), 'srp-bench-'));
/**
 * Every timed command runs without NODE_EXTRA_CA_CERTS: with it, each Node process reads and parses that CA bundle
 * before anything else (~70 ms on this machine, where it names Debian's whole bundle), which would add the same
 * 70 ms to srp, the floor and `node -e 0` and hide start-up costs in the ratios. No timed run makes a TLS
 * connection.
 */
const caCertsWere = process.env.NODE_EXTRA_CA_CERTS;
const benchEnv = { ...process.env };
delete benchEnv.NODE_EXTRA_CA_CERTS;
const loadBefore = loadavg()[0].toFixed(1);
const progress = (line) => console.error(`bench: ${line}`);

/**
 * bash's `time` (to the millisecond) around GNU time (for peak RSS): GNU time alone prints seconds with two decimals,
 * too coarse for a 30 ms start-up. Both times include GNU time's own ~1 ms, as every command's do.
 */
const TIMED = 'timeFile=$1; shift; exec 3>&2; TIMEFORMAT="%3R %3U %3S"; { time "$@" 2>&3; } 2>"$timeFile"';

/** Runs a command once; returns wall seconds, CPU seconds (user + sys), peak RSS in MiB, exit status. */
function measure(command, commandArgs) {
  const timeFile = join(work, 'time.txt');
  const rssFile = join(work, 'rss.txt');
  rmSync(timeFile, { force: true });
  rmSync(rssFile, { force: true });
  const run = spawnSync('bash', ['-c', TIMED, 'bash', timeFile, '/usr/bin/time', '-f', '%M', '-o', rssFile, command, ...commandArgs], {
    env: benchEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const stderr = run.stderr.toString();
  if (!existsSync(rssFile) || !existsSync(timeFile)) throw new Error(`${command} did not run: ${stderr.slice(0, 500)}`);
  const [seconds, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { seconds, cpu: user + sys, mib: kib / 1024, status: run.status, stderr };
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

/** What an exit status means for each kind of command. */
function outcome(kind, status, stderr) {
  const firstLine = stderr.trim().split('\n').find((l) => l.includes('srp:') || l.includes('cannot run')) ?? '';
  if (kind === 'trivy') return status === 0 ? 'converted' : status === 124 || status === 137 ? `stopped after ${duration(trivyLimit)} (--trivy-limit)` : `failed (exit ${status})`;
  if (kind === 'bare' && status === 3) return 'cannot run (V8 string limit)';
  if (status === 0) return 'passed (exit 0)';
  if (status === 1) return 'blocked (exit 1)';
  if (kind === 'srp' && status === 2) return `refused (exit 2)${firstLine.includes('limit') ? ': above its size limit' : ''}`;
  return `failed (exit ${status})`;
}

/**
 * Times commands in rounds, each round running every command once in turn, so a change in the machine's load
 * during the run weighs on all of them alike instead of on whichever ran then (the ratios are the targets).
 * A command whose run fails is recorded once, as it is, and not run again; the bench goes on.
 */
function benchTogether(commands, times, warm) {
  if (warm) for (const c of commands) measure(c.command, c.args); // warm the page cache
  const runs = commands.map(() => []);
  for (let i = 0; i < times; i += 1) {
    commands.forEach((c, k) => {
      const last = runs[k][runs[k].length - 1];
      if (last === undefined || last.status === 0 || last.status === 1) runs[k].push(measure(c.command, c.args));
    });
  }
  return commands.map((c, k) => summarize(c.label, c.kind, runs[k]));
}

function bench(label, kind, command, commandArgs, times, warm) {
  return benchTogether([{ label, kind, command, args: commandArgs }], times, warm)[0];
}

function summarize(label, kind, runs) {
  const last = runs[runs.length - 1];
  const ok = last.status === 0 || last.status === 1;
  return {
    label,
    ran: ok,
    seconds: median(runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    mib: Math.max(...runs.map((r) => r.mib)),
    status: last.status,
    result: outcome(kind, last.status, last.stderr),
    runs: runs.length,
  };
}

const notRun = (label, result) => ({ label, ran: false, result });

const rows = [];
const checks = [];
/** Per report below 100k: the floor's and the output bound's work in one process (bench/output-bound.mjs). */
const bounds = [];
const generated = [];
let failures = 0;
/**
 * Per shape, the largest report trivy convert has run on so far: the next run is extrapolated from it to see if it
 * fits. Per shape because the shapes differ (120 s for 100k light findings, 22 s for 100k realistic ones, in one
 * run); time quadratically, because it grows so (light: 1.3 s at 10k, 120 s at 100k; realistic: 22 s at 100k, still
 * running after 10 min at 600k), memory linearly (1.6 GiB at 100k realistic, 10 GiB at 600k).
 */
const trivyBasis = {};

const sizeLabel = (bytes) => (bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const duration = (seconds) => (seconds >= 120 ? `${(seconds / 60).toFixed(0)} min` : `${seconds.toFixed(0)} s`);

for (const shape of shapes) {
  for (const size of sizesFor[shape]) {
    const name = `${size.toLocaleString('en')} vulns, ${shape}`;
    const estimate = size * BYTES_PER_FINDING[shape];
    const free = (() => {
      const s = statfsSync(work);
      return s.bavail * s.bsize;
    })();
    // The report, the floor's compact copy and trivy's SARIF at most, plus a margin for everyone else's work.
    if (free < estimate * 3 + 2 ** 30) {
      rows.push({ report: name, ...notRun('(all commands)', `skipped: ${sizeLabel(free)} free in ${work}, needs ~${sizeLabel(estimate * 3)}`) });
      continue;
    }
    if (shape === 'light' && size > LIGHT_MAX_COUNT) {
      rows.push({ report: name, ...notRun('(all commands)', `skipped: the light generator builds one string; above ${LIGHT_MAX_COUNT} use the realistic shape`) });
      continue;
    }
    const dir = join(work, `${shape}-${size}`);
    mkdirSync(dir);
    const report = join(dir, 'trivy.json');
    const started = process.hrtime.bigint();
    if (shape === 'light') writeFileSync(report, JSON.stringify(generateTrivyReport(size), null, 2));
    else writeRealisticTrivyReport(report, size);
    const genSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const bytes = statSync(report).size;
    generated.push(`${name}: ${(bytes / 1e6).toFixed(0)} MB (${sizeLabel(bytes)}) generated in ${genSeconds.toFixed(1)} s`);
    progress(`${name}: ${sizeLabel(bytes)} generated in ${genSeconds.toFixed(1)} s`);
    const label = `${name} (${sizeLabel(bytes)})`;
    const big = size >= BIG;
    const times = big ? bigRepeats : repeats;
    const warm = !big || bigRepeats > 1;
    const out = (file) => join(dir, file);
    const counted = (r, kind) => {
      const expected = kind === 'bare' || (kind === 'srp' && r.status === 2) || (kind === 'trivy' && [124, 137].includes(r.status));
      if (!r.ran && !expected) failures += 1;
      return r;
    };
    const timed = (what, kind, command, commandArgs) => {
      progress(`${label}: ${what}`);
      return counted(bench(what, kind, command, commandArgs, times, warm), kind);
    };
    const srpArgs = (bundle, tag) => [bundle, 'gate', '--quiet', '--sarif', out(`${tag}.sarif`), '--junit', out(`${tag}.xml`), '--summary', out(`${tag}.md`), '--json', out(`${tag}.json`), report];

    // srp, the floor, jq and the --compare bundle are timed in rounds (benchTogether); trivy on its own after them.
    const skipped = (label) => notRun(label, 'skipped (--skip)');
    const together = [{ key: 'gate', label: 'srp gate, all outputs', kind: 'srp', command: process.execPath, args: srpArgs(srp, 'srp') }];
    let bare = skipped('bare node (a)');
    if (!skip.has('bare')) {
      if (bytes > V8_MAX_STRING) bare = notRun('bare node (a)', `cannot run: ${sizeLabel(bytes)} is above V8's string limit (${sizeLabel(V8_MAX_STRING)})`);
      else together.push({ key: 'bare', label: 'bare node (a)', kind: 'bare', command: process.execPath, args: [join(here, 'bare-baseline.mjs'), report, out('bare.json')] });
    }
    let jq = skipped('jq one-liner (b)');
    if (!skip.has('jq')) {
      // jq holds the whole document as a tree: about 3.4× the file in the measurements.
      if (bytes * 3.5 > freemem()) jq = notRun('jq one-liner (b)', `skipped: needs ~${sizeLabel(bytes * 3.5)} of memory, ${sizeLabel(freemem())} available`);
      else together.push({ key: 'jq', label: 'jq one-liner (b)', kind: 'jq', command: 'jq', args: ['-e', '[.Results[]?.Vulnerabilities[]? | select(.Severity == "CRITICAL" or .Severity == "HIGH")] | length == 0', report] });
    }
    if (compare !== undefined) together.push({ key: 'reference', label: 'srp gate, --compare bundle', kind: 'srp', command: process.execPath, args: srpArgs(compare, 'compare') });
    progress(`${label}: ${together.map((c) => c.label).join(', ')}, in rounds`);
    const timedTogether = Object.fromEntries(benchTogether(together, times, warm).map((r, k) => [together[k].key, counted(r, together[k].kind)]));
    const gate = timedTogether.gate;
    bare = timedTogether.bare ?? bare;
    jq = timedTogether.jq ?? jq;
    const reference = timedTogether.reference;
    let trivyRow = skipped('trivy convert --format sarif (c)');
    if (!skip.has('trivy')) {
      const basis = trivyBasis[shape];
      const scale = basis === undefined ? 0 : bytes / basis.bytes;
      const predicted = scale * scale * (basis?.seconds ?? 0);
      const memory = scale * (basis?.mib ?? 0) * 2 ** 20;
      if (predicted > trivyLimit) {
        trivyRow = notRun('trivy convert --format sarif (c)', `skipped: ~${duration(predicted)} extrapolated (quadratic) from the largest ${shape} report so far, above the ${duration(trivyLimit)} limit (--trivy-limit)`);
      } else if (memory > freemem() - 2 ** 31) { // keep 2 GiB for everyone else on the machine
        trivyRow = notRun('trivy convert --format sarif (c)', `skipped: ~${sizeLabel(memory)} of memory extrapolated from the largest ${shape} report so far, ${sizeLabel(freemem())} available`);
      } else {
        trivyRow = timed('trivy convert --format sarif (c)', 'trivy', 'timeout', ['--kill-after=10', String(trivyLimit), trivy, 'convert', '--quiet', '--format', 'sarif', '--output', out('trivy.sarif'), report]);
        if (trivyRow.ran && bytes > (trivyBasis[shape]?.bytes ?? 0)) trivyBasis[shape] = { bytes, seconds: trivyRow.seconds, mib: trivyRow.mib };
      }
    }
    for (const r of [gate, bare, jq, trivyRow, reference]) if (r !== undefined) rows.push({ report: label, ...r });

    /** Target "srp ≤ limit × baseline" on one field; says why when either side did not run. */
    const ratio = (what, base, field, limit) => {
      if (!gate.ran) return checks.push({ what, text: `srp ${gate.result}`, limit });
      if (!base.ran) return checks.push({ what, text: `${base.label}: ${base.result}`, limit, na: true });
      return checks.push({ what, value: gate[field] / base[field], limit });
    };
    const tag = `${size / 1000}k ${shape}`;
    if (bare?.ran && gate.ran && gate.status !== bare.status) {
      checks.push({ what: `${tag}: srp and the floor agree on the verdict`, text: `srp exit ${gate.status}, floor exit ${bare.status}`, limit: 1 });
    }
    if (reference !== undefined) ratio(`${tag}: srp CPU time vs the --compare bundle`, reference, 'cpu', 1.05);
    if (!big && bare.ran && gate.ran) bounds.push({ label, gate, bare, ...outputBound(report, out('srp'), dir) });
    if (shape === 'light') {
      ratio(`${tag}: srp time ≤ 1.3× floor`, bare, 'seconds', 1.3);
      // Wall time on a shared machine measures the neighbours too; CPU time is the steadier figure.
      ratio(`${tag}: srp CPU time ≤ 1.3× floor (same target, CPU)`, bare, 'cpu', 1.3);
      ratio(`${tag}: srp time < jq`, jq, 'seconds', 1);
      ratio(`${tag}: srp peak RSS ≤ 1.5× floor`, bare, 'mib', 1.5);
    } else if (bytes <= V8_MAX_STRING) {
      ratio(`${tag}: srp time ≤ floor`, bare, 'seconds', 1);
      ratio(`${tag}: srp CPU time ≤ floor (same target, CPU)`, bare, 'cpu', 1);
      ratio(`${tag}: srp time < jq`, jq, 'seconds', 1);
    } else {
      const what = `${tag} (${sizeLabel(bytes)}): srp peak RSS ≤ 1024 MiB`;
      checks.push(gate.ran ? { what, value: gate.mib, limit: 1024, unit: 'MiB' } : { what, text: `srp ${gate.result}`, limit: 1024, unit: 'MiB' });
      ratio(`${tag} (${sizeLabel(bytes)}): srp time < jq`, jq, 'seconds', 1);
    }
    rmSync(dir, { recursive: true, force: true }); // a big report and its outputs are gigabytes
  }
}

progress('start-up');
/** Start-up is 30–100 ms: more runs than a report gets, for a steady median. */
const START_UP_RUNS = 21;
const [nodeStart, smallGate, jenkinsGate] = benchTogether(
  [
    { label: 'node -e 0', kind: 'node', command: process.execPath, args: ['-e', '0'] },
    { label: 'srp gate (small report)', kind: 'srp', command: process.execPath, args: [srp, 'gate', '--quiet', smallFixture] },
    { label: 'srp gate as securityGate runs it (small report)', kind: 'srp', command: process.execPath, args: jenkinsLaunch() },
  ],
  START_UP_RUNS,
  true,
);
rows.push({ report: 'start-up', ...nodeStart }, { report: 'start-up', ...smallGate }, { report: 'start-up', ...jenkinsGate });
checks.push(
  { what: 'small report: srp time ≤ 2× node -e 0', value: smallGate.seconds / nodeStart.seconds, limit: 2 },
  { what: 'small report: srp CPU time ≤ 2× node -e 0 (same target, CPU)', value: smallGate.cpu / nodeStart.cpu, limit: 2 },
  { what: 'small report as securityGate runs it: time ≤ 2× node -e 0', value: jenkinsGate.seconds / nodeStart.seconds, limit: 2 },
);
rmSync(work, { recursive: true, force: true });

/**
 * The least work writing srp's outputs takes (bench/output-bound.mjs), on the outputs srp's last timed run wrote:
 * medians of 7 in-process rounds, alternating with the floor's work. What srp does beyond it is its own.
 */
function outputBound(report, srpOutput, dir) {
  progress(`${dir}: output bound (d), in one process`);
  const run = spawnSync(process.execPath, [join(here, 'output-bound.mjs'), report, `${srpOutput}.sarif`, `${srpOutput}.xml`, `${srpOutput}.md`, `${srpOutput}.json`, dir, '7'], {
    encoding: 'utf8',
    env: benchEnv,
    maxBuffer: 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`output-bound.mjs failed: ${run.stderr.slice(0, 500)}`);
  const { floorMs, boundMs } = JSON.parse(run.stdout);
  return { floorMs: median(floorMs), boundMs: median(boundMs) };
}

/**
 * What the Jenkins library's securityGate runs on an agent (src/io/securerelease/srp/Engine.groovy): the launcher
 * beside the bundle and the default policy, with the arguments in a JSON file, every output but HTML.
 */
function jenkinsLaunch() {
  const home = join(work, 'srp-engine');
  mkdirSync(home, { recursive: true });
  const resources = join(repoDir, 'resources', 'io', 'securerelease', 'srp');
  writeFileSync(join(home, 'srp.cjs'), readFileSync(srp));
  for (const file of ['launch.cjs', 'default-policy.yml']) writeFileSync(join(home, file), readFileSync(join(resources, file)));
  mkdirSync(join(work, 'srp-report'), { recursive: true });
  const out = (name) => join(work, 'srp-report', name);
  const gateArgs = ['gate', '--policy', join(home, 'default-policy.yml'), '--sarif', out('results.sarif'), '--junit', out('junit.xml'),
    '--summary', out('summary.md'), '--json', out('verdict.json'), '--', smallFixture];
  writeFileSync(join(home, 'gate-args.json'), JSON.stringify(gateArgs));
  return [join(home, 'launch.cjs'), join(home, 'gate-args.json'), join(home, 'gate-error.txt')];
}

const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim();
const tools = [
  `Node ${process.versions.node}`,
  ...(skip.has('jq') ? [] : [`jq ${execFileSync('jq', ['--version']).toString().trim()}`]),
  ...(skip.has('trivy') ? [] : [`trivy ${execFileSync(trivy, ['--version']).toString().match(/Version: (\S+)/)?.[1]}`]),
];
const cell = (r, field, digits) => (r.ran || r.status === 2 ? r[field].toFixed(digits) : '—');
const measured = (c) => (c.text !== undefined ? c.text : c.unit === 'MiB' ? `${c.value.toFixed(0)} MiB` : `${c.value.toFixed(2)}×`);
const limitText = (c) => (c.unit === 'MiB' ? `${c.limit} MiB` : `${c.limit}×`);
const met = (c) => (c.na ? 'n/a' : c.text === undefined && c.value <= c.limit ? 'yes' : '**no**');
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${execFileSync('nproc').toString().trim()} cores, ${tools.join(', ')}.`,
  `Median wall and CPU (user + sys) time of ${repeats} runs after one warm-up run (${bigRepeats} run${bigRepeats > 1 ? 's after a warm-up' : ', no warm-up'} from ${BIG.toLocaleString('en')} vulnerabilities; ${START_UP_RUNS} for start-up, shown in milliseconds); srp, the floor, jq and the --compare bundle (and node -e 0 with the small gate) alternate run by run; peak RSS is the maximum. 1-minute load average ${loadBefore} before, ${loadavg()[0].toFixed(1)} after.${caCertsWere === undefined ? '' : ' NODE_EXTRA_CA_CERTS, set on this machine, is unset for every timed command (it costs each Node process the same ~70 ms and would hide start-up in the ratios).'}`,
  `Reports (written to a temp dir and deleted after use): ${generated.join('; ')}.`,
  '',
  '| report | command | wall (s) | CPU (s) | peak RSS (MiB) | result |',
  '|---|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.report} | ${r.label} | ${cell(r, 'seconds', r.report === 'start-up' ? 3 : 2)} | ${cell(r, 'cpu', r.report === 'start-up' ? 3 : 2)} | ${cell(r, 'mib', 0)} | ${r.result} |`),
  '',
  '| target | measured | limit | met |',
  '|---|---:|---:|---|',
  ...checks.map((c) => `| ${c.what} | ${measured(c)} | ${limitText(c)} | ${met(c)} |`),
  ...(bounds.length === 0 ? [] : [
    '',
    `What the outputs alone cost (d): in one process, the floor's work (read, \`JSON.parse\`, count, \`JSON.stringify\`, write) against the least work that writes srp's bytes (read and \`JSON.parse\` the report, then one \`JSON.stringify\` of srp's finished SARIF log and the other outputs as finished strings; bench/output-bound.mjs), medians of 7 alternating rounds. "With start-up" adds this run's \`node -e 0\` wall time to both.`,
    '',
    '| report | floor work (ms) | bound work (ms) | bound ÷ floor | with start-up | srp gate ÷ floor (wall, above) |',
    '|---|---:|---:|---:|---:|---:|',
    ...bounds.map((b) => {
      const start = nodeStart.seconds * 1000;
      return `| ${b.label} | ${b.floorMs.toFixed(0)} | ${b.boundMs.toFixed(0)} | ${(b.boundMs / b.floorMs).toFixed(2)}× | ${((start + b.boundMs) / (start + b.floorMs)).toFixed(2)}× | ${(b.gate.seconds / b.bare.seconds).toFixed(2)}× |`;
    }),
  ]),
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
if (failures > 0) {
  console.error(`bench: ${failures} command(s) failed unexpectedly; see the result column`);
  process.exitCode = 1;
}
