/**
 * Trivy's native ignore files, read the way Trivy reads them so a team's existing file keeps
 * working: `.trivyignore` (one id per line, `# comments`, optional `exp:YYYY-MM-DD`) and
 * `.trivyignore.yaml` (sections with id, paths, purls, statement, expired_at).
 * Unlike Trivy, a malformed expiry is an error rather than a silently skipped line: an ignore entry
 * that quietly does something else than written is worse than a failed build.
 */
import * as z from './zod-subset.js';
import { InputError } from '../errors.js';
import { isCalendarDate } from './dates.js';
import { globProblem } from './glob.js';
import type { IgnoreEntry, IgnoreFile, IgnorePackage } from './ignore-types.js';
import { ignoreLines } from './ignore-lines.js';
import { describeIssue } from './policy-file.js';
import { yamlData } from './yaml-data.js';

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

// Text, never a YAML timestamp (see YAML_OPTIONS): a Date would have rolled an invalid date over.
const dateField = z.string().check(z.refine(isCalendarDate, { message: 'must be a date written YYYY-MM-DD' }));

const yamlEntry = z.strictObject({
  id: z.string().check(z.trim(), z.minLength(1)),
  paths: z.optional(z.array(z.string().check(z.minLength(1)))),
  purls: z.optional(z.array(z.string().check(z.startsWith('pkg:', { message: 'must be a package URL (pkg:type/name@version)' })))),
  statement: z.optional(z.string()),
  expired_at: z.optional(dateField),
});

const yamlFile = z.strictObject({
  vulnerabilities: z.nullish(z.array(yamlEntry)),
  misconfigurations: z.nullish(z.array(yamlEntry)),
  secrets: z.nullish(z.array(yamlEntry)),
  licenses: z.nullish(z.array(yamlEntry)),
});

const SECTION_KIND = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfiguration',
  secrets: 'secret',
  licenses: 'license',
} as const;

/** Trivy's OS package purl types (pkg/purl/purl.go Class()): their namespace is the distro, not part of the name. */
const OS_PURL_TYPES = new Set(['apk', 'deb', 'rpm']);

/**
 * pkg:type/namespace/name@version?qualifiers#subpath → the one package name Trivy reports for it
 * (pkg/purl/purl.go Package(), v0.74.0: npm `@scope/name`, Maven/Gradle `group:artifact`, Go and
 * Composer `namespace/name`, OS packages `name`, CocoaPods `name/subpath`) and the version.
 */
export function packageFromPurl(purl: string): IgnorePackage {
  const [beforeHash = '', subpath = ''] = purl.slice('pkg:'.length).split('#');
  const [withoutQualifiers = '', query = ''] = beforeHash.split('?');
  const at = withoutQualifiers.lastIndexOf('@');
  const path = at > 0 ? withoutQualifiers.slice(0, at) : withoutQualifiers;
  const version = at > 0 ? decodeURIComponent(withoutQualifiers.slice(at + 1)) : undefined;
  const [rawType = '', ...rest] = path.split('/').map((part) => decodeURIComponent(part));
  const type = rawType.toLowerCase();
  const osPackage = OS_PURL_TYPES.has(type);
  let name = rest[rest.length - 1] ?? '';
  const namespace = rest.slice(0, -1).join('/');
  if (namespace && !osPackage) name = type === 'maven' || type === 'gradle' ? `${namespace}:${name}` : `${namespace}/${name}`;
  if (type === 'cocoapods' && subpath) name = `${name}/${decodeURIComponent(subpath)}`;
  const out: IgnorePackage = { name, osPackage };
  if (osPackage && namespace) out.osFamily = namespace.toLowerCase();
  if (version) out.version = version;
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'epoch') {
      if (value !== '0') out.epoch = value;
    } else if (key === 'distro' && osPackage) out.distro = value;
    else out.uncheckable = true;
  }
  return out;
}

function parseYamlForm(text: string, file: string): IgnoreEntry[] {
  const raw = yamlData(text, { invalid: 'not valid YAML', name: 'file' }, (problem) => {
    throw new InputError(file, problem);
  }) ?? {};
  const parsed = yamlFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(file, issue ? describeIssue(issue) : 'not a .trivyignore.yaml file');
  }
  const entries: IgnoreEntry[] = [];
  for (const section of Object.keys(SECTION_KIND) as (keyof typeof SECTION_KIND)[]) {
    for (const [index, item] of (parsed.data[section] ?? []).entries()) {
      const entry: IgnoreEntry = {
        id: item.id,
        kind: SECTION_KIND[section],
        reason: item.statement?.trim() || `listed in ${file}`,
      };
      if (item.paths?.length) {
        // Trivy refuses an invalid pattern too (doublestar.ValidatePattern in pkg/result/ignore.go).
        for (const glob of item.paths) {
          const problem = globProblem(glob);
          if (problem) throw new InputError(file, `${section}[${index}].paths: the pattern ${problem}`);
        }
        entry.paths = item.paths;
      }
      if (item.purls?.length) {
        try {
          entry.packages = item.purls.map(packageFromPurl);
        } catch (error) {
          if (!(error instanceof URIError)) throw error;
          throw new InputError(file, `${section}[${index}].purls: a package URL has invalid percent-encoding (write %XX with two hex digits)`);
        }
      }
      if (item.expired_at) entry.expires = item.expired_at;
      entries.push(entry);
    }
  }
  return entries;
}
