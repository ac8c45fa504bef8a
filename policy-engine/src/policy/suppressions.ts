/**
 * Every way a finding can be accepted — policy suppressions, .trivyignore, .gitleaksignore, and
 * suppressions already present in an input SARIF log — compiled once into one matcher.
 * Lookups are indexed by id and fingerprint so 100k findings against thousands of ignore lines
 * stay linear; path globs are compiled once, never per finding.
 */
import { findingLocation } from '../sarif/location.js';
import { FINGERPRINT_KEY, type FindingFacts, type FindingKind, type NormalizedResult } from '../sarif/model.js';
import { isExpired } from './dates.js';
import { gitleaksFingerprintForms } from './gitleaksignore.js';
import { compileGlob, type CompiledGlob } from './glob.js';
import type { IgnorePackage, IgnoreFile } from './ignore-types.js';
import type { PolicySuppression } from './policy-types.js';
import type { AppliedSuppression, SuppressionRef } from './verdict.js';

interface CompiledSuppression {
  ref: SuppressionRef;
  order: number;
  expired: boolean;
  ids?: string[];
  fingerprint?: string;
  /** Policy `package`: the name exactly as reported, any version. */
  packageName?: string;
  /** .trivyignore.yaml purls. */
  packages?: IgnorePackage[];
  globs?: CompiledGlob[];
  /** .trivyignore.yaml paths also match the Trivy target, as Trivy matches Target or PkgPath. */
  globsMatchTarget?: boolean;
  scanner?: string;
  kind?: FindingKind;
  matched: number;
  /** Last match() call that considered it (see match()). */
  stamp?: number;
}

export interface SuppressionReport {
  applied: AppliedSuppression[];
  expired: AppliedSuppression[];
  unused: SuppressionRef[];
}

function describePolicySuppression(s: PolicySuppression): string {
  const parts: string[] = [];
  if (s.id) parts.push(s.id);
  if (s.fingerprint) parts.push(`fingerprint=${s.fingerprint}`);
  if (s.package) parts.push(`package=${s.package}`);
  if (s.path) parts.push(`path=${s.path}`);
  if (s.scanner) parts.push(`scanner=${s.scanner}`);
  return parts.join(' ');
}

function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) (base as Record<string, unknown>)[key] = value;
  return base;
}

export class SuppressionMatcher {
  private readonly all: CompiledSuppression[] = [];
  private readonly byId = new Map<string, CompiledSuppression[]>();
  private readonly byFingerprint = new Map<string, CompiledSuppression[]>();
  /** Policy suppressions whose first matcher is a package name. */
  private readonly byPackage = new Map<string, CompiledSuppression[]>();
  /** Path-only suppressions by a whole path segment their glob spells out literally. */
  private readonly bySegment = new Map<string, CompiledSuppression[]>();
  /** Path-only suppressions whose glob has no literal segment (`**\/*.md`): tried on every location. */
  private readonly wildcardPaths: CompiledSuppression[] = [];
  /** In-report SARIF suppressions, grouped by their justification for the verdict. */
  private readonly fromReports = new Map<string, AppliedSuppression>();
  private matchCalls = 0;

  constructor(
    policySuppressions: readonly PolicySuppression[],
    policyFile: string,
    ignoreFiles: readonly IgnoreFile[],
    now: Date,
    private readonly honorReportSuppressions: boolean,
  ) {
    for (const s of policySuppressions) {
      const ref = withOptional<SuppressionRef>(
        { id: describePolicySuppression(s), reason: s.reason, source: 'policy' },
        { expires: s.expires, file: policyFile === 'default' ? undefined : policyFile },
      );
      this.add(
        withOptional<CompiledSuppression>(this.base(ref, now), {
          // Policy ids are compared case-insensitively: people write cve-2024-1 and mean CVE-2024-1.
          ids: s.id ? suppressionIdKeys(s.id, false) : undefined,
          fingerprint: s.fingerprint,
          packageName: s.package,
          globs: s.path ? [compileGlob(s.path)] : undefined,
          scanner: s.scanner?.toLowerCase(),
        }),
      );
    }
    for (const ignore of ignoreFiles) {
      for (const entry of ignore.entries) {
        const label = entry.id ?? entry.fingerprint ?? '';
        const ref = withOptional<SuppressionRef>(
          { id: entry.paths ? `${label} paths=${entry.paths.join(',')}` : label, reason: entry.reason, source: ignore.source },
          { expires: entry.expires, file: ignore.file },
        );
        this.add(
          withOptional<CompiledSuppression>(this.base(ref, now), {
            // Ignore files are compared as their scanner compares them: exactly (Trivy 0.74 does
            // not ignore ds-0002 for DS-0002), so srp never suppresses what the scanner would report.
            ids: entry.id ? suppressionIdKeys(entry.id, true) : undefined,
            fingerprint: entry.fingerprint,
            packages: entry.packages,
            globs: entry.paths?.map(compileGlob),
            globsMatchTarget: entry.paths ? true : undefined,
            scanner: ignore.scanner,
            kind: entry.kind,
          }),
        );
      }
    }
  }

  private base(ref: SuppressionRef, now: Date): CompiledSuppression {
    return { ref, order: this.all.length, expired: ref.expires ? isExpired(ref.expires, now) : false, matched: 0 };
  }

  private add(s: CompiledSuppression): void {
    this.all.push(s);
    if (s.ids) {
      for (const id of s.ids) push(this.byId, id, s);
    } else if (s.fingerprint) {
      push(this.byFingerprint, s.fingerprint, s);
    } else if (s.packageName !== undefined) {
      push(this.byPackage, s.packageName, s);
    } else {
      // Only a policy `path` is left (the schema requires a matcher); one glob.
      // Index it under its longest literal segment: a location without that segment cannot match.
      const segments = s.globs?.[0]?.literalSegments ?? [];
      const key = segments.reduce<string | undefined>((best, seg) => (best === undefined || seg.length > best.length ? seg : best), undefined);
      if (key !== undefined) push(this.bySegment, key, s);
      else this.wildcardPaths.push(s);
    }
  }

  /** The suppression that accepts this finding, if any; counts matches for the verdict. */
  match(result: NormalizedResult): SuppressionRef | undefined {
    return this.find(result, true);
  }

  /**
   * What match() would answer for this finding, without counting it: decided on this finding's
   * own facts, so a copy of a suppressed finding is never suppressed by association.
   */
  peek(result: NormalizedResult): SuppressionRef | undefined {
    return this.find(result, false);
  }

  private find(result: NormalizedResult, count: boolean): SuppressionRef | undefined {
    // No policy suppression and no ignore file (the default policy): only the report's own can apply.
    if (this.all.length === 0) return this.honorReportSuppressions ? this.fromReport(result, count) : undefined;
    const facts = result.properties.srp;
    let winner: CompiledSuppression | undefined;
    let location: { value: string | undefined } | undefined;
    const where = (): string | undefined => (location ??= { value: findingLocation(facts) }).value;
    const consider = (candidates: CompiledSuppression[] | undefined): void => {
      if (!candidates) return;
      for (const s of candidates) {
        if (!matches(s, facts, result, where)) continue;
        if (count) s.matched++;
        if (!s.expired && (winner === undefined || s.order < winner.order)) winner = s;
      }
    };
    if (this.byId.size > 0) {
      // A suppression is indexed under each of its keys (DS002 and ~DS-2): reached through two
      // keys of one finding it must still be counted once, hence the per-call stamp.
      const stamp = ++this.matchCalls;
      for (const key of findingKeys(facts, result)) {
        const candidates = this.byId.get(key);
        if (!candidates) continue;
        for (const c of candidates) {
          if (c.stamp === stamp) continue;
          c.stamp = stamp;
          consider([c]);
        }
      }
    }
    if (this.byFingerprint.size > 0) {
      for (const key of fingerprintKeys(result, facts)) consider(this.byFingerprint.get(key));
    }
    if (this.byPackage.size > 0 && facts.package !== undefined) consider(this.byPackage.get(facts.package));
    if (this.bySegment.size > 0 || this.wildcardPaths.length > 0) {
      const place = where();
      if (place !== undefined) {
        if (this.bySegment.size > 0) {
          for (const segment of new Set(place.split('/'))) consider(this.bySegment.get(segment));
        }
        consider(this.wildcardPaths);
      }
    }
    if (winner) return winner.ref;
    return this.honorReportSuppressions ? this.fromReport(result, count) : undefined;
  }

  private fromReport(result: NormalizedResult, count: boolean): SuppressionRef | undefined {
    const suppressions = result.suppressions;
    if (!suppressions || suppressions.length === 0) return undefined;
    // SARIF: a suppression whose status is absent counts as accepted; underReview and rejected do not,
    // and one of those on the result outweighs any accepted one (a reviewer rejected the exemption).
    if (suppressions.some((s) => s.status === 'underReview' || s.status === 'rejected')) return undefined;
    const accepted = suppressions.find((s) => s.status === undefined || s.status === 'accepted');
    if (!accepted) return undefined;
    const reason = accepted.justification?.trim() || `suppressed in the report (${accepted.kind})`;
    const key = `${accepted.kind}\u0000${reason}`;
    let applied = this.fromReports.get(key);
    if (!applied) {
      applied = { id: `report ${accepted.kind} suppression`, reason, source: 'sarif', matched: 0 };
      this.fromReports.set(key, applied);
    }
    if (count) applied.matched++;
    return applied;
  }

  report(): SuppressionReport {
    const applied: AppliedSuppression[] = [];
    const expired: AppliedSuppression[] = [];
    const unused: SuppressionRef[] = [];
    for (const s of this.all) {
      if (s.expired) expired.push({ ...s.ref, matched: s.matched });
      else if (s.matched > 0) applied.push({ ...s.ref, matched: s.matched });
      else unused.push(s.ref);
    }
    for (const s of this.fromReports.values()) applied.push({ ...s });
    return { applied, expired, unused };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function fingerprintKeys(result: NormalizedResult, facts: FindingFacts): string[] {
  const keys = [result.partialFingerprints[FINGERPRINT_KEY]];
  if (facts.nativeFingerprint) keys.push(...gitleaksFingerprintForms(facts.nativeFingerprint, facts));
  // Gitleaks SARIF carries no Fingerprint field; its file:rule:line form is still known.
  if (facts.scanner === 'gitleaks' && facts.path && facts.line !== undefined) {
    keys.push(`${facts.path}:${facts.id}:${facts.line}`);
  }
  return keys.length === 1 ? keys : [...new Set(keys)];
}

/**
 * Trivy names one misconfiguration check several ways across versions (DS-0002, DS002, AVD-DS-0002)
 * and its own ignore file accepts all of them (checked with trivy 0.74). The canonical form `~DS-2`
 * lets any of them match. Only ids shaped PREFIX[-]DIGITS qualify, so CVEs, GHSAs and licences do not.
 */
export function canonicalCheckId(id: string): string | undefined {
  const match = /^(?:AVD-)?([A-Z][A-Z0-9]*?)-?(\d{3,4})$/.exec(id.toUpperCase());
  return match ? `~${match[1]}-${Number(match[2])}` : undefined;
}

/** Lookup keys of a suppression id: `e:` exact (ignore files) or `i:` case-insensitive (policy). */
function suppressionIdKeys(id: string, exact: boolean): string[] {
  const canonical = canonicalCheckId(id);
  if (exact) return canonical && id === id.toUpperCase() ? [`e:${id}`, `e:${canonical}`] : [`e:${id}`];
  return canonical ? [`i:${id.toLowerCase()}`, `i:${canonical}`] : [`i:${id.toLowerCase()}`];
}

// Ids repeat across findings (one CVE, many packages): compute each distinct id's keys once.
const keyCache = new Map<string, { plain: string[]; check: string[] }>();
function findingIdKeys(id: string): { plain: string[]; check: string[] } {
  let keys = keyCache.get(id);
  if (keys === undefined) {
    const canonical = canonicalCheckId(id);
    keys = {
      plain: [`e:${id}`, `i:${id.toLowerCase()}`],
      // Exact-case canonical key only when the id itself is written the way Trivy writes it.
      check: canonical ? [...(id === id.toUpperCase() ? [`e:${canonical}`] : []), `i:${canonical}`] : [],
    };
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(id, keys);
  }
  return keys;
}

/** Keys a finding answers to: its id, its rule id, aliases, and for Trivy checks their other names. */
function findingKeys(facts: FindingFacts, result: NormalizedResult): string[] {
  const ids = [facts.id, result.ruleId];
  // `aliases` is optional in the model; read defensively so older readers' facts still work.
  const aliases = (facts as { aliases?: unknown }).aliases;
  if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') ids.push(alias);
  const isTrivyCheck = facts.scanner === 'trivy' && facts.kind === 'misconfiguration';
  const keys: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (ids.indexOf(id) !== i) continue;
    const k = findingIdKeys(id);
    for (const key of k.plain) if (!keys.includes(key)) keys.push(key);
    if (isTrivyCheck) for (const key of k.check) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Trivy's OS-package results: the `os-pkgs` placeholder, or a target decorated "(family version)" (k8s). */
function isOsPackage(facts: FindingFacts): boolean {
  return facts.path === 'os-pkgs' || targetOs(facts.target) !== undefined;
}

/**
 * The distribution Trivy names in an OS target, "image (family version)": an OS purl's namespace is
 * that family, and its `distro` qualifier the version (apk, `3.19.2`) or `family-version` (deb, rpm).
 */
function targetOs(target: string | undefined): { family: string; version: string } | undefined {
  const os = target === undefined ? null : /\(([a-z.-]+) ([\w.-]+)\)$/i.exec(target);
  return os ? { family: (os[1] as string).toLowerCase(), version: os[2] as string } : undefined;
}

/**
 * A purl names one package the way Trivy's purl.Match does (pkg/purl/purl.go, v0.74.0): the name as
 * Trivy reports it for that type, the version when the purl has one (with its epoch qualifier for
 * rpm), and OS purl types (apk, deb, rpm) only for OS packages, language types only for the rest.
 */
function purlMatches(p: IgnorePackage, facts: FindingFacts): boolean {
  if (p.uncheckable || facts.package !== p.name || p.osPackage !== isOsPackage(facts)) return false;
  if (p.osFamily !== undefined || p.distro !== undefined) {
    const os = targetOs(facts.target);
    if (!os) return false; // cannot tell which distribution: Trivy compares it, so no match
    if (p.osFamily !== undefined && p.osFamily !== os.family) return false;
    if (p.distro !== undefined && p.distro !== os.version && p.distro !== `${os.family}-${os.version}`) return false;
  }
  if (p.version === undefined) return true;
  const installed = facts.installedVersion;
  return installed === p.version || (p.epoch !== undefined && installed === `${p.epoch}:${p.version}`);
}

function matches(
  s: CompiledSuppression,
  facts: FindingFacts,
  result: NormalizedResult,
  where: () => string | undefined,
): boolean {
  if (s.scanner !== undefined && s.scanner !== facts.scanner) return false;
  if (s.kind !== undefined && s.kind !== facts.kind) return false;
  if (s.ids && !findingKeys(facts, result).some((key) => s.ids?.includes(key))) return false;
  if (s.fingerprint !== undefined && !fingerprintKeys(result, facts).includes(s.fingerprint)) return false;
  if (s.packageName !== undefined && s.packageName !== facts.package) return false;
  if (s.packages && !s.packages.some((p) => purlMatches(p, facts))) return false;
  if (s.globs) {
    // A glob sees the location the summaries show under "Where", never a placeholder path.
    const place = where();
    const hit = (subject: string | undefined): boolean =>
      subject !== undefined && subject !== '' && (s.globs?.some((g) => g.matches(subject)) ?? false);
    if (!hit(place) && !(s.globsMatchTarget && facts.target !== place && hit(facts.target))) return false;
  }
  return true;
}
