/**
 * One Trivy Result (a target with its vulnerabilities, misconfigurations, secrets and licenses) into
 * normalized results. Shared by the Trivy JSON and Trivy k8s readers.
 *
 * Redaction: Trivy secrets carry `Match` and `Code.Lines` (masked by Trivy, but neighbouring lines
 * are not — the repo-secrets fixture has a clear `ghp_` token in a context line), and
 * misconfigurations carry `CauseMetadata.Code`. None of these fields is ever read here.
 */
import type { Suppression } from 'sarif';
import { LazyHelp, LazyMessage, type RunBuilder } from '../sarif/build.js';
import { boundText } from '../sarif/bounds.js';
import type { FindingFacts, FindingKind } from '../sarif/model.js';
import { KeySpelling, type Rec, type Shape, isRec, positive } from './shape.js';
import { addTrivyLicense } from './trivy-licenses.js';

export const TRIVY_DRIVER = {
  name: 'trivy',
  fullName: 'Trivy Vulnerability Scanner',
  informationUri: 'https://github.com/aquasecurity/trivy',
} as const;

const TRIVY_SECRET_RULES_URI = 'https://github.com/aquasecurity/trivy/blob/main/pkg/fanal/secret/builtin-rules.go';

/** Trivy's aggregated language targets in image scans: names, not paths. */
export const LANGUAGE_TARGETS = new Set(['Java', 'Node.js', 'Python', 'Ruby', 'PHP', '.NET', 'Rust', 'Go', 'Dart', 'Elixir', 'Swift', 'Conan', 'Julia', 'C/C++', 'Bitnami']);

const OS_VULN_TAGS = ['vulnerability', 'os-pkgs'];
const LANG_VULN_TAGS = ['vulnerability', 'lang-pkgs'];

export interface TrivyTargetContext {
  /** Set for k8s resources: "namespace/Kind/name", used as the location instead of the target. */
  resourcePath?: string;
  /** The report's ArtifactName: where a Result with an empty Target (Trivy writes some) is located. */
  artifactName?: string;
}

// Keys read from each level of a Trivy report, and the other keys Trivy writes there (fast path).
const RESULT_KEYS = new KeySpelling(
  ['Target', 'Class', 'Type', 'Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses', 'Packages', 'ExperimentalModifiedFindings'],
  ['MisconfSummary', 'CustomResources'],
);
const VULNERABILITY_KEYS = new KeySpelling(
  ['VulnerabilityID', 'PkgName', 'InstalledVersion', 'FixedVersion', 'Status', 'Title', 'PkgPath', 'Severity', 'Description', 'PrimaryURL', 'CVSS', 'SeveritySource'],
  ['PkgID', 'PkgIdentifier', 'Layer', 'DataSource', 'Fingerprint', 'CweIDs', 'VendorSeverity', 'References', 'PublishedDate', 'LastModifiedDate', 'VendorIDs', 'Custom'],
);
const MISCONFIGURATION_KEYS = new KeySpelling(
  ['ID', 'AVDID', 'Title', 'Description', 'Message', 'Resolution', 'Severity', 'PrimaryURL', 'Status', 'CauseMetadata'],
  ['Type', 'Namespace', 'Query', 'References', 'Layer'],
);
const SECRET_KEYS = new KeySpelling(['RuleID', 'Category', 'Severity', 'Title', 'StartLine', 'EndLine'], ['Code', 'Match', 'Offset', 'Layer']);

/** What the run builder needs to know about a Trivy result's target. */
interface Target {
  target: string | undefined;
  cls: string;
  /** Where findings without their own path are located. */
  path: string;
  /** True when `path` names a real file (so it is worth a line region). */
  isFile: boolean;
  /** "name@version" → where the package is declared in the lockfile (Trivy's Packages[].Locations). */
  packageLines: Map<string, { startLine: number; endLine?: number }> | undefined;
}

export function addTrivyResult(builder: RunBuilder, shape: Shape, result: Rec, at: string, ctx: TrivyTargetContext = {}): void {
  RESULT_KEYS.check(shape, result, at);
  // Trivy always writes Target (requiring it keeps arbitrary arrays from passing as an empty
  // report), but sometimes empty (custom resources, some k8s layouts): then the artifact is the target.
  const rawTarget = result.Target;
  if (typeof rawTarget !== 'string') shape.fail(`${at}.Target`, 'a string', rawTarget);
  const target: string | undefined = rawTarget !== '' ? rawTarget : ctx.artifactName;
  const type = shape.optString(result, 'Type', at);
  const cls = shape.optString(result, 'Class', at) ?? guessClass(result, target, type);
  const t = locate(shape, target, cls, ctx);

  const vulns = shape.array(result, 'Vulnerabilities', at);
  if (vulns.length > 0 && t.isFile) t.packageLines = packageLines(shape, result, at);
  const vulnsAt = `${at}.Vulnerabilities`;
  for (let i = 0; i < vulns.length; i++) {
    const v = vulns[i];
    if (!isRec(v)) shape.fail(`${vulnsAt}[${i}]`, 'an object', v);
    addVulnerability(builder, shape, v, vulnsAt, i, t);
  }
  const misconfs = shape.array(result, 'Misconfigurations', at);
  for (let i = 0; i < misconfs.length; i++) {
    const m = shape.object(misconfs[i], `${at}.Misconfigurations[${i}]`);
    addMisconfiguration(builder, shape, m, `${at}.Misconfigurations[${i}]`, t, type);
  }
  const secrets = shape.array(result, 'Secrets', at);
  for (let i = 0; i < secrets.length; i++) {
    const s = shape.object(secrets[i], `${at}.Secrets[${i}]`);
    addSecret(builder, shape, s, `${at}.Secrets[${i}]`, t);
  }
  const licenses = shape.array(result, 'Licenses', at);
  for (let i = 0; i < licenses.length; i++) {
    const l = shape.object(licenses[i], `${at}.Licenses[${i}]`);
    addTrivyLicense(builder, shape, l, `${at}.Licenses[${i}]`, t);
  }
  // `--show-suppressed`: findings a VEX document or .trivyignore silenced. They stay in the log with
  // a SARIF suppression so the gate counts them as suppressed, never as absent.
  const modified = shape.array(result, 'ExperimentalModifiedFindings', at);
  for (let i = 0; i < modified.length; i++) {
    const mat = `${at}.ExperimentalModifiedFindings[${i}]`;
    const m = shape.object(modified[i], mat);
    const finding = shape.object(m.Finding, `${mat}.Finding`);
    const suppression = vexSuppression(shape, m, mat);
    const kind = (shape.optString(m, 'Type', mat) ?? 'vulnerability').toLowerCase();
    if (kind === 'misconfiguration') addMisconfiguration(builder, shape, finding, `${mat}.Finding`, t, type, suppression);
    else if (kind === 'secret') addSecret(builder, shape, finding, `${mat}.Finding`, t, suppression);
    else if (kind === 'license') addTrivyLicense(builder, shape, finding, `${mat}.Finding`, t, suppression);
    else addVulnerability(builder, shape, finding, `${mat}.Finding`, undefined, t, suppression);
  }
}

/** OS families Trivy scans (Result.Type of os-pkgs results). */
const OS_TYPES = new Set(['alpine', 'alma', 'amazon', 'azurelinux', 'bottlerocket', 'cbl-mariner', 'centos', 'chainguard', 'debian', 'echo', 'fedora', 'minimos', 'opensuse', 'opensuse.leap', 'opensuse.tumbleweed', 'oracle', 'photon', 'redhat', 'rocky', 'sles', 'suse linux enterprise server', 'ubuntu', 'wolfi']);

/** Reports before Trivy 0.20-ish have no Class: infer it, so OS packages never get the image name as path. */
function guessClass(result: Rec, target: string | undefined, type: string | undefined): string {
  if (result.Secrets) return 'secret';
  if (result.Misconfigurations) return 'config';
  if (result.Licenses) return 'license';
  if ((type !== undefined && OS_TYPES.has(type.toLowerCase())) || (target !== undefined && /\([a-z.-]+ [\w.-]+\)$/i.test(target))) return 'os-pkgs';
  return 'lang-pkgs';
}

function locate(shape: Shape, target: string | undefined, cls: string, ctx: TrivyTargetContext): Target {
  // Every Target literal has every key: one object shape at the per-finding reads of `t`.
  if (ctx.resourcePath !== undefined) return { target, cls, path: ctx.resourcePath, isFile: false, packageLines: undefined };
  // OS packages: the target is "image:tag (distro version)" — never a path, and it changes with every
  // tag. The class stands in for the location so fingerprints survive a retag.
  if (cls === 'os-pkgs' || target === undefined || LANGUAGE_TARGETS.has(target)) {
    return { target, cls, path: cls, isFile: false, packageLines: undefined };
  }
  return { target, cls, path: shape.relPath(target) ?? cls, isFile: true, packageLines: undefined };
}

/** Lockfile lines per package, from `Packages` (present with --list-all-pkgs and by default in recent Trivy). */
function packageLines(shape: Shape, result: Rec, at: string): Map<string, { startLine: number; endLine?: number }> | undefined {
  const packages = shape.array(result, 'Packages', at);
  if (packages.length === 0) return undefined;
  const lines = new Map<string, { startLine: number; endLine?: number }>();
  for (const p of packages) {
    if (!isRec(p) || typeof p.Name !== 'string' || !Array.isArray(p.Locations)) continue;
    const first = p.Locations[0];
    if (!isRec(first)) continue;
    const startLine = positive(typeof first.StartLine === 'number' ? first.StartLine : undefined);
    if (startLine === undefined) continue;
    const endLine = positive(typeof first.EndLine === 'number' ? first.EndLine : undefined);
    lines.set(`${p.Name}@${typeof p.Version === 'string' ? p.Version : ''}`, endLine !== undefined && endLine >= startLine ? { startLine, endLine } : { startLine });
  }
  return lines;
}

function cvssScore(shape: Shape, v: Rec, at: string, index: number | undefined): number | undefined {
  const cvss = shape.optObject(v, 'CVSS', at, index);
  if (cvss === undefined) return undefined;
  const source = typeof v.SeveritySource === 'string' ? v.SeveritySource : undefined;
  const entry = source !== undefined ? cvss[source] : undefined;
  if (!isRec(entry)) return undefined;
  const score = typeof entry.V3Score === 'number' ? entry.V3Score : entry.V40Score;
  return typeof score === 'number' && score > 0 ? score : undefined;
}

/** `index`: v is `at[index]` (see Shape.string); the path string is built only if a check fails. */
function addVulnerability(builder: RunBuilder, shape: Shape, v: Rec, at: string, index: number | undefined, t: Target, suppression?: Suppression): void {
  VULNERABILITY_KEYS.check(shape, v, at, index);
  const id = shape.string(v, 'VulnerabilityID', at, index);
  const pkg = shape.optString(v, 'PkgName', at, index);
  const installed = shape.optString(v, 'InstalledVersion', at, index);
  const fixed = shape.optString(v, 'FixedVersion', at, index);
  const status = shape.optString(v, 'Status', at, index);
  const rawTitle = shape.optString(v, 'Title', at, index);
  const title = rawTitle !== undefined ? boundText(rawTitle) : undefined;
  const pkgPath = shape.optString(v, 'PkgPath', at, index);
  const severity = shape.severity(v, 'Severity', at, index);
  // All keys in one literal (undefined ones are dropped by JSON.stringify): one object shape for
  // every vulnerability, no property additions on the hot path.
  const facts: FindingFacts = {
    scanner: 'trivy',
    kind: 'vulnerability',
    severity,
    id,
    path: (pkgPath !== undefined && t.cls !== 'os-pkgs' ? shape.relPath(pkgPath) : undefined) ?? t.path,
    target: t.target,
    package: pkg,
    installedVersion: installed,
    fixedVersion: fixed,
    status,
    title,
  };
  const region = pkg !== undefined && t.packageLines !== undefined && pkgPath === undefined ? t.packageLines.get(`${pkg}@${installed ?? ''}`) : undefined;
  if (region !== undefined) facts.line = region.startLine;

  if (!builder.hasRule(id)) {
    // Bounded here: the lazy help is rendered after RunBuilder's own bounds (sarif/bounds.ts).
    const rawDescription = shape.optString(v, 'Description', at, index);
    const description = rawDescription !== undefined ? boundText(rawDescription) : undefined;
    const url = shape.optString(v, 'PrimaryURL', at, index);
    builder.rule({
      id,
      name: t.cls === 'os-pkgs' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability',
      shortDescription: title ?? id,
      fullDescription: description ?? title ?? id,
      helpText: '',
      help: new VulnerabilityHelp(id, title, description, url),
      helpUri: url,
      tags: t.cls === 'os-pkgs' ? OS_VULN_TAGS : LANG_VULN_TAGS,
    });
  }
  builder.add({
    facts,
    message: new LazyMessage(vulnerabilityMessage, facts),
    region,
    cvssScore: cvssScore(shape, v, at, index),
    // No spread: one object shape for every call (add() ignores undefined suppressions).
    suppressions: suppression ? [suppression] : undefined,
  });
}

/** A vulnerability rule's help, rendered only for the rules a writer actually emits (see LazyHelp). */
class VulnerabilityHelp extends LazyHelp {
  // Private fields: invisible to for-in and Object.keys, so schema checks see only text/markdown.
  readonly #id: string;
  readonly #title: string | undefined;
  readonly #description: string | undefined;
  readonly #url: string | undefined;

  constructor(id: string, title: string | undefined, description: string | undefined, url: string | undefined) {
    super();
    this.#id = id;
    this.#title = title;
    this.#description = description;
    this.#url = url;
  }

  get text(): string {
    const url = this.#url;
    return `Vulnerability ${this.#id}: ${this.#title ?? ''}\n${this.#description ?? ''}${url ? `\nMore: ${url}` : ''}`;
  }

  get markdown(): string {
    const title = this.#title;
    const url = this.#url;
    return `**Vulnerability ${this.#id}**${title ? `: ${title}` : ''}\n\n${this.#description ?? ''}${url ? `\n\n[${this.#id}](${url})` : ''}`;
  }
}

export function vulnerabilityMessage(f: FindingFacts): string {
  const subject = f.package ? (f.installedVersion ? `${f.package} ${f.installedVersion}` : f.package) : (f.installedVersion ?? 'package');
  const fix = f.fixedVersion ? ` → fixed in ${f.fixedVersion}` : `, no fixed version${f.status ? ` (${f.status})` : ''}`;
  return `${f.id}: ${subject}${fix} (${f.severity})${f.title ? ` — ${f.title}` : ''}`;
}

function addMisconfiguration(
  builder: RunBuilder,
  shape: Shape,
  m: Rec,
  at: string,
  t: Target,
  type: string | undefined,
  suppression?: Suppression,
): void {
  MISCONFIGURATION_KEYS.check(shape, m, at);
  // Only failures are findings; PASS/EXCEPTION entries appear with --include-non-failures. Compared
  // without case, and a status Trivy never writes is refused: dropping it could hide a failure.
  const status = shape.optString(m, 'Status', at)?.toUpperCase();
  if (status !== undefined && status !== 'FAIL') {
    if (status === 'PASS' || status === 'EXCEPTION') return;
    shape.fail(`${at}.Status`, 'FAIL, PASS or EXCEPTION', m.Status, true);
  }
  const avdId = shape.optString(m, 'AVDID', at);
  const id = shape.optString(m, 'ID', at) ?? avdId ?? shape.string(m, 'ID', at);
  const title = shape.optString(m, 'Title', at);
  const detail = shape.optString(m, 'Message', at);
  const resolution = shape.optString(m, 'Resolution', at);
  const cause = shape.optObject(m, 'CauseMetadata', at);
  const startLine = cause ? positive(shape.optNumber(cause, 'StartLine', `${at}.CauseMetadata`)) : undefined;
  const endLine = cause ? positive(shape.optNumber(cause, 'EndLine', `${at}.CauseMetadata`)) : undefined;
  const facts: FindingFacts = { scanner: 'trivy', kind: 'misconfiguration', severity: shape.severity(m, 'Severity', at), id, path: t.path };
  if (t.target !== undefined) facts.target = t.target;
  if (title !== undefined) facts.title = title;
  if (resolution !== undefined) facts.resolution = resolution;
  // Line 1 when Trivy gives none, as Trivy's own SARIF does: facts and region always agree.
  facts.line = startLine ?? 1;
  if (avdId !== undefined && avdId !== id) facts.aliases = [avdId];

  if (!builder.hasRule(id)) {
    const description = shape.optString(m, 'Description', at);
    const url = shape.optString(m, 'PrimaryURL', at);
    builder.rule({
      id,
      name: 'Misconfiguration',
      shortDescription: title ?? id,
      fullDescription: description ?? title ?? id,
      helpText: `Misconfiguration ${id}${type ? ` (${type})` : ''}: ${title ?? ''}\n${description ?? ''}${resolution ? `\nResolution: ${resolution}` : ''}${url ? `\nMore: ${url}` : ''}`,
      helpMarkdown: `**Misconfiguration ${id}**${title ? `: ${title}` : ''}\n\n${description ?? ''}${resolution ? `\n\n**Resolution:** ${resolution}` : ''}${url ? `\n\n[${id}](${url})` : ''}`,
      ...(url ? { helpUri: url } : {}),
      tags: ['misconfiguration', ...(type ? [type] : [])],
    });
  }
  builder.add({
    facts,
    message: `${id}: ${detail ?? title ?? 'misconfiguration'} (${facts.severity})${resolution ? ` — fix: ${resolution}` : ''}`,
    region: { startLine: startLine ?? 1, ...(endLine !== undefined && endLine >= (startLine ?? 1) ? { endLine } : {}) },
    ...(suppression ? { suppressions: [suppression] } : {}),
  });
}

function addSecret(builder: RunBuilder, shape: Shape, s: Rec, at: string, t: Target, suppression?: Suppression): void {
  SECRET_KEYS.check(shape, s, at);
  const id = shape.string(s, 'RuleID', at);
  const title = shape.optString(s, 'Title', at);
  const category = shape.optString(s, 'Category', at);
  const startLine = positive(shape.optNumber(s, 'StartLine', at));
  const endLine = positive(shape.optNumber(s, 'EndLine', at));
  const facts: FindingFacts = {
    scanner: 'trivy',
    kind: 'secret',
    severity: shape.severity(s, 'Severity', at),
    id,
    path: t.path,
    resolution: 'Revoke and rotate the credential, then remove it from the file and from version control history',
  };
  if (t.target !== undefined) facts.target = t.target;
  if (title !== undefined) facts.title = title;
  facts.line = startLine ?? 1;
  if (!builder.hasRule(id)) {
    builder.rule({
      id,
      name: 'Secret',
      shortDescription: title ?? id,
      fullDescription: `Secret detected by Trivy rule ${id}${category ? ` (category ${category})` : ''}.`,
      helpText: `Secret ${title ?? id}\nA credential was found in the scanned files. Revoke and rotate it, then remove it from the file and from version control history.`,
      helpMarkdown: `**Secret ${title ?? id}**\n\nA credential was found in the scanned files. Revoke and rotate it, then remove it from the file and from version control history.`,
      helpUri: TRIVY_SECRET_RULES_URI,
      tags: ['secret', ...(category ? [category] : [])],
    });
  }
  builder.add({
    facts,
    message: `Secret ${id}${title ? ` (${title})` : ''} in ${t.path}${startLine ? `:${startLine}` : ''} (${facts.severity}) — revoke and rotate it`,
    region: { startLine: startLine ?? 1, ...(endLine !== undefined && endLine >= (startLine ?? 1) ? { endLine } : {}) },
    ...(suppression ? { suppressions: [suppression] } : {}),
  });
}

/**
 * Statuses under which Trivy leaves a finding out of its results. Any other (affected,
 * under_investigation, unknown…) or none says nothing was decided, so it must not read as suppressed.
 */
const VEX_SUPPRESSING = new Set(['not_affected', 'fixed', 'ignored']);

function vexSuppression(shape: Shape, m: Rec, at: string): Suppression {
  const given = shape.optString(m, 'Status', at);
  const status = given?.trim().toLowerCase();
  if (status === undefined || !VEX_SUPPRESSING.has(status)) shape.fail(`${at}.Status`, 'one of not_affected, fixed, ignored (a status that suppresses)', given, true);
  const statement = shape.optString(m, 'Statement', at);
  const source = shape.optString(m, 'Source', at);
  return {
    kind: 'external',
    status: 'accepted',
    justification: `Trivy suppressed it (${status}${statement ? `: ${statement}` : ''}${source ? `, from ${source}` : ''})`,
    properties: { srpOrigin: 'scanner' },
  };
}

/** Trivy's SARIF rule names by kind (a Map: rule names come from the report). */
export const TRIVY_KINDS: ReadonlyMap<string, FindingKind> = new Map([
  ['OsPackageVulnerability', 'vulnerability'],
  ['LanguageSpecificPackageVulnerability', 'vulnerability'],
  ['Misconfiguration', 'misconfiguration'],
  ['Secret', 'secret'],
  ['License', 'license'],
]);
