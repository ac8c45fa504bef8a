/**
 * GitHub code scanning wants one run per tool and category, so runs of the same scanner from
 * several reports (trivy image + trivy config, gitleaks dir + git) become one run: rules are
 * de-duplicated by id, results keep their order, and rule indexes are re-pointed.
 */
import type { NormalizedRun } from './model.js';

function toolKey(run: NormalizedRun): string {
  return run.tool.driver.name.toLowerCase();
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
    const ruleIndex = new Map(into.tool.driver.rules.map((rule, index) => [rule.id, index]));
    for (const rule of run.tool.driver.rules) {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, into.tool.driver.rules.length);
        into.tool.driver.rules.push(rule);
      }
    }
    for (const result of run.results) {
      const index = ruleIndex.get(result.ruleId);
      into.results.push(index === undefined ? result : { ...result, ruleIndex: index });
    }
  }
  return [...merged.values()];
}
