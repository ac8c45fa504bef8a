/**
 * Trivy's native ignore files, read the way Trivy reads them so a team's existing file keeps
 * working: `.trivyignore` (one id per line, `# comments`, optional `exp:YYYY-MM-DD`) and
 * `.trivyignore.yaml` (sections with id, paths, purls, statement, expired_at).
 * Unlike Trivy, a malformed expiry is an error rather than a silently skipped line: an ignore entry
 * that quietly does something else than written is worse than a failed build.
 */
import { parseDocument } from 'yaml';
// A namespace import lets esbuild drop the ~40 zod locales we never use (~590 KiB the CLI compiled
// at every start); `import { z }` keeps them all.
import * as z from 'zod';
import { InputError } from '../errors.js';
import { isCalendarDate } from './dates.js';
import type { IgnoreEntry, IgnoreFile } from './ignore-types.js';
import { ignoreLines } from './ignore-lines.js';
import { describeIssue } from './policy-file.js';

const YAML_SECTION = /^(vulnerabilities|misconfigurations|secrets|licenses)\s*:/m;

export function parseTrivyIgnore(text: string, file: string): IgnoreFile {
  const looksYaml = /\.ya?ml$/i.test(file) || YAML_SECTION.test(text);
  const entries = looksYaml ? parseYamlForm(text, file) : parseLineForm(text, file);
  return { source: 'trivyignore', scanner: 'trivy', file, entries };
}

function parseLineForm(text: string, file: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  for (const { text: line, number, comment } of ignoreLines(text)) {
    const fields = line.split(/\s+/);
    const id = fields[0] ?? '';
    const entry: IgnoreEntry = { id, reason: '', line: number };
    let inline: string | undefined;
    for (let f = 1; f < fields.length; f++) {
      const field = fields[f] ?? '';
      if (field.startsWith('#')) {
        inline = fields.slice(f).join(' ').replace(/^#+\s*/, '');
        break;
      }
      if (field.startsWith('exp:')) {
        const date = field.slice(4);
        if (!isCalendarDate(date)) {
          throw new InputError(file, `line ${number}: expiry must be exp:YYYY-MM-DD (a real date)`);
        }
        entry.expires = date;
      }
      // Trivy ignores any other trailing field; so do we, to read the same files the same way.
    }
    entry.reason = inline || comment || `listed in ${file}`;
    entries.push(entry);
  }
  return entries;
}

const dateField = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isCalendarDate, { message: 'must be a date written YYYY-MM-DD' });

const yamlEntry = z.strictObject({
  id: z.string().trim().min(1),
  paths: z.array(z.string().min(1)).optional(),
  purls: z.array(z.string().startsWith('pkg:', { message: 'must be a package URL (pkg:type/name@version)' })).optional(),
  statement: z.string().optional(),
  expired_at: dateField.optional(),
});

const yamlFile = z.strictObject({
  vulnerabilities: z.array(yamlEntry).nullish(),
  misconfigurations: z.array(yamlEntry).nullish(),
  secrets: z.array(yamlEntry).nullish(),
  licenses: z.array(yamlEntry).nullish(),
});

const SECTION_KIND = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfiguration',
  secrets: 'secret',
  licenses: 'license',
} as const;

/**
 * pkg:type/namespace/name@version?qualifiers#subpath → the package names a scanner may report for
 * it (Trivy writes npm `@scope/name`, Maven `group:artifact`, Go the full module path) and the version.
 */
export function packageFromPurl(purl: string): { names: string[]; version?: string } {
  const withoutScheme = purl.slice('pkg:'.length).split('#')[0]?.split('?')[0] ?? '';
  const at = withoutScheme.lastIndexOf('@');
  const path = at > 0 ? withoutScheme.slice(0, at) : withoutScheme;
  const version = at > 0 ? decodeURIComponent(withoutScheme.slice(at + 1)) : undefined;
  const [type, ...rest] = path.split('/').map((part) => decodeURIComponent(part));
  const name = rest[rest.length - 1] ?? '';
  const namespace = rest.slice(0, -1).join('/');
  const names = [name];
  if (namespace) names.push(type === 'maven' ? `${namespace}:${name}` : `${namespace}/${name}`);
  return version ? { names, version } : { names };
}

function parseYamlForm(text: string, file: string): IgnoreEntry[] {
  const document = parseDocument(text, { uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    throw new InputError(file, `not valid YAML: ${(yamlError.message.split('\n')[0] ?? '').replace(/:$/, '')}`);
  }
  const raw: unknown = document.toJS({ maxAliasCount: 100 }) ?? {};
  const parsed = yamlFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, issue ? describeIssue(issue) : 'not a .trivyignore.yaml file');
  }
  const entries: IgnoreEntry[] = [];
  for (const section of Object.keys(SECTION_KIND) as (keyof typeof SECTION_KIND)[]) {
    for (const item of parsed.data[section] ?? []) {
      const entry: IgnoreEntry = {
        id: item.id,
        kind: SECTION_KIND[section],
        reason: item.statement?.trim() || `listed in ${file}`,
      };
      if (item.paths?.length) entry.paths = item.paths;
      if (item.purls?.length) entry.packages = item.purls.map(packageFromPurl);
      if (item.expired_at) entry.expires = item.expired_at;
      entries.push(entry);
    }
  }
  return entries;
}
