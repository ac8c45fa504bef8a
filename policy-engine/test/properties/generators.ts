/**
 * fast-check generators of real-format reports (Trivy JSON, Gitleaks JSON, generic SARIF), policies
 * and ignore files for the gate's property tests. Values are drawn from small pools so that the
 * cases that matter happen often: the same CVE and package in two images or at two versions, the
 * same file with secrets on two lines, an ignore entry naming a neighbour of a finding.
 */
import fc from 'fast-check';

export const CVES = ['CVE-2024-0001', 'CVE-2024-0002', 'CVE-2024-0003'] as const;
export const PACKAGES = ['openssl', 'zlib', 'lodash'] as const;
export const VERSIONS = ['1.0.0', '1.0.1', '2.0.0'] as const;
export const IMAGES = ['registry.test/app:1', 'registry.test/app:2', 'registry.test/base:3'] as const;
export const LOCKFILES = ['package-lock.json', 'services/api/package-lock.json'] as const;
export const FILES = ['config/app.env', 'src/main.go', 'deploy/Dockerfile'] as const;
export const LINES = [3, 40] as const;
/** Paths that differ from FILES only in a way normalisation must keep apart (or resolve to the same file). */
export const PATH_VARIANTS = [...FILES, ' config/app.env', './config/app.env', 'x/../config/app.env', '../config/app.env', 'config\\app.env'] as const;

export const COMMITS = ['a1b2c3d4e5f6', 'f6e5d4c3b2a1'] as const;
export const SECRET_RULES = ['aws-access-key', 'github-pat'] as const;
export const MISCONFIG_IDS = ['DS-0002', 'DS-0026', 'KSV-0001'] as const;
export const SEVERITY_WORDS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export const SARIF_TOOLS = ['semgrep', 'checkov'] as const;

const severity = fc.constantFrom(...SEVERITY_WORDS);

const vulnerability = fc.record({
  VulnerabilityID: fc.constantFrom(...CVES),
  PkgName: fc.constantFrom(...PACKAGES),
  InstalledVersion: fc.constantFrom(...VERSIONS),
  FixedVersion: fc.option(fc.constant('9.9.9'), { nil: undefined }),
  Status: fc.constantFrom('fixed', 'affected', 'will_not_fix'),
  Severity: severity,
});

const misconfiguration = fc.record({
  ID: fc.constantFrom(...MISCONFIG_IDS),
  Title: fc.constant('A misconfiguration'),
  Message: fc.constant('Something is off'),
  Resolution: fc.constant('Fix it'),
  Severity: severity,
  Status: fc.constant('FAIL'),
  CauseMetadata: fc.record({ StartLine: fc.constantFrom(...LINES) }),
});

const trivySecret = fc.record({
  RuleID: fc.constantFrom(...SECRET_RULES),
  Category: fc.constant('General'),
  Title: fc.constant('A secret'),
  Severity: severity,
  StartLine: fc.constantFrom(...LINES),
  EndLine: fc.constantFrom(...LINES),
  Match: fc.constant('token = ********'),
});

/** One Trivy Result of a random class, with the fields Trivy writes for it. */
const trivyResult = fc.oneof(
  fc.record({ image: fc.constantFrom(...IMAGES), vulns: fc.array(vulnerability, { maxLength: 4 }) }).map(({ image, vulns }) => ({
    Target: `${image} (alpine 3.19.1)`,
    Class: 'os-pkgs',
    Type: 'alpine',
    Vulnerabilities: vulns,
  })),
  fc.record({ file: fc.constantFrom(...LOCKFILES), vulns: fc.array(vulnerability, { maxLength: 4 }) }).map(({ file, vulns }) => ({
    Target: file,
    Class: 'lang-pkgs',
    Type: 'npm',
    Vulnerabilities: vulns,
  })),
  fc.record({ file: fc.constantFrom(...FILES), misconfs: fc.array(misconfiguration, { maxLength: 3 }) }).map(({ file, misconfs }) => ({
    Target: file,
    Class: 'config',
    Type: 'dockerfile',
    Misconfigurations: misconfs,
  })),
  fc.record({ file: fc.constantFrom(...FILES), secrets: fc.array(trivySecret, { maxLength: 3 }) }).map(({ file, secrets }) => ({
    Target: file,
    Class: 'secret',
    Secrets: secrets,
  })),
);

export const trivyReport = fc.record({ image: fc.constantFrom(...IMAGES), results: fc.array(trivyResult, { maxLength: 3 }) }).map(({ image, results }) => ({
  SchemaVersion: 2,
  ArtifactName: image,
  ArtifactType: 'container_image',
  Results: results,
}));

const gitleaksFinding = fc
  .record({
    rule: fc.constantFrom(...SECRET_RULES),
    file: fc.constantFrom(...PATH_VARIANTS),
    line: fc.constantFrom(...LINES),
    commit: fc.option(fc.constantFrom(...COMMITS), { nil: undefined }),
    secret: fc.constantFrom('AKIAQWERTYUIOPASDFGH', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'),
  })
  .map(({ rule, file, line, commit, secret }) => ({
    RuleID: rule,
    Description: `Detected a ${rule}`,
    StartLine: line,
    EndLine: line,
    StartColumn: 1,
    EndColumn: 40,
    Match: `key = ${secret}`,
    Secret: secret,
    File: file,
    Commit: commit ?? '',
    Entropy: 4.5,
    Tags: [],
    Fingerprint: commit ? `${commit}:${file}:${rule}:${line}` : `${file}:${rule}:${line}`,
  }));

export const gitleaksReport = fc.array(gitleaksFinding, { maxLength: 4 });

const sarifSuppression = fc.constantFrom(
  { kind: 'inSource', justification: 'accepted in code review' },
  { kind: 'external', status: 'accepted', justification: 'accepted by security' },
  { kind: 'external', status: 'underReview' },
  { kind: 'inSource', status: 'rejected' },
);

const sarifResult = fc.record({
  ruleId: fc.constantFrom('rule-a', 'rule-b', 'pack-rule'),
  level: fc.option(fc.constantFrom('error', 'warning', 'note', 'none'), { nil: undefined }),
  score: fc.option(fc.constantFrom('9.8', '7.5', '5.0', '2.1'), { nil: undefined }),
  file: fc.constantFrom(...PATH_VARIANTS),
  line: fc.constantFrom(...LINES),
  suppressions: fc.array(sarifSuppression, { maxLength: 2 }),
});

/**
 * One run of a SARIF tool: its driver's rules, and a query pack in tool.extensions (CodeQL's layout)
 * whose `pack-rule` is an error that results reach through rule.toolComponent.
 */
const sarifRun = fc
  .record({ tool: fc.constantFrom(...SARIF_TOOLS), upper: fc.boolean(), results: fc.array(sarifResult, { maxLength: 4 }) })
  .map(({ tool, upper, results }) => ({
    tool: {
      driver: { name: upper ? tool[0]!.toUpperCase() + tool.slice(1) : tool, rules: [{ id: 'rule-a' }, { id: 'rule-b', defaultConfiguration: { level: 'error' } }] },
      extensions: [{ name: `${tool}/pack`, guid: `${tool}-pack-guid`, rules: [{ id: 'pack-rule', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.1' } }] }],
    },
    invocations: [{ executionSuccessful: true }],
    results: results.map((r) => ({
      ruleId: r.ruleId,
      ...(r.ruleId === 'pack-rule' ? { rule: { id: 'pack-rule', toolComponent: { guid: `${tool}-pack-guid` } } } : {}),
      ...(r.level !== undefined ? { level: r.level } : {}),
      message: { text: `${r.ruleId} in ${r.file}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: r.file.split('/').map(encodeURIComponent).join('/') }, region: { startLine: r.line } } }],
      ...(r.score ? { properties: { 'security-severity': r.score } } : {}),
      ...(r.suppressions.length > 0 ? { suppressions: r.suppressions } : {}),
    })),
  }));

/** A SARIF log with one run, or several runs of the same or different tools (one log given twice is a separate report). */
export const sarifLog = fc.array(sarifRun, { minLength: 1, maxLength: 3 }).map((runs) => ({ version: '2.1.0', runs }));

/** Gitleaks' own SARIF: raw file paths as URIs, the secret in the snippet, no level. */
export const gitleaksSarif = fc
  .array(fc.record({ rule: fc.constantFrom(...SECRET_RULES), file: fc.constantFrom(...PATH_VARIANTS), line: fc.constantFrom(...LINES), commit: fc.option(fc.constantFrom(...COMMITS), { nil: undefined }) }), { maxLength: 4 })
  .map((findings) => ({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gitleaks', semanticVersion: 'v8.0.0', rules: SECRET_RULES.map((id) => ({ id, shortDescription: { text: `Detected a ${id}` } })) } },
        results: findings.map((f) => ({
          message: { text: `${f.rule} has detected secret for file ${f.file}.` },
          ruleId: f.rule,
          locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: 1, endLine: f.line, endColumn: 40, snippet: { text: 'AKIAQWERTYUIOPASDFGH' } } } }],
          partialFingerprints: { commitSha: f.commit ?? '', email: '', author: '', date: '', commitMessage: '' },
        })),
      },
    ],
  }));

/** A report in one of the real formats, as the text a scanner writes. */
export const anyReport = fc.oneof(trivyReport, gitleaksReport, sarifLog, gitleaksSarif).map((report) => JSON.stringify(report));

const suppression = fc.oneof(
  fc.record({ id: fc.constantFrom(...CVES, ...MISCONFIG_IDS, ...SECRET_RULES) }),
  fc.record({ package: fc.constantFrom(...PACKAGES) }),
  fc.record({ id: fc.constantFrom(...CVES), package: fc.constantFrom(...PACKAGES) }),
  fc.record({ path: fc.constantFrom('config/**', '**/package-lock.json', 'deploy/*', 'src/main.go') }),
  fc.record({ id: fc.constantFrom(...SECRET_RULES), path: fc.constantFrom(...FILES), scanner: fc.constantFrom('gitleaks', 'trivy') }),
);

export const policyYaml = fc
  .record({
    suppressions: fc.array(suppression, { maxLength: 3 }),
    ignoreUnfixed: fc.boolean(),
    newFindingsOnly: fc.boolean(),
    blocking: fc.subarray(['CRITICAL', 'HIGH', 'MEDIUM'] as const, { minLength: 1 }),
  })
  .map(({ suppressions, ignoreUnfixed, newFindingsOnly, blocking }) =>
    JSON.stringify({
      version: 1,
      blockingSeverities: blocking,
      ignoreUnfixed,
      newFindingsOnly,
      suppressions: suppressions.map((s) => ({ ...s, reason: 'accepted for the property test' })),
    }),
  );

/** .trivyignore lines: ids, some with an expiry in the past or the future. */
export const trivyIgnore = fc
  .array(fc.record({ id: fc.constantFrom(...CVES, ...MISCONFIG_IDS), exp: fc.constantFrom('', ' exp:2020-01-01', ' exp:2099-01-01') }), { maxLength: 3 })
  .map((lines) => lines.map((l) => `${l.id}${l.exp}`).join('\n'));

/** .gitleaksignore lines: fingerprints of the forms Gitleaks writes, for the pooled findings. */
export const gitleaksIgnore = fc
  .array(
    fc
      .record({
        commit: fc.option(fc.constantFrom(...COMMITS), { nil: undefined }),
        file: fc.constantFrom(...FILES),
        rule: fc.constantFrom(...SECRET_RULES),
        line: fc.constantFrom(...LINES),
      })
      .map(({ commit, file, rule, line }) => (commit ? `${commit}:${file}:${rule}:${line}` : `${file}:${rule}:${line}`)),
    { maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));

/** A `.trivyignore.yaml` entry: an id, optionally narrowed to one package version by purl. */
export interface TrivyYamlEntry {
  id: string;
  purl?: { name: string; version: string };
  expired: boolean;
}

export const trivyIgnoreYaml = fc.array(
  fc.record({
    id: fc.constantFrom(...CVES),
    purl: fc.option(fc.record({ name: fc.constantFrom(...PACKAGES), version: fc.constantFrom(...VERSIONS) }), { nil: undefined }),
    expired: fc.boolean(),
  }),
  { maxLength: 3 },
);

export function trivyIgnoreYamlText(entries: readonly TrivyYamlEntry[]): string {
  const lines = ['vulnerabilities:'];
  for (const e of entries) {
    lines.push(`  - id: ${e.id}`, '    statement: accepted for the property test');
    if (e.purl) lines.push(`    purls:`, `      - pkg:npm/${e.purl.name}@${e.purl.version}`);
    lines.push(`    expired_at: ${e.expired ? '2020-01-01' : '2099-01-01'}`);
  }
  return entries.length === 0 ? '' : `${lines.join('\n')}\n`;
}
