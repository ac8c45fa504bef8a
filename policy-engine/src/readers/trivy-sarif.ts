/**
 * Trivy's own SARIF (`trivy --format sarif`, v0.2x to today) and the template-era SARIF
 * (`--format template --template @contrib/sarif.tpl`, rule ids like "[HIGH] CVE-…").
 *
 * Trivy's SARIF has no structured package fields: they are read back from the result message
 * ("Package: …\nInstalled Version: …\nFixed Version: …"), falling back to the rule's help text for
 * template-era logs. The kind comes from the rule name. Trivy puts the secret's `Match` line into the
 * message, the rule's fullDescription and its help, so for secrets none of those texts is used.
 */
import { RunBuilder } from '../sarif/build.js';
import type { FindingFacts, FindingKind, NormalizedRun, Severity } from '../sarif/model.js';
import { SEVERITY_WORDS, isSeverityWord, levelToSeverity, parseScore, scoreToSeverity, severityRank, severityWord } from '../sarif/severity.js';
import { SECRET_RESOLUTION } from './gitleaks-json.js';
import type { ResultView, RuleView } from './sarif-view.js';
import { viewCatalog, viewResult } from './sarif-view.js';
import { type Rec, type Shape } from './shape.js';
import { LANGUAGE_TARGETS, TRIVY_DRIVER, TRIVY_KINDS, vulnerabilityMessage } from './trivy-findings.js';

export function isTrivyRun(driverName: string): boolean {
  return driverName.toLowerCase() === 'trivy';
}

function line(text: string | undefined, label: string): string | undefined {
  if (text === undefined) return undefined;
  const start = text.indexOf(`${label}: `);
  if (start === -1 || (start > 0 && text[start - 1] !== '\n')) return undefined;
  const from = start + label.length + 2;
  const end = text.indexOf('\n', from);
  const value = (end === -1 ? text.slice(from) : text.slice(from, end)).trim();
  return value === '' ? undefined : value;
}

/** Every value of a `label: value` line (a crafted message may carry several). */
function lines(text: string | undefined, label: string): string[] {
  if (text === undefined) return [];
  const values: string[] = [];
  for (const row of text.split('\n')) {
    if (!row.startsWith(`${label}: `)) continue;
    const value = row.slice(label.length + 2).trim();
    if (value !== '') values.push(value);
  }
  return values;
}

/**
 * Trivy states the severity in several places depending on its version: the message's
 * "Severity:" line, a "[SEVERITY]" rule id prefix, a rule tag, the rule help's "Severity:" line.
 * When several are present the most severe wins — a message can quote scanned text, so an earlier
 * "Severity: LOW" must not override the real one — and a word there that is not a severity is
 * refused rather than skipped. Only when none is present do the score and then the level decide.
 */
function severityOf(shape: Shape, at: string, message: string, rule: RuleView | undefined, bracket: string | undefined, level: string | undefined): Severity {
  const stated: Severity[] = [];
  for (const word of lines(message, 'Severity')) stated.push(severityWord(word) ?? shape.fail(`${at}.message.text (its "Severity:" line)`, SEVERITY_WORDS, word, true));
  if (bracket !== undefined) stated.push(severityWord(bracket) ?? shape.fail(`${at}.ruleId (its "[SEVERITY]" prefix)`, SEVERITY_WORDS, bracket, true));
  // Tags also hold kinds and categories: only a tag that is a severity word counts.
  for (const tag of rule?.tags ?? []) if (isSeverityWord(tag)) stated.push(severityWord(tag) as Severity);
  for (const word of lines(rule?.helpText, 'Severity')) stated.push(severityWord(word) ?? shape.fail(`${at} (its rule's help "Severity:" line)`, SEVERITY_WORDS, word, true));
  if (stated.length > 0) return stated.reduce((worst, s) => (severityRank(s) > severityRank(worst) ? s : worst));
  if (rule !== undefined && rule.score > 0) return scoreToSeverity(rule.score);
  // Levels were checked by viewResult; none given at all is UNKNOWN (gated by policy, never dropped).
  return level === undefined ? 'UNKNOWN' : (levelToSeverity(level) as Severity);
}

/**
 * The file a Trivy result is about. Trivy writes artifactLocation.uri as Go's url.Parse(path).String(),
 * which keeps a `%XX` that is part of a file name as it is, so the URI of `%74est/app.env` decodes to
 * `test/app.env`, another file, and a glob or ignore entry for `test/**` would cover it. The location's
 * message holds the path as Trivy read it (for a package, followed by ": name@version"), as in
 * Trivy's JSON; the URI is used only when there is no such message.
 */
function trivyPath(shape: Shape, v: ResultView, packageSuffix: string | undefined): string | undefined {
  const text = v.locationText;
  if (text === undefined) return v.path;
  if (packageSuffix === undefined) return shape.relPath(text);
  return text.endsWith(packageSuffix) ? shape.relPath(text.slice(0, -packageSuffix.length)) : v.path;
}

const KIND_TAGS: ReadonlySet<string> = new Set(['vulnerability', 'misconfiguration', 'secret', 'license']);

/**
 * Trivy names the rule by kind (Secret, Misconfiguration, …) and tags it with the kind; rules named
 * otherwise ("Other", renamed by a converter) still carry the tag. Any sign of a secret wins — the
 * tag, the name, or the "Match:" line Trivy writes only for secrets — since a secret read as a
 * vulnerability would pass at a low severity and have its texts, which quote the match, copied out.
 */
function kindOf(rule: RuleView | undefined, message: string): FindingKind {
  const tags = rule?.tags ?? [];
  if (rule?.name === 'Secret' || tags.includes('secret') || line(message, 'Match') !== undefined) return 'secret';
  const named = rule?.name !== undefined ? TRIVY_KINDS.get(rule.name) : undefined;
  if (named !== undefined) return named;
  const tagged = tags.find((t) => KIND_TAGS.has(t));
  return (tagged as FindingKind | undefined) ?? 'vulnerability';
}

export function convertTrivySarifRun(shape: Shape, run: Rec, driver: Rec, at: string): NormalizedRun {
  const catalog = viewCatalog(shape, run, driver, at);
  const version = shape.optString(driver, 'version', `${at}.tool.driver`);
  const builder = new RunBuilder({ ...TRIVY_DRIVER, ...(version ? { version } : {}) }, shape.reportUri());
  const results = shape.array(run, 'results', at);
  for (let i = 0; i < results.length; i++) {
    const v = viewResult(shape, catalog, results[i], `${at}.results[${i}]`);
    const bracket = /^\[([A-Za-z]+)\]\s+(.+)$/.exec(v.ruleId);
    const id = bracket?.[2] ?? v.ruleId;
    const rule = v.rule;
    const kind = kindOf(rule, v.message);
    const severity = severityOf(shape, `${at}.results[${i}]`, v.message, rule, bracket?.[1], v.level);
    const facts: FindingFacts = { scanner: 'trivy', kind, severity, id };
    const pkg = kind === 'vulnerability' ? (line(v.message, 'Package') ?? line(rule?.helpText, 'Package')) : undefined;
    const installed = kind === 'vulnerability' ? (line(v.message, 'Installed Version') ?? line(rule?.helpText, 'Installed Version')) : undefined;
    const path = trivyPath(shape, v, kind === 'vulnerability' ? `: ${pkg ?? ''}@${installed ?? ''}` : undefined);
    if (path !== undefined) facts.target = path;
    const title = rule?.shortDescription && rule.shortDescription !== id ? rule.shortDescription : undefined;
    const cvss = parseScore(rule?.properties['cvssv3_baseScore'] ?? rule?.properties['security-severity']) ?? Number.NaN;
    let message: string;

    if (kind === 'vulnerability') {
      // Same location rule as the JSON reader: OS packages live at "os-pkgs", not at the image name.
      facts.path = rule?.name === 'OsPackageVulnerability' ? 'os-pkgs' : (path ?? 'lang-pkgs');
      const fixed = line(v.message, 'Fixed Version') ?? line(rule?.helpText, 'Fixed Version');
      if (pkg !== undefined) facts.package = pkg;
      // Trivy writes 1:1 when it knows no line; a real lockfile line is never 1.
      if (v.region && !(v.region.startLine === 1 && (v.region.endLine ?? 1) === 1)) facts.line = v.region.startLine;
      if (installed !== undefined) facts.installedVersion = installed;
      if (fixed !== undefined) facts.fixedVersion = fixed;
      const fullTitle = title ?? rule?.fullDescription;
      if (fullTitle !== undefined) facts.title = fullTitle.split('\n', 1)[0] as string;
      message = vulnerabilityMessage(facts);
    } else if (kind === 'secret') {
      if (path !== undefined) facts.path = path;
      if (v.region) facts.line = v.region.startLine;
      const secretTitle = line(v.message, 'Secret') ?? title;
      if (secretTitle !== undefined) facts.title = secretTitle;
      facts.resolution = SECRET_RESOLUTION;
      message = `Secret ${id}${secretTitle ? ` (${secretTitle})` : ''} in ${path ?? 'unknown file'}${v.region ? `:${v.region.startLine}` : ''} (${severity}) — revoke and rotate it`;
    } else if (kind === 'license') {
      // Trivy's license rule id is "<package>:<license>"; package names may contain ':' (Maven).
      const cut = id.lastIndexOf(':');
      if (cut > 0) {
        facts.package = id.slice(0, cut);
        facts.id = id.slice(cut + 1);
      }
      // As in the JSON reader: an aggregated language target ("Java") is not a path.
      const filePath = line(v.message, ' Path');
      facts.path =
        (filePath !== undefined ? shape.relPath(filePath) : undefined) ?? (path !== undefined && !LANGUAGE_TARGETS.has(path) ? path : 'license');
      const classification = line(v.message, ' Classification') ?? line(v.message, 'Classification');
      facts.title = `License ${facts.id}${classification ? ` (${classification})` : ''}`;
      message = `${facts.title} in ${facts.package ?? facts.path} (${severity})`;
    } else {
      if (path !== undefined) facts.path = path;
      if (v.region) facts.line = v.region.startLine;
      if (title !== undefined) facts.title = title;
      const detail = line(v.message, 'Message');
      message = `${id}: ${detail ?? title ?? 'misconfiguration'} (${severity})`;
    }

    if (!builder.hasRule(facts.id)) {
      const secret = kind === 'secret';
      builder.rule({
        id: facts.id,
        ...(rule?.name ? { name: rule.name } : {}),
        shortDescription: facts.title ?? facts.id,
        // Trivy's fullDescription and help for secrets hold the Match line: never copied.
        fullDescription: secret ? `Secret detected by Trivy rule ${facts.id}.` : (rule?.fullDescription ?? facts.title ?? facts.id),
        // Vulnerability help is rebuilt too: Trivy's names one package although the rule covers all.
        helpText: secret
          ? `Secret ${facts.title ?? facts.id}\n${SECRET_RESOLUTION}.`
          : kind === 'vulnerability'
            ? `Vulnerability ${facts.id}: ${facts.title ?? ''}\n${rule?.fullDescription ?? ''}${rule?.helpUri ? `\nMore: ${rule.helpUri}` : ''}`
            : (rule?.helpText ?? facts.title ?? facts.id),
        ...(!secret && kind !== 'vulnerability' && rule?.helpMarkdown ? { helpMarkdown: rule.helpMarkdown } : {}),
        ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
        tags: [kind],
      });
    }
    builder.add({
      facts,
      ruleId: facts.id,
      message,
      ...(kind !== 'vulnerability' && kind !== 'license' ? { region: v.region ?? { startLine: 1 } } : {}),
      ...(kind === 'vulnerability' && facts.line !== undefined && v.region ? { region: v.region } : {}),
      ...(Number.isFinite(cvss) ? { cvssScore: cvss } : {}),
      ...(v.suppressions.length > 0 ? { suppressions: v.suppressions } : {}),
    });
  }
  return builder.build();
}
