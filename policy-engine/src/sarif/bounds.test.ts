import { describe, expect, it } from 'vitest';
import { REPORT_FIELD_MAX_CHARS, REPORT_TEXT_MAX_CHARS } from '../limits.js';
import { boundFacts, boundField, boundText } from './bounds.js';
import { RunBuilder } from './build.js';
import type { FindingFacts } from './model.js';

describe('bounds on report strings', () => {
  it('leaves real-sized values alone, as the same string', () => {
    const text = 'x'.repeat(REPORT_TEXT_MAX_CHARS);
    expect(boundText(text)).toBe(text);
    const field = 'y'.repeat(REPORT_FIELD_MAX_CHARS);
    expect(boundField(field)).toBe(field);
  });

  it('cuts free text with a visible marker, to exactly the limit', () => {
    const cut = boundText('t'.repeat(REPORT_TEXT_MAX_CHARS + 1));
    expect(cut).toHaveLength(REPORT_TEXT_MAX_CHARS);
    expect(cut).toMatch(/…\[cut by srp: longer than the report text limit\]$/);
  });

  it('keeps long identities distinct: prefix plus a hash of the whole value', () => {
    const a = `${'p'.repeat(REPORT_FIELD_MAX_CHARS)}a`;
    const b = `${'p'.repeat(REPORT_FIELD_MAX_CHARS)}b`;
    expect(boundField(a)).toHaveLength(REPORT_FIELD_MAX_CHARS);
    expect(boundField(a)).not.toBe(boundField(b));
    expect(boundField(a)).toBe(boundField(a));
  });

  it('bounds every string of a finding that RunBuilder receives', () => {
    const huge = 'h'.repeat(REPORT_TEXT_MAX_CHARS * 3);
    const facts: FindingFacts = { scanner: 'trivy', kind: 'vulnerability', severity: 'HIGH', id: huge, package: huge, path: huge, title: huge, aliases: [huge] };
    const builder = new RunBuilder({ name: huge });
    builder.rule({ id: huge, shortDescription: huge, fullDescription: huge, helpText: huge, helpMarkdown: huge });
    const result = builder.add({ facts, message: huge });
    const run = builder.build();
    expect(JSON.stringify(run).length).toBeLessThan(20 * REPORT_TEXT_MAX_CHARS);
    expect(result.ruleId).toBe(facts.id);
    expect(run.tool.driver.name).toHaveLength(REPORT_FIELD_MAX_CHARS);
    expect(run.tool.driver.rules).toHaveLength(1);
  });

  it('boundFacts is a no-op on ordinary facts', () => {
    const facts: FindingFacts = { scanner: 'trivy', kind: 'secret', severity: 'CRITICAL', id: 'aws-access-key-id', path: 'a.env', title: 'AWS', line: 3 };
    const copy = structuredClone(facts);
    boundFacts(facts);
    expect(facts).toEqual(copy);
  });
});
