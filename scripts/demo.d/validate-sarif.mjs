// node scripts/demo.d/validate-sarif.mjs FILE.sarif...
// Each log must be valid by the SARIF 2.1.0 JSON schema (../shared/fixtures, draft-04, ajv-draft-04 as
// the engine's own tests use it) and have zero errors from Microsoft's SARIF Multitool with the SARIF
// and GitHub rule sets (--rule-kind "Sarif;Gh", as scripts/lib/validate-with-multitool.mjs runs it).
// The Multitool exits 0 even when it finds errors, so its own SARIF log is read back.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';

const repo = resolve(import.meta.dirname, '..', '..');
const schemaPath = resolve(repo, '..', 'shared', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');
const multitool = join(repo, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const files = process.argv.slice(2);
for (const needed of [schemaPath, multitool, ...files]) {
  if (!existsSync(needed)) {
    console.error(`validate-sarif: missing ${needed} (run scripts/setup)`);
    process.exit(1);
  }
}
if (files.length === 0) {
  console.error('validate-sarif: usage: validate-sarif.mjs FILE.sarif...');
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
let failed = false;
let schemaInvalid = 0;
for (const file of files) {
  if (!validate(JSON.parse(readFileSync(file, 'utf8')))) {
    failed = true;
    schemaInvalid += 1;
    for (const e of validate.errors.slice(0, 10)) console.error(`${file}: schema: ${e.instancePath} ${e.message}`);
  }
}

const out = mkdtempSync(join(tmpdir(), 'srp-demo-multitool-'));
try {
  const report = join(out, 'multitool.sarif');
  const run = spawnSync(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '-o', report, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0 || !existsSync(report)) {
    console.error(`validate-sarif: the SARIF Multitool did not run: ${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((r) => r.results ?? []);
  const errors = results.filter((r) => (r.level ?? 'warning') === 'error');
  for (const e of errors) console.error(`multitool: ${e.ruleId}: ${e.message?.text ?? JSON.stringify(e.message)}`);
  if (errors.length > 0) failed = true;
  console.log(`validate-sarif: ${files.length - schemaInvalid} of ${files.length} logs valid by the SARIF 2.1.0 schema; multitool Sarif;Gh: ${errors.length} errors, ${results.length - errors.length} warnings/notes`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
