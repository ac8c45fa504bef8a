/**
 * Builds normalized runs: every reader hands facts + a message here, and this module alone decides
 * level, security-severity, locations, rule bookkeeping and fingerprints, so all formats agree.
 */
import type { Location, ReportingDescriptor, Suppression } from 'sarif';
import { boundFacts, boundField, boundText } from './bounds.js';
import { FingerprintCounter, type FingerprintGroup } from './fingerprint.js';
import { FINGERPRINT_KEY, type FindingFacts, type NormalizedResult, type NormalizedRun, type Severity } from './model.js';
import { type Level, parseScore, securitySeverity, severityRank, severityToLevel } from './severity.js';
import { pathToUri } from './uri.js';
import { REPORT_FIELD_MAX_CHARS } from '../limits.js';

export interface DriverInfo {
  /** Lower-case tool name: it becomes FindingFacts.scanner and the run's identity. */
  name: string;
  fullName?: string;
  version?: string;
  informationUri?: string;
}

export interface RuleInput {
  id: string;
  /** PascalCase rule kind name, e.g. 'OsPackageVulnerability'. */
  name?: string;
  shortDescription: string;
  fullDescription?: string;
  helpText: string;
  helpMarkdown?: string;
  /**
   * Instead of helpText/helpMarkdown: an object that renders them when read (see LazyHelp). Used
   * where a report can carry 100k rules of which the SARIF writer keeps at most 25k.
   */
  help?: LazyHelp;
  helpUri?: string;
  /** Not modified after the call: rules registered with the same array share one frozen tag list. */
  tags?: readonly string[];
}

/**
 * Rule help rendered on demand: `text`/`markdown` are getters, and `toJSON()` returns the same
 * `{ text, markdown? }` a plain help object would serialize to, so JSON.stringify (which the SARIF
 * writer uses for rules) writes identical bytes. Readers of a descriptor's `help` may read
 * `.text`/`.markdown` or serialize it; they must not spread it or list its keys (it has none of
 * its own). Why: a 100k-CVE report registers 100k rules, each with two multi-part help strings,
 * while the SARIF log keeps at most 25k rules; building them all cost ~0.4 s CPU (mostly GC).
 */
export abstract class LazyHelp {
  abstract get text(): string;
  abstract get markdown(): string | undefined;

  toJSON(): { text: string; markdown?: string } {
    const markdown = this.markdown;
    return markdown ? { text: this.text, markdown } : { text: this.text };
  }
}

/**
 * A result message rendered when it is read, like LazyHelp: a 600k-finding report keeps 600k
 * results for the verdict, but the SARIF log writes at most 25k of them and the other outputs
 * fewer; 600k built messages held ~180 MB. `text` and JSON.stringify give the same as
 * `{ text: boundText(render(from)) }`; never spread it or list its keys.
 */
export class LazyMessage<T> {
  readonly #render: (from: T) => string;
  readonly #from: T;

  constructor(render: (from: T) => string, from: T) {
    this.#render = render;
    this.#from = from;
  }

  get text(): string {
    return boundText(this.#render(this.#from));
  }

  toJSON(): { text: string } {
    return { text: this.text };
  }
}

export interface Region {
  startLine: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface ResultInput {
  facts: FindingFacts;
  /** Defaults to facts.id. */
  ruleId?: string;
  message: string | LazyMessage<FindingFacts>;
  region?: Region;
  /** Already relative and encoded; defaults to the encoded facts.path. */
  uri?: string;
  /** A CVSS score to use as security-severity when it agrees with the severity band. */
  cvssScore?: number;
  /** security-severity given by a foreign SARIF producer, kept as is when present. */
  securitySeverity?: string;
  suppressions?: Suppression[];
  /** The fingerprint a SARIF log we wrote already carries (re-reading keeps identities stable). */
  fingerprint?: string;
  /** Other tools' partial fingerprints worth keeping (never anything secret). */
  otherFingerprints?: Record<string, string>;
  baselineState?: NormalizedResult['baselineState'];
}

interface RuleState extends FingerprintGroup {
  descriptor: ReportingDescriptor;
  index: number;
  severity: Severity;
  score: number;
  scoreText: string | undefined;
}

export class RunBuilder {
  private readonly rules = new Map<string, RuleState>();
  private readonly ruleList: ReportingDescriptor[] = [];
  private readonly results: NormalizedResult[] = [];
  private readonly fingerprints = new FingerprintCounter();
  private readonly uriCache = new Map<string, string | undefined>();
  private readonly locationCache = new Map<string, Location[]>();
  // The rule last looked up or registered: readers call hasRule(id), maybe rule(), then add() for the
  // same id, so add() finds it here instead of hashing the id into a 100k-entry Map a second time.
  private lastId: string | undefined;
  private lastRule: RuleState | undefined;
  private missId: string | undefined;

  /**
   * `fallbackUri`: where results without any location are placed (the report file itself). GitHub
   * code scanning refuses results without a location (Multitool GH1015/GH1017/GH2012).
   */
  private readonly driver: DriverInfo;

  constructor(
    driver: DriverInfo,
    private readonly fallbackUri?: string,
  ) {
    this.driver = { ...driver, name: boundField(driver.name) };
  }

  get scanner(): string {
    return this.driver.name;
  }

  hasRule(id: string): boolean {
    const rule = this.rules.get(id);
    if (rule === undefined) {
      this.missId = id;
      return false;
    }
    this.lastId = id;
    this.lastRule = rule;
    return true;
  }

  /** Registers a rule once; later calls with the same id are ignored (first description wins). */
  rule(input: RuleInput): void {
    if (input.id.length > REPORT_FIELD_MAX_CHARS) input = { ...input, id: boundField(input.id) };
    // A miss hasRule() just reported for this id is still a miss: every registration goes through
    // here and clears it. Saves a second lookup in a Map of up to one entry per CVE.
    if (input.id !== this.missId && this.rules.has(input.id)) return;
    this.missId = undefined;
    // No object spreads here: one rule per CVE means tens of thousands of calls on big reports, and
    // spread literals take V8's slow generic path.
    const tags = ruleTags(input.tags);
    let help: { text: string; markdown?: string } | LazyHelp;
    if (input.help !== undefined) {
      help = input.help;
    } else {
      help = { text: boundText(input.helpText) };
      if (input.helpMarkdown) help.markdown = boundText(input.helpMarkdown);
    }
    const descriptor: ReportingDescriptor = {
      id: input.id,
      shortDescription: { text: oneLine(boundText(input.shortDescription || input.id)) },
      fullDescription: { text: boundText(input.fullDescription || input.shortDescription || input.id) },
      help,
      properties: { tags, precision: 'very-high' },
    };
    if (input.name) descriptor.name = input.name;
    if (input.helpUri) descriptor.helpUri = input.helpUri;
    const state: RuleState = { descriptor, index: this.ruleList.length, severity: 'UNKNOWN', score: Number.NaN, scoreText: undefined, firstFingerprintKey: undefined };
    this.rules.set(input.id, state);
    this.ruleList.push(descriptor);
    this.lastId = input.id;
    this.lastRule = state;
  }

  add(input: ResultInput): NormalizedResult {
    const facts = input.facts;
    boundFacts(facts);
    const ruleId = boundField(input.ruleId ?? facts.id);
    let rule = ruleId === this.lastId ? this.lastRule : this.rules.get(ruleId);
    if (rule === undefined) {
      this.rule({ id: ruleId, shortDescription: facts.title ?? ruleId, helpText: facts.title ?? ruleId });
      rule = this.rules.get(ruleId) as RuleState;
    }
    const isSecret = facts.kind === 'secret';
    const score = input.securitySeverity ?? securitySeverity(facts.severity, input.cvssScore);
    if (rule.severity !== facts.severity || rule.scoreText !== score || rule.descriptor.defaultConfiguration === undefined) {
      this.raiseRule(rule, facts.severity, score, isSecret);
    }

    // One literal per object, same key order every time: this runs once per finding (100k+ on big
    // images), and stable shapes without later property additions keep V8 fast and GC light.
    const uri = input.uri ?? this.uriFor(facts.path) ?? this.fallbackUri;
    // The rule of facts.id keeps that id's first fingerprint key. ruleId is facts.id unless a reader
    // says otherwise (a foreign or edited SARIF log); then the id's rule, if there is one yet.
    const fingerprint = input.fingerprint ?? this.fingerprints.next(facts, ruleId === facts.id ? rule : this.rules.get(facts.id));
    const result: NormalizedResult = {
      ruleId,
      ruleIndex: rule.index,
      level: severityToLevel(facts.severity, isSecret),
      message: typeof input.message === 'string' ? { text: boundText(input.message) } : input.message,
      locations:
        uri === undefined
          ? undefined
          : input.region
            ? [{ physicalLocation: { artifactLocation: { uri }, region: input.region } }]
            : this.sharedLocation(uri),
      partialFingerprints: input.otherFingerprints
        ? { ...input.otherFingerprints, [FINGERPRINT_KEY]: fingerprint }
        : // FINGERPRINT_KEY spelled out: a computed key costs a runtime call per literal in V8's first tiers.
          { 'srp/v1': fingerprint },
      properties: score === undefined ? { srp: facts } : { srp: facts, 'security-severity': score },
    };
    if (uri === undefined) delete result.locations;
    if (input.suppressions && input.suppressions.length > 0) result.suppressions = input.suppressions;
    if (input.baselineState) result.baselineState = input.baselineState;
    this.results.push(result);
    return result;
  }

  build(): NormalizedRun {
    const driver: NormalizedRun['tool']['driver'] = {
      name: this.driver.name,
      ...(this.driver.fullName ? { fullName: this.driver.fullName } : {}),
      ...(this.driver.version ? { version: this.driver.version } : {}),
      ...(this.driver.informationUri ? { informationUri: this.driver.informationUri } : {}),
      rules: this.ruleList,
    };
    return { tool: { driver }, results: this.results, columnKind: 'utf16CodeUnits' };
  }

  /** A rule's level and security-severity follow its worst result (GitHub reads them from the rule). */
  private raiseRule(rule: RuleState, severity: Severity, score: string | undefined, isSecret: boolean): void {
    // Our own band or CVSS text, always a valid score.
    const numeric = parseScore(score) ?? Number.NaN;
    const worse = severityRank(severity) > severityRank(rule.severity);
    if (worse || rule.descriptor.defaultConfiguration === undefined) {
      rule.severity = worse ? severity : rule.severity;
      rule.descriptor.defaultConfiguration = LEVEL_CONFIG[severityToLevel(rule.severity, isSecret)];
    }
    if (score !== undefined && (Number.isNaN(rule.score) || numeric > rule.score)) {
      rule.score = numeric;
      rule.scoreText = score;
      (rule.descriptor.properties as Record<string, unknown>)['security-severity'] = score;
    }
  }

  /**
   * Results without a region (package vulnerabilities, licenses) at the same URI share one frozen
   * location array: on a 100k-finding image that saves 400k objects. Frozen, so a stage that tried to
   * edit one result's location in place would fail loudly instead of editing them all.
   */
  private sharedLocation(uri: string): Location[] {
    let locations = this.locationCache.get(uri);
    if (locations === undefined) {
      locations = deepFreeze([{ physicalLocation: { artifactLocation: { uri } } }]);
      this.locationCache.set(uri, locations);
    }
    return locations;
  }

  private uriFor(path: string | undefined): string | undefined {
    if (path === undefined) return undefined;
    let uri = this.uriCache.get(path);
    if (uri === undefined && !this.uriCache.has(path)) {
      uri = pathToUri(path);
      this.uriCache.set(path, uri);
    }
    return uri;
  }
}

/**
 * Rule sub-objects that are the same for thousands of rules are shared and frozen (fewer objects for
 * the GC to copy on 100k-rule reports); frozen, so an in-place edit fails loudly instead of changing
 * every rule. raiseRule replaces defaultConfiguration, never edits it.
 */
const LEVEL_CONFIG: Record<Level, { level: Level }> = {
  error: Object.freeze({ level: 'error' }),
  warning: Object.freeze({ level: 'warning' }),
  note: Object.freeze({ level: 'note' }),
  none: Object.freeze({ level: 'none' }),
};

// Keyed by the caller's tag array: readers pass module constants for the per-CVE rules.
const TAGS_CACHE = new WeakMap<readonly string[], string[]>();
const SECURITY_ONLY: string[] = Object.freeze(['security']) as unknown as string[];

/** 'security' followed by the rule's own tags. */
function ruleTags(input: readonly string[] | undefined): string[] {
  if (input === undefined) return SECURITY_ONLY;
  let tags = TAGS_CACHE.get(input);
  if (tags === undefined) {
    tags = ['security'];
    for (const tag of input) tags.push(tag);
    Object.freeze(tags);
    TAGS_CACHE.set(input, tags);
  }
  return tags;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function oneLine(text: string): string {
  const i = text.indexOf('\n');
  return i === -1 ? text : text.slice(0, i);
}

/** The SARIF log envelope around normalized runs. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
