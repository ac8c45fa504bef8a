// Baseline (a): the least a gate can do — parse, count blocking findings, serialize back out.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const report = JSON.parse(readFileSync(input, 'utf8'));
let blocking = 0;
for (const result of report.Results ?? []) {
  for (const v of result.Vulnerabilities ?? []) if (v.Severity === 'CRITICAL' || v.Severity === 'HIGH') blocking += 1;
}
writeFileSync(output, JSON.stringify(report));
process.exitCode = blocking > 0 ? 1 : 0;
