/**
 * The least work any JavaScript gate could do to write srp's outputs, against the floor's work, in one process.
 * Usage: node output-bound.mjs REPORT SARIF JUNIT SUMMARY VERDICT OUT_DIR [ROUNDS]
 *
 * The bound reads and parses the report like the floor (a), then writes the four outputs `srp gate` wrote for it:
 * the SARIF log with one `JSON.stringify` of the finished log (parsed back from srp's file before any timing, so
 * normalizing, fingerprinting, evaluating and building the log cost nothing) and the other three as finished
 * strings. What srp does beyond that is its own work; what the bound does is the least its outputs' bytes cost.
 * Rounds alternate floor and bound; prints {"floorMs": [...], "boundMs": [...]} on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [report, sarif, junit, summary, verdict, outDir, rounds = '7'] = process.argv.slice(2);
const finishedLog = JSON.parse(readFileSync(sarif, 'utf8'));
const finishedTexts = [junit, summary, verdict].map((file) => readFileSync(file, 'utf8'));
const now = () => Number(process.hrtime.bigint()) / 1e6;

function floorWork() {
  const parsed = JSON.parse(readFileSync(report, 'utf8'));
  let blocking = 0;
  for (const result of parsed.Results ?? []) {
    for (const v of result.Vulnerabilities ?? []) if (v.Severity === 'CRITICAL' || v.Severity === 'HIGH') blocking += 1;
  }
  writeFileSync(join(outDir, 'floor.json'), JSON.stringify(parsed));
  return blocking;
}

function boundWork() {
  const parsed = JSON.parse(readFileSync(report, 'utf8'));
  writeFileSync(join(outDir, 'bound.sarif'), JSON.stringify(finishedLog));
  finishedTexts.forEach((text, k) => writeFileSync(join(outDir, `bound-${k}`), text));
  return parsed;
}

const floorMs = [];
const boundMs = [];
for (let i = 0; i < Number(rounds); i += 1) {
  let started = now();
  floorWork();
  floorMs.push(now() - started);
  started = now();
  boundWork();
  boundMs.push(now() - started);
}
process.stdout.write(`${JSON.stringify({ floorMs, boundMs })}\n`);
