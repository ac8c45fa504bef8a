// Replaces the "## Service" section of docs/performance.md with the Markdown in argv[3], leaving every
// other section alone. Run under `flock /tmp/docs.lock` (other workspaces own other sections).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [, , docPath, sectionPath] = process.argv;
const section = readFileSync(sectionPath, 'utf8').trimEnd() + '\n';
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
const start = doc.search(/^## Service\s*$/m);
let out;
if (start === -1) {
  out = doc.trimEnd() + '\n\n' + section;
} else {
  const rest = doc.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next === -1 ? doc.length : start + 1 + next;
  out = doc.slice(0, start) + section + (end < doc.length ? '\n' + doc.slice(end) : '');
}
writeFileSync(docPath, out);
