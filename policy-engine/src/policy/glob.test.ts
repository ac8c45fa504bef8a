import { describe, expect, it } from 'vitest';
import { compileGlob, globProblem, MAX_GLOB_SUBJECT_LENGTH } from './glob.js';

const m = (glob: string, subject: string): boolean => compileGlob(glob).matches(subject);

describe('compileGlob', () => {
  it('* and ? stay within a path segment; ** crosses segments as a whole segment', () => {
    expect(m('*.md', 'README.md')).toBe(true);
    expect(m('*.md', 'docs/README.md')).toBe(false);
    expect(m('**/*.md', 'docs/README.md')).toBe(true);
    expect(m('**/*.md', 'README.md')).toBe(true);
    expect(m('test/**', 'test/fixtures/.env')).toBe(true);
    expect(m('test/**', 'test')).toBe(true);
    expect(m('test/**', 'src/test/a.txt')).toBe(false);
    expect(m('a/**/b', 'a/b')).toBe(true);
    expect(m('a/**/b', 'a/x/y/b')).toBe(true);
    expect(m('a**b', 'a/b')).toBe(false); // not a whole segment: a plain *
    expect(m('file?.txt', 'file1.txt')).toBe(true);
    expect(m('file?.txt', 'file/.txt')).toBe(false);
    expect(m('**', 'any/thing/at/all')).toBe(true);
  });

  it('classes, braces and escapes', () => {
    expect(m('v[0-9].yaml', 'v7.yaml')).toBe(true);
    expect(m('v[!0-9].yaml', 'v7.yaml')).toBe(false);
    expect(m('v[^0-9].yaml', 'vx.yaml')).toBe(true);
    expect(m('{src,lib}/**/*.{js,ts}', 'lib/a/b.ts')).toBe(true);
    expect(m('{src,lib}/**/*.{js,ts}', 'test/a/b.ts')).toBe(false);
    expect(m('a{b,{c,d}}e', 'ade')).toBe(true);
    expect(m('\\*.md', '*.md')).toBe(true);
    expect(m('\\*.md', 'a.md')).toBe(false);
  });

  it('negations and extglobs are literal text, so they never widen a suppression', () => {
    expect(m('!src/**', 'lib/a.js')).toBe(false);
    expect(m('+(a|b).js', 'a.js')).toBe(false);
    expect(m('+(a|b).js', '+(a|b).js')).toBe(true);
  });

  it('dot files are ordinary files and ./ is ignored on either side', () => {
    expect(m('**/.env', '.env')).toBe(true);
    expect(m('./config/*.env', 'config/.env')).toBe(true);
    expect(m('config/*.env', './config/app.env')).toBe(true);
  });

  it('matches Trivy targets as the summary shows them', () => {
    expect(m('alpine:3.9*', 'alpine:3.9 (alpine 3.9.4)')).toBe(true);
    expect(m('alpine:3.9*', 'alpine:3.19 (alpine 3.19.2)')).toBe(false);
    expect(m('registry.example/**', 'registry.example/app:2.0 (alpine 3.19.2)')).toBe(true);
  });

  it('refuses patterns that cannot mean what was written', () => {
    expect(globProblem('src/[a-')).toMatch(/without its '\]'/);
    expect(globProblem('src/{a,b')).toMatch(/without its '}'/);
    expect(globProblem('a\\')).toMatch(/backslash/);
    expect(globProblem('[z-a]')).toMatch(/backwards/);
    expect(globProblem('x'.repeat(2000))).toMatch(/longer than/);
    expect(globProblem('**/*.js')).toBeUndefined();
  });

  it('exposes the literal segments a match must contain (the index keys)', () => {
    expect(compileGlob('**/gen-1/*.js').literalSegments).toEqual(['gen-1']);
    expect(compileGlob('src/mod-1/**/*.js').literalSegments).toEqual(['src', 'mod-1']);
    expect(compileGlob('**/*.md').literalSegments).toEqual([]);
    expect(compileGlob('a/{b,c}/d').literalSegments).toEqual(['a', 'd']);
  });

  // Guards against catastrophic backtracking: picomatch's RegExp took 29 s on the first case.
  // Linear matching keeps these in milliseconds; the default test timeout is the only limit here.
  it('stays fast on pathological patterns and long paths', () => {
    const glob = compileGlob('**/*-*-*-*-*-*.yaml');
    expect(glob.matches(`a/${'-'.repeat(4000)}/a.yaml`)).toBe(false);
    expect(glob.matches(`a/${'-'.repeat(4000)}.yaml`)).toBe(true);
    expect(compileGlob('*a*a*a*a*a*a*a*b').matches('a'.repeat(4000))).toBe(false);
    expect(compileGlob('**').matches('x'.repeat(MAX_GLOB_SUBJECT_LENGTH + 1))).toBe(false);
  });
});
