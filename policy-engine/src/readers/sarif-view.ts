/**
 * A checked, flattened view of one result in a SARIF log from another producer, shared by the SARIF
 * readers. Only what normalization needs is extracted; in particular `region.snippet`,
 * `contextRegion` and code flows are never read, because Gitleaks (and others) put the raw secret there.
 */
import type { Suppression } from 'sarif';
import type { Region } from '../sarif/build.js';
import { REPORT_TEXT_MAX_CHARS } from '../limits.js';
import { parseScore } from '../sarif/severity.js';
import { KeySpelling, type Rec, type Shape, isRec, positive } from './shape.js';

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'note', 'none']);
/** Result kinds that are not failures (SARIF §3.27.9): the generic reader does not count them as findings. */
export const NOT_FAILURES: ReadonlySet<string> = new Set(['pass', 'notApplicable', 'informational']);
// SARIF keys are case-sensitive: a result's `Level` or a rule's `Properties` read as absent would
// make a finding milder than its producer said.
const RULE_KEYS = new KeySpelling(['id', 'name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties', 'messageStrings']);
const RESULT_KEYS = new KeySpelling(['ruleId', 'ruleIndex', 'rule', 'message', 'locations', 'level', 'kind', 'properties', 'partialFingerprints', 'suppressions']);

/** A SARIF level, or the JSON path's error: an unknown level must not become a mild one. */
export function level(shape: Shape, o: Rec, at: string): string | undefined {
  const value = shape.optString(o, 'level', at);
  return value === undefined || LEVELS.has(value) ? value : shape.fail(`${at}.level`, 'one of error, warning, note, none', value, true);
}

/** `security-severity` (GitHub's 0.0–10.0 score) from a property bag: NaN when absent, refused when not a score. */
function score(shape: Shape, properties: Rec, at: string): number {
  const value = properties['security-severity'];
  return parseScore(value) ?? shape.fail(`${at}.properties["security-severity"]`, 'a score from 0.0 to 10.0', value);
}

export interface RuleView {
  id: string;
  raw: Rec;
  name?: string | undefined;
  shortDescription?: string | undefined;
  fullDescription?: string | undefined;
  helpText?: string | undefined;
  helpMarkdown?: string | undefined;
  helpUri?: string | undefined;
  level?: string | undefined;
  /** security-severity, NaN when absent. */
  score: number;
  properties: Rec;
  tags: string[];
}

export interface ResultView {
  ruleId: string;
  rule: RuleView | undefined;
  message: string;
  /** Relative, encoded URI of the primary location. */
  uri: string | undefined;
  /** Plain relative path behind `uri`. */
  path: string | undefined;
  /** The primary location's own message (Trivy writes the path there as it read it). */
  locationText: string | undefined;
  region: Region | undefined;
  level: string | undefined;
  /** The result's security-severity, else its rule's; NaN when neither has one. */
  score: number;
  kind: string | undefined;
  properties: Rec;
  partialFingerprints: Record<string, string>;
  suppressions: Suppression[];
}

function text(shape: Shape, o: Rec | undefined, key: string, at: string): string | undefined {
  if (o === undefined) return undefined;
  const m = shape.optObject(o, key, at);
  return m ? shape.optString(m, 'text', `${at}.${key}`) : undefined;
}

export function viewRules(shape: Shape, component: Rec, at: string): RuleView[] {
  const rules = shape.array(component, 'rules', at);
  const views: RuleView[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rat = `${at}.rules[${i}]`;
    const r = shape.object(rules[i], rat);
    RULE_KEYS.check(shape, r, rat);
    const properties = shape.optObject(r, 'properties', rat) ?? {};
    const help = shape.optObject(r, 'help', rat);
    const config = shape.optObject(r, 'defaultConfiguration', rat);
    views.push({
      id: shape.string(r, 'id', rat),
      raw: r,
      name: shape.optString(r, 'name', rat),
      shortDescription: text(shape, r, 'shortDescription', rat),
      fullDescription: text(shape, r, 'fullDescription', rat),
      helpText: help ? shape.optString(help, 'text', `${rat}.help`) : undefined,
      helpMarkdown: help ? shape.optString(help, 'markdown', `${rat}.help`) : undefined,
      helpUri: shape.optString(r, 'helpUri', rat),
      level: config ? level(shape, config, `${rat}.defaultConfiguration`) : undefined,
      score: score(shape, properties, rat),
      properties,
      tags: Array.isArray(properties.tags) ? properties.tags.filter((t): t is string => typeof t === 'string') : [],
    });
  }
  return views;
}

/** One tool component (the driver or an extension such as a CodeQL query pack) and its rules. */
export interface ComponentView {
  name: string | undefined;
  guid: string | undefined;
  rules: RuleView[];
  byId: Map<string, RuleView>;
}

/**
 * Every rule a run defines: the driver's and each extension's (SARIF §3.19.3). CodeQL puts its
 * queries in `tool.extensions[i].rules` and points at them with `result.rule.toolComponent`, so a
 * reader that only knew the driver would read a critical query at SARIF's default level.
 */
export interface RuleCatalog {
  driver: ComponentView;
  extensions: ComponentView[];
}

function componentView(shape: Shape, component: Rec, at: string): ComponentView {
  const rules = viewRules(shape, component, at);
  const byId = new Map<string, RuleView>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return { name: shape.optString(component, 'name', at), guid: shape.optString(component, 'guid', at), rules, byId };
}

const LEVEL_RANK: Record<string, number> = { none: 0, note: 1, warning: 2, error: 3 };

/** The run's rule catalog, with `invocations[].ruleConfigurationOverrides` levels applied. */
export function viewCatalog(shape: Shape, run: Rec, driver: Rec, at: string): RuleCatalog {
  const tool = shape.object(run.tool, `${at}.tool`);
  const catalog: RuleCatalog = {
    driver: componentView(shape, driver, `${at}.tool.driver`),
    extensions: shape.array(tool, 'extensions', `${at}.tool`).map((e, i) => componentView(shape, shape.object(e, `${at}.tool.extensions[${i}]`), `${at}.tool.extensions[${i}]`)),
  };
  const overridden = new Map<RuleView, string>();
  const invocations = shape.array(run, 'invocations', at);
  for (let i = 0; i < invocations.length; i++) {
    const iat = `${at}.invocations[${i}]`;
    const invocation = shape.object(invocations[i], iat);
    const overrides = shape.array(invocation, 'ruleConfigurationOverrides', iat);
    for (let j = 0; j < overrides.length; j++) {
      const oat = `${iat}.ruleConfigurationOverrides[${j}]`;
      const o = shape.object(overrides[j], oat);
      const descriptor = shape.object(o.descriptor, `${oat}.descriptor`);
      const rule = resolveRule(shape, catalog, descriptor, undefined, undefined, `${oat}.descriptor`);
      const config = shape.optObject(o, 'configuration', oat);
      const value = config ? level(shape, config, `${oat}.configuration`) : undefined;
      if (rule === undefined || value === undefined) continue;
      // Two invocations that disagree: the more severe level stands.
      const before = overridden.get(rule);
      if (before === undefined || LEVEL_RANK[value]! > LEVEL_RANK[before]!) overridden.set(rule, value);
    }
  }
  for (const [rule, value] of overridden) rule.level = value;
  return catalog;
}

/** The component a toolComponentReference (§3.54) names: by index into extensions, else guid, else name. */
function resolveComponent(shape: Shape, catalog: RuleCatalog, ref: Rec | undefined, at: string): ComponentView {
  if (ref === undefined) return catalog.driver;
  const index = shape.optNumber(ref, 'index', at);
  const all = [catalog.driver, ...catalog.extensions];
  let found: ComponentView | undefined;
  if (index !== undefined) {
    found = Number.isInteger(index) && index >= 0 ? catalog.extensions[index] : undefined;
    if (found === undefined) shape.fail(`${at}.index`, `the index of one of the run's ${catalog.extensions.length} tool.extensions`, index);
    return found;
  }
  const guid = shape.optString(ref, 'guid', at);
  if (guid !== undefined) {
    found = all.find((c) => c.guid !== undefined && c.guid.toLowerCase() === guid.toLowerCase());
    return found ?? shape.fail(`${at}.guid`, "the guid of the run's driver or one of its extensions", guid);
  }
  const name = shape.optString(ref, 'name', at);
  if (name !== undefined) {
    found = all.find((c) => c.name === name);
    return found ?? shape.fail(`${at}.name`, "the name of the run's driver or one of its extensions", name);
  }
  return catalog.driver;
}

/**
 * The rule a result (or a configuration override) points at. A reference by index, or into a named
 * tool component, that does not resolve is refused: falling back would read the finding at
 * SARIF's default level, which may be far milder than the rule it meant.
 */
function resolveRule(shape: Shape, catalog: RuleCatalog, ref: Rec | undefined, ruleIndex: number | undefined, ruleId: string | undefined, at: string): RuleView | undefined {
  const componentRef = ref ? shape.optObject(ref, 'toolComponent', at) : undefined;
  const component = resolveComponent(shape, catalog, componentRef, `${at}.toolComponent`);
  const refIndex = ref ? shape.optNumber(ref, 'index', at) : undefined;
  const id = ruleId ?? (ref ? shape.optString(ref, 'id', at) : undefined);
  // -1 is SARIF's "not known" (§3.27.6, §3.52.5).
  const known = (n: number | undefined): number | undefined => (n === -1 ? undefined : n);
  const a = known(refIndex);
  const b = known(ruleIndex);
  if (a !== undefined && b !== undefined && a !== b) shape.fail(`${at}.index`, `the same index as ruleIndex (${b})`, a);
  const index = a ?? b;
  if (index !== undefined) {
    const rule = Number.isInteger(index) && index >= 0 ? component.rules[index] : undefined;
    if (rule === undefined) shape.fail(componentRef || a !== undefined ? `${at}.index` : `${at.replace(/\.rule$/, '')}.ruleIndex`, `the index of one of the ${component.rules.length} rules of its tool component`, index);
    // A hierarchical ruleId ("rule/sub", §3.27.5) still names the indexed rule.
    if (id === undefined || rule.id === id || id.startsWith(`${rule.id}/`)) return rule;
    return component.byId.get(id) ?? rule;
  }
  if (id === undefined) return undefined;
  if (componentRef !== undefined) {
    return component.byId.get(id) ?? shape.fail(`${at}.id`, 'the id of a rule of the tool component it names', id);
  }
  // No component named: the driver's rule, else an extension's (a result may omit the reference).
  return catalog.driver.byId.get(id) ?? catalog.extensions.map((c) => c.byId.get(id)).find((r) => r !== undefined);
}

/** `rawUris`: the producer writes plain file paths, not URIs, in artifactLocation.uri (Gitleaks). */
export function viewResult(shape: Shape, catalog: RuleCatalog, result: unknown, at: string, rawUris = false): ResultView {
  const r = shape.object(result, at);
  RESULT_KEYS.check(shape, r, at);
  const ruleIndex = shape.optNumber(r, 'ruleIndex', at);
  const ruleRef = shape.optObject(r, 'rule', at);
  let ruleId = shape.optString(r, 'ruleId', at) ?? (ruleRef ? shape.optString(ruleRef, 'id', `${at}.rule`) : undefined);
  const rule = resolveRule(shape, catalog, ruleRef, ruleIndex, ruleId, `${at}.rule`);
  ruleId ??= rule?.id ?? 'unknown-rule';

  const messageObj = shape.optObject(r, 'message', at);
  let message = messageObj ? (shape.optString(messageObj, 'text', `${at}.message`) ?? shape.optString(messageObj, 'markdown', `${at}.message`)) : undefined;
  if (message === undefined && messageObj && rule) {
    const id = shape.optString(messageObj, 'id', `${at}.message`);
    const strings = id ? rule.raw.messageStrings : undefined;
    const entry = isRec(strings) && id ? strings[id] : undefined;
    if (isRec(entry) && typeof entry.text === 'string') message = entry.text;
  }
  if (message !== undefined && messageObj && Array.isArray(messageObj.arguments)) {
    const args = messageObj.arguments;
    // Each placeholder may repeat a long argument: stop expanding at the report text limit (a 600 KB
    // result once expanded past V8's string limit).
    let budget = REPORT_TEXT_MAX_CHARS;
    message = message.replace(/\{(\d+)\}/g, (whole, n: string) => {
      const value = args[Number(n)];
      if (typeof value !== 'string' || budget <= 0) return typeof value === 'string' ? '' : whole;
      const piece = value.length > budget ? value.slice(0, budget) : value;
      budget -= piece.length;
      return piece;
    });
  }

  let uri: string | undefined;
  let path: string | undefined;
  let region: Region | undefined;
  let locationText: string | undefined;
  const locations = shape.array(r, 'locations', at);
  const first = locations[0];
  if (first !== undefined) {
    const lat = `${at}.locations[0]`;
    const loc = shape.object(first, lat);
    const locMessage = shape.optObject(loc, 'message', lat);
    if (locMessage) locationText = shape.optString(locMessage, 'text', `${lat}.message`);
    const physical = shape.optObject(loc, 'physicalLocation', lat);
    if (physical) {
      const pat = `${lat}.physicalLocation`;
      const artifact = shape.optObject(physical, 'artifactLocation', pat);
      const rawUri = artifact ? shape.optString(artifact, 'uri', `${pat}.artifactLocation`) : undefined;
      if (rawUri !== undefined) ({ uri, path } = shape.sarifUri(rawUri, !rawUris));
      const reg = shape.optObject(physical, 'region', pat);
      if (reg) {
        const startLine = positive(shape.optNumber(reg, 'startLine', `${pat}.region`));
        if (startLine !== undefined) {
          const endLine = positive(shape.optNumber(reg, 'endLine', `${pat}.region`));
          const startColumn = positive(shape.optNumber(reg, 'startColumn', `${pat}.region`));
          const endColumn = positive(shape.optNumber(reg, 'endColumn', `${pat}.region`));
          region = { startLine };
          if (endLine !== undefined && endLine >= startLine) region.endLine = endLine;
          if (startColumn !== undefined) region.startColumn = startColumn;
          if (endColumn !== undefined && (startColumn === undefined || endColumn >= startColumn || (region.endLine ?? startLine) > startLine)) {
            region.endColumn = endColumn;
          }
        }
      }
    }
  }

  const fingerprints: Record<string, string> = {};
  const pf = shape.optObject(r, 'partialFingerprints', at);
  if (pf) for (const [k, v] of Object.entries(pf)) if (typeof v === 'string' && k !== '__proto__') fingerprints[k] = v;

  const suppressions: Suppression[] = [];
  for (const [i, s] of shape.array(r, 'suppressions', at).entries()) {
    const sat = `${at}.suppressions[${i}]`;
    const sup = shape.object(s, sat);
    const kind = shape.string(sup, 'kind', sat);
    if (kind !== 'inSource' && kind !== 'external') shape.fail(`${sat}.kind`, '"inSource" or "external"', kind);
    const status = shape.optString(sup, 'status', sat);
    // An absent status means accepted (SARIF §3.35.3), so an unknown one must not be dropped into that.
    if (status !== undefined && status !== 'accepted' && status !== 'underReview' && status !== 'rejected') {
      shape.fail(`${sat}.status`, 'one of accepted, underReview, rejected', status, true);
    }
    const justification = shape.optString(sup, 'justification', sat);
    const props = shape.optObject(sup, 'properties', sat);
    suppressions.push({
      kind,
      ...(status !== undefined ? { status } : {}),
      ...(justification ? { justification } : {}),
      ...(props && props.srpOrigin === 'scanner' ? { properties: { srpOrigin: 'scanner' } } : {}),
    });
  }

  const properties = shape.optObject(r, 'properties', at) ?? {};
  const resultScore = score(shape, properties, at);
  const kind = shape.optString(r, 'kind', at);
  const ownLevel = level(shape, r, at);
  // SARIF §3.27.10: a result whose kind is not "fail" has level "none". One that says pass and error
  // contradicts itself, and reading it as a pass would drop an error-level finding.
  if (kind !== undefined && NOT_FAILURES.has(kind) && ownLevel !== undefined && ownLevel !== 'none') {
    shape.fail(`${at}.level`, `"none" or absent for a result of kind "${kind}" (SARIF §3.27.10)`, ownLevel, true);
  }
  return {
    ruleId,
    rule,
    message: message ?? ruleId,
    uri,
    path,
    locationText,
    region,
    level: ownLevel ?? rule?.level,
    score: Number.isNaN(resultScore) ? (rule?.score ?? Number.NaN) : resultScore,
    kind,
    properties,
    partialFingerprints: fingerprints,
    suppressions,
  };
}
