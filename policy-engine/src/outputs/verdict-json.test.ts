import { describe, expect, it } from 'vitest';
import type { Verdict } from '../policy/verdict.js';
import { loadScenario, scenarioNames } from './scenarios.test-support.js';
import { renderVerdictJson } from './render.test-support.js';
import { orderVerdict } from './verdict-json.js';

describe.each(scenarioNames())('verdict JSON golden: %s', (name) => {
  const scenario = loadScenario(name);
  const json = renderVerdictJson(scenario.evaluation.verdict);

  it('matches testdata/*.expected.verdict.json', async () => {
    await expect(json).toMatchFileSnapshot(scenario.expected('verdict.json'));
  });

  it('written piece by piece, is byte for byte JSON.stringify of the ordered verdict', () => {
    expect(json).toBe(`${JSON.stringify(orderVerdict(scenario.evaluation.verdict), null, 2)}\n`);
  });

  it('round-trips to the same verdict', () => {
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(scenario.evaluation.verdict)));
  });
});

describe('renderVerdictJson', () => {
  it('starts with the contract fields and does not depend on the order the object was built in', () => {
    const { verdict } = loadScenario('mixed-blocked').evaluation;
    const shuffled = Object.fromEntries(Object.entries(verdict).reverse()) as unknown as Verdict;
    shuffled.byScanner = Object.fromEntries(Object.entries(verdict.byScanner).reverse());
    shuffled.blockingFindings = verdict.blockingFindings.map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f);
    const json = renderVerdictJson(shuffled);
    expect(json).toBe(renderVerdictJson(verdict));
    expect(Object.keys(JSON.parse(json)).slice(0, 3)).toEqual(['schemaVersion', 'passed', 'blocking']);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
