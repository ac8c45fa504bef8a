/**
 * A checked, flattened view of one result in a SARIF log from another producer, shared by the SARIF
 * readers. Only what normalization needs is extracted; in particular `region.snippet`,
 * `contextRegion` and code flows are never read, because Gitleaks (and others) put the raw secret there.
 */
import type { Suppression } from 'sarif';
import type { Region } from '../sarif/build.js';
import { parseScore } from '../sarif/severity.js';
import { KeySpelling, type Rec, type Shape, isRec, positive } from './shape.js';

const LEVELS = new Set(['error', 'warning', 'note', 'none']);
// SARIF keys are case-sensitive: a result's `Level` or a rule's `Properties` read as absent would
// make a finding milder than its producer said.
const RULE_KEYS = new KeySpelling(['id', 'name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties', 'messageStrings']);
const RESULT_KEYS = new KeySpelling(['ruleId', 'ruleIndex', 'rule', 'message', 'locations', 'level', 'kind', 'properties', 'partialFingerprints', 'suppressions']);

/** A SARIF level, or the JSON path's error: an unknown level must not become a mild one. */
function level(shape: Shape, o: Rec, at: string): string | undefined {
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

export function viewRules(shape: Shape, driver: Rec, at: string): RuleView[] {
  const rules = shape.array(driver, 'rules', at);
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

export function viewResult(shape: Shape, rules: RuleView[], byId: Map<string, RuleView>, result: unknown, at: string): ResultView {
  const r = shape.object(result, at);
  RESULT_KEYS.check(shape, r, at);
  const ruleIndex = shape.optNumber(r, 'ruleIndex', at);
  const ruleRef = shape.optObject(r, 'rule', at);
  let ruleId = shape.optString(r, 'ruleId', at) ?? (ruleRef ? shape.optString(ruleRef, 'id', `${at}.rule`) : undefined);
  let rule = ruleIndex !== undefined && ruleIndex >= 0 ? rules[ruleIndex] : undefined;
  if (rule !== undefined && ruleId !== undefined && rule.id !== ruleId) rule = undefined;
  if (rule === undefined && ruleId !== undefined) rule = byId.get(ruleId);
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
    message = message.replace(/\{(\d+)\}/g, (whole, n: string) => {
      const value = args[Number(n)];
      return typeof value === 'string' ? value : whole;
    });
  }

  let uri: string | undefined;
  let path: string | undefined;
  let region: Region | undefined;
  const locations = shape.array(r, 'locations', at);
  const first = locations[0];
  if (first !== undefined) {
    const lat = `${at}.locations[0]`;
    const loc = shape.object(first, lat);
    const physical = shape.optObject(loc, 'physicalLocation', lat);
    if (physical) {
      const pat = `${lat}.physicalLocation`;
      const artifact = shape.optObject(physical, 'artifactLocation', pat);
      const rawUri = artifact ? shape.optString(artifact, 'uri', `${pat}.artifactLocation`) : undefined;
      if (rawUri !== undefined) ({ uri, path } = shape.sarifUri(rawUri));
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
  return {
    ruleId,
    rule,
    message: message ?? ruleId,
    uri,
    path,
    region,
    level: level(shape, r, at) ?? rule?.level,
    score: Number.isNaN(resultScore) ? (rule?.score ?? Number.NaN) : resultScore,
    kind: shape.optString(r, 'kind', at),
    properties,
    partialFingerprints: fingerprints,
    suppressions,
  };
}
