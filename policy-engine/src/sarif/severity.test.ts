import { describe, expect, it } from 'vitest';
import {
  levelToSeverity,
  parseScore,
  scoreToSeverity,
  securitySeverity,
  severityToLevel,
  severityWord,
} from './severity.js';

describe('severity mapping', () => {
  it('maps scanner severities to SARIF levels, secrets always error', () => {
    expect(severityToLevel('CRITICAL')).toBe('error');
    expect(severityToLevel('HIGH')).toBe('error');
    expect(severityToLevel('MEDIUM')).toBe('warning');
    expect(severityToLevel('LOW')).toBe('note');
    expect(severityToLevel('UNKNOWN')).toBe('note');
    expect(severityToLevel('LOW', true)).toBe('error');
  });

  it('uses GitHub bands for scores', () => {
    expect(scoreToSeverity(9)).toBe('CRITICAL');
    expect(scoreToSeverity(8.9)).toBe('HIGH');
    expect(scoreToSeverity(7)).toBe('HIGH');
    expect(scoreToSeverity(6.9)).toBe('MEDIUM');
    expect(scoreToSeverity(4)).toBe('MEDIUM');
    expect(scoreToSeverity(3.9)).toBe('LOW');
    expect(scoreToSeverity(0.1)).toBe('LOW');
    expect(scoreToSeverity(0)).toBe('UNKNOWN');
    expect(scoreToSeverity(Number.NaN)).toBe('UNKNOWN');
  });

  it('keeps a CVSS score only when it agrees with the severity band', () => {
    expect(securitySeverity('MEDIUM', 5.3)).toBe('5.3');
    // dd-tomcat fixture: Trivy says LOW while redhat's V3 score is 5.3 → the band score wins.
    expect(securitySeverity('LOW', 5.3)).toBe('2.0');
    expect(securitySeverity('CRITICAL')).toBe('9.5');
    expect(securitySeverity('HIGH')).toBe('8.0');
    expect(securitySeverity('MEDIUM')).toBe('5.5');
    expect(securitySeverity('LOW')).toBe('2.0');
    expect(securitySeverity('UNKNOWN', 9.8)).toBeUndefined();
  });

  it('reads levels and words, and refuses what it does not know', () => {
    expect(levelToSeverity('error')).toBe('HIGH');
    expect(levelToSeverity('warning')).toBe('MEDIUM');
    expect(levelToSeverity('note')).toBe('LOW');
    expect(levelToSeverity('none')).toBe('UNKNOWN');
    expect(levelToSeverity(undefined)).toBeUndefined();
    expect(levelToSeverity('fatal')).toBeUndefined();
    expect(severityWord('high')).toBe('HIGH');
    expect(severityWord('moderate')).toBe('MEDIUM');
    expect(severityWord('critical ')).toBe('CRITICAL');
    expect(severityWord(' CRITICAL')).toBe('CRITICAL');
    expect(severityWord('\tLow\n')).toBe('LOW');
    for (const bad of ['bogus', 'SEVERE', 'CRIT', '', 'constructor', '__proto__', 'toString', 9, null, undefined, {}]) {
      expect(severityWord(bad), String(bad)).toBeUndefined();
    }
    expect(parseScore('7.5')).toBe(7.5);
    expect(parseScore(9)).toBe(9);
    expect(parseScore(0)).toBe(0);
    expect(Number.isNaN(parseScore(undefined))).toBe(true);
    expect(Number.isNaN(parseScore(null))).toBe(true);
    for (const bad of ['x', 'high', '', -1, 10.5, Number.POSITIVE_INFINITY, {}, true]) expect(parseScore(bad), String(bad)).toBeUndefined();
  });
});
