// Baseline (a): the least a gate can do — parse, count blocking findings, serialize back out.
// It cannot run on a report above V8's string limit (~512 MiB): it then says so and exits 3, which the bench
// records as "cannot run" (an uncaught error would exit 1, the same status as "blocked").
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
function readText() {
  try {
    return readFileSync(input, 'utf8');
  } catch (error) {
    console.error(`bare-baseline: cannot run: ${error.code ?? ''} ${error.message}`);
    process.exit(3);
  }
}
// No variable keeps the text: it is garbage once parsed, as in the original one-expression version.
const report = JSON.parse(readText());
let blocking = 0;
for (const result of report.Results ?? []) {
  for (const v of result.Vulnerabilities ?? []) if (v.Severity === 'CRITICAL' || v.Severity === 'HIGH') blocking += 1;
}
writeFileSync(output, JSON.stringify(report));
process.exitCode = blocking > 0 ? 1 : 0;
