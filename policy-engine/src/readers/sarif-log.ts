/**
 * SARIF 2.1.0 logs: Trivy's, Gitleaks' and anyone else's. The three format ids share one reader;
 * each run is converted by what produced it (decided per run, so a log mixing tools works and a
 * forced --format can never bypass the Gitleaks snippet redaction), and a log srp wrote itself is
 * recognised by its `properties.srp` facts and read back unchanged.
 */
import { InputError } from '../errors.js';
import type { NormalizedRun } from '../sarif/model.js';
import { convertGenericSarifRun } from './sarif-generic.js';
import { convertGitleaksSarifRun, isGitleaksRun } from './gitleaks-sarif.js';
import { KeySpelling, type Rec, Shape, isRec } from './shape.js';
import { level } from './sarif-view.js';
import { convertSrpRun, isSrpRun } from './srp-sarif.js';
import { convertTrivySarifRun, isTrivyRun } from './trivy-sarif.js';
import type { ReportReader, ReportSource } from './types.js';

export function isSarifLog(document: unknown): document is Rec {
  return isRec(document) && Array.isArray(document.runs) && (typeof document.version === 'string' || typeof document.$schema === 'string');
}

function driverNames(document: Rec): string[] {
  return (document.runs as unknown[]).map((run) => {
    const driver = isRec(run) && isRec(run.tool) && isRec(run.tool.driver) ? run.tool.driver : undefined;
    return driver && typeof driver.name === 'string' ? driver.name : '';
  });
}

const RUN_KEYS = new KeySpelling(['tool', 'results', 'invocations']);

/** One tool component's notification descriptors (SARIF §3.19.23), with what a toolComponent reference names it by. */
interface NotificationComponent {
  name: unknown;
  guid: unknown;
  notifications: unknown[];
}

/** The notification descriptors of a run's driver and of each of its extensions. */
function notificationDescriptors(shape: Shape, run: Rec, driver: Rec, at: string): { driver: NotificationComponent; extensions: NotificationComponent[] } {
  const tool = shape.object(run.tool, `${at}.tool`);
  const component = (c: Rec, cat: string): NotificationComponent => {
    const notifications = shape.array(c, 'notifications', cat);
    // A descriptor's default level decides whether a notification without its own is an error: an unknown
    // one ("ERROR", "fatal") is refused like every other SARIF level, never read as a warning.
    notifications.forEach((d, i) => {
      if (isRec(d) && isRec(d.defaultConfiguration)) level(shape, d.defaultConfiguration, `${cat}.notifications[${i}].defaultConfiguration`);
    });
    return { name: c.name, guid: c.guid, notifications };
  };
  const extensions = shape.array(tool, 'extensions', `${at}.tool`).map((e, i) => (isRec(e) ? component(e, `${at}.tool.extensions[${i}]`) : { name: undefined, guid: undefined, notifications: [] }));
  return { driver: component(driver, `${at}.tool.driver`), extensions };
}

/**
 * The component a descriptor's toolComponent reference (§3.54) names: by index into extensions, else
 * guid, else name; the driver when there is none. One that names no component of the run is refused:
 * read against the driver it would find another descriptor, or none, and a failed run would pass.
 */
function notificationComponent(shape: Shape, ref: Rec, at: string, descriptors: { driver: NotificationComponent; extensions: NotificationComponent[] }): NotificationComponent {
  const component = shape.optObject(ref, 'toolComponent', at);
  if (component === undefined) return descriptors.driver;
  const cat = `${at}.toolComponent`;
  const all = [descriptors.driver, ...descriptors.extensions];
  const index = shape.optNumber(component, 'index', cat);
  if (index !== undefined) {
    const found = Number.isInteger(index) && index >= 0 ? descriptors.extensions[index] : undefined;
    return found ?? shape.fail(`${cat}.index`, `the index of one of the run's ${descriptors.extensions.length} tool.extensions`, index);
  }
  const guid = shape.optString(component, 'guid', cat);
  if (guid !== undefined) {
    const found = all.find((c) => typeof c.guid === 'string' && c.guid.toLowerCase() === guid.toLowerCase());
    return found ?? shape.fail(`${cat}.guid`, "the guid of the run's driver or one of its extensions", guid);
  }
  const name = shape.optString(component, 'name', cat);
  if (name !== undefined) return all.find((c) => c.name === name) ?? shape.fail(`${cat}.name`, "the name of the run's driver or one of its extensions", name);
  return descriptors.driver;
}

/**
 * A notification's level (SARIF §3.58.6): its own; else its descriptor's, from this invocation's
 * notificationConfigurationOverrides or the descriptor's defaultConfiguration; else warning. Every
 * descriptor the reference could mean counts, and the most severe level wins: a tool that states
 * "extraction failed" through its descriptor has failed as surely as one that writes level "error".
 */
function notificationLevel(shape: Shape, n: Rec, at: string, descriptors: { driver: NotificationComponent; extensions: NotificationComponent[] }, overrides: unknown[]): string {
  const own = level(shape, n, at);
  if (own !== undefined) return own;
  const ref = shape.optObject(n, 'descriptor', at);
  if (ref === undefined) return 'warning';
  const id = typeof ref.id === 'string' ? ref.id : undefined;
  const index = typeof ref.index === 'number' && ref.index >= 0 ? ref.index : undefined;
  const component = notificationComponent(shape, ref, `${at}.descriptor`, descriptors).notifications;
  const named = (d: unknown): boolean => isRec(d) && id !== undefined && d.id === id;
  const candidates = [descriptors.driver, ...descriptors.extensions].flatMap((c) => c.notifications).filter(named);
  if (index !== undefined && component[index] !== undefined) candidates.push(component[index]);
  const levels = candidates.map((d) => (isRec(d) && isRec(d.defaultConfiguration) ? d.defaultConfiguration.level : undefined));
  for (const o of overrides) {
    const target = isRec(o) && isRec(o.descriptor) ? o.descriptor : undefined;
    if (target === undefined || !((id !== undefined && target.id === id) || (index !== undefined && target.index === index))) continue;
    levels.push(isRec(o) && isRec(o.configuration) ? o.configuration.level : undefined);
  }
  return levels.includes('error') ? 'error' : 'warning';
}

/**
 * A run whose invocation says it did not succeed, or that carries an error-level tool execution or
 * configuration notification, scanned nothing it can vouch for: its empty (or partial) results are not "clean".
 */
function refuseFailedRun(shape: Shape, run: Rec, driver: Rec, at: string): void {
  const invocations = shape.array(run, 'invocations', at);
  const descriptors = notificationDescriptors(shape, run, driver, at);
  for (let i = 0; i < invocations.length; i++) {
    const iat = `${at}.invocations[${i}]`;
    const invocation = shape.object(invocations[i], iat);
    const succeeded = invocation.executionSuccessful;
    if (succeeded !== true && succeeded !== false) shape.fail(`${iat}.executionSuccessful`, 'true or false (SARIF requires it)', succeeded);
    let where = succeeded === false ? `${iat}.executionSuccessful is false` : undefined;
    const overrides = shape.array(invocation, 'notificationConfigurationOverrides', iat);
    for (let j = 0; j < overrides.length; j++) {
      const o = overrides[j];
      if (isRec(o) && isRec(o.configuration)) level(shape, o.configuration, `${iat}.notificationConfigurationOverrides[${j}].configuration`);
    }
    for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
      const notifications = shape.array(invocation, key, iat);
      for (let j = 0; j < notifications.length; j++) {
        const nat = `${iat}.${key}[${j}]`;
        const n = notifications[j];
        if (!isRec(n)) continue;
        if (notificationLevel(shape, n, nat, descriptors, overrides) === 'error') where ??= `${nat} is an error`;
      }
    }
    if (where !== undefined) {
      throw new InputError(shape.file, `the scanner reported that its run failed (${where}): its results cannot be trusted as complete; fix the scan and run it again`);
    }
  }
}

function readSarif(document: unknown, source: ReportSource): NormalizedRun[] {
  const shape = new Shape(source.file, 'SARIF 2.1.0 log', source.root);
  const log = shape.object(document, '$');
  const version = log.version;
  if (version !== '2.1.0') {
    if (typeof version === 'string') {
      // Quote the version only when it looks like one: the field is untrusted text.
      const shown = /^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/.test(version) ? `SARIF version "${version}"` : 'this SARIF version';
      throw new InputError(source.file, `${shown} is not supported: only SARIF 2.1.0 is read (re-run the tool with SARIF 2.1.0 output)`);
    }
    shape.fail('$.version', '"2.1.0"', version);
  }
  const runs = Array.isArray(log.runs) ? log.runs : shape.fail('$.runs', 'an array', log.runs);
  if (runs.length === 0) throw new InputError(source.file, 'this SARIF log has no runs: no tool results are in it, so it cannot show a clean scan; pass the log the scanner wrote');
  const out: NormalizedRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const at = `$.runs[${i}]`;
    const run = shape.object(runs[i], at);
    const tool = shape.object(run.tool, `${at}.tool`);
    const driver = shape.object(tool.driver, `${at}.tool.driver`);
    const name = shape.string(driver, 'name', `${at}.tool.driver`);
    RUN_KEYS.check(shape, run, at);
    refuseFailedRun(shape, run, driver, at);
    // SARIF §3.14.23: absent or null results mean the tool did not compute them, not "no findings".
    if (!Array.isArray(run.results)) {
      throw new InputError(shape.file, `the scanner reported no results array for ${at} (${run.results === null ? 'null' : 'absent'}), which in SARIF means it did not compute its results; fix the scan and run it again`);
    }
    if (isSrpRun(run)) out.push(convertSrpRun(shape, run, driver, at));
    else if (isTrivyRun(name)) out.push(convertTrivySarifRun(shape, run, driver, at));
    else if (isGitleaksRun(name)) out.push(convertGitleaksSarifRun(shape, run, driver, at));
    else out.push(convertGenericSarifRun(shape, run, driver, at));
  }
  return out;
}

function onlyTool(document: unknown, test: (name: string) => boolean): boolean {
  if (!isSarifLog(document)) return false;
  const names = driverNames(document);
  return names.length > 0 && names.every(test) && !(document.runs as unknown[]).some((r) => isRec(r) && isSrpRun(r));
}

export const trivySarifReader: ReportReader = {
  format: 'trivy-sarif',
  description: "Trivy's SARIF (trivy --format sarif, and the old @contrib/sarif.tpl template)",
  detect: (document) => onlyTool(document, isTrivyRun),
  read: readSarif,
};

export const gitleaksSarifReader: ReportReader = {
  format: 'gitleaks-sarif',
  description: "Gitleaks' SARIF (gitleaks --report-format sarif)",
  detect: (document) => onlyTool(document, isGitleaksRun),
  read: readSarif,
};

export const sarifReader: ReportReader = {
  format: 'sarif',
  description: 'any SARIF 2.1.0 log (Semgrep, CodeQL, Checkov, … and logs srp wrote)',
  detect: isSarifLog,
  read: readSarif,
};
