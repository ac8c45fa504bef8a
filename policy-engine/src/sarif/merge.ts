/**
 * GitHub code scanning wants one run per tool and category, so runs of the same scanner from
 * several reports (trivy image + trivy config, gitleaks dir + git) become one run: rules are
 * de-duplicated by id, results keep their order, and rule indexes are re-pointed.
 */
import type { ReportingDescriptor } from 'sarif';
import type { NormalizedRun } from './model.js';
import { parseScore } from './severity.js';

const LEVEL_RANK: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ['none', 0],
  ['note', 1],
  ['warning', 2],
  ['error', 3],
]);

function score(rule: ReportingDescriptor): number {
  const value = parseScore(rule.properties?.['security-severity']);
  return value === undefined || Number.isNaN(value) ? -1 : value;
}

/** The texts of a rule, to pick one description deterministically when two reports differ. */
function textKey(rule: ReportingDescriptor): string {
  const tags = rule.properties?.tags;
  return [rule.name, rule.shortDescription?.text, rule.fullDescription?.text, rule.help?.text, rule.helpUri, Array.isArray(tags) ? tags.join(',') : '']
    .map((part) => part ?? '')
    .join('\u0000');
}

/**
 * When two reports describe one rule (a CVE found in an image and in a lockfile), the merged rule
 * must not depend on argument order. GitHub reads level and security-severity from the rule, not
 * the result, so it takes the worse of each: no order can make GitHub show a CRITICAL finding as
 * low. Its texts come from the description that sorts first.
 */
function worseRule(kept: ReportingDescriptor, other: ReportingDescriptor): ReportingDescriptor {
  const keptLevel = LEVEL_RANK.get(kept.defaultConfiguration?.level) ?? -1;
  const otherLevel = LEVEL_RANK.get(other.defaultConfiguration?.level) ?? -1;
  const keptScore = score(kept);
  const otherScore = score(other);
  const texts = kept === other || textKey(kept) <= textKey(other) ? kept : other;
  if (texts === kept && otherLevel <= keptLevel && otherScore <= keptScore) return kept;
  // A copy: descriptors (and their shared frozen parts) belong to the runs they came from.
  const merged: ReportingDescriptor = { ...texts };
  const worseLevel = otherLevel > keptLevel ? other : kept;
  if (worseLevel.defaultConfiguration !== undefined) merged.defaultConfiguration = worseLevel.defaultConfiguration;
  const worseScore = otherScore > keptScore ? other : kept;
  const worseScoreText = worseScore.properties?.['security-severity'];
  if (worseScoreText !== undefined) merged.properties = { ...texts.properties, 'security-severity': worseScoreText };
  return merged;
}

function toolKey(run: NormalizedRun): string {
  return run.tool.driver.name.toLowerCase();
}

/**
 * The driver's own description (name as written, version, ...), to keep one whatever the order. A part a
 * report leaves out sorts after any value, so a description that says its version wins over one that does not.
 */
function driverKey(driver: NormalizedRun['tool']['driver']): string {
  return [driver.name, driver.version, driver.fullName, driver.informationUri].map((part) => part ?? '\uffff').join('\u0000');
}

export function mergeRunsByTool(runs: NormalizedRun[]): NormalizedRun[] {
  const merged = new Map<string, NormalizedRun>();
  for (const run of runs) {
    const key = toolKey(run);
    const into = merged.get(key);
    if (!into) {
      // Copy the arrays we append to, so the caller's runs are never modified.
      const driver = { ...run.tool.driver, rules: [...run.tool.driver.rules] };
      merged.set(key, { ...run, tool: { ...run.tool, driver }, results: [...run.results] });
      continue;
    }
    // `Semgrep` 1.0 and `semgrep` 1.1 are one tool: the merged run names it the same way in any order.
    if (driverKey(run.tool.driver) < driverKey(into.tool.driver)) into.tool.driver = { ...run.tool.driver, rules: into.tool.driver.rules };
    const ruleIndex = new Map(into.tool.driver.rules.map((rule, index) => [rule.id, index]));
    for (const rule of run.tool.driver.rules) {
      const index = ruleIndex.get(rule.id);
      if (index === undefined) {
        ruleIndex.set(rule.id, into.tool.driver.rules.length);
        into.tool.driver.rules.push(rule);
      } else {
        const rules = into.tool.driver.rules;
        rules[index] = worseRule(rules[index] as ReportingDescriptor, rule);
      }
    }
    for (const result of run.results) {
      const index = ruleIndex.get(result.ruleId);
      into.results.push(index === undefined ? result : { ...result, ruleIndex: index });
    }
  }
  return [...merged.values()];
}
