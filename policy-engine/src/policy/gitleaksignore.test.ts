import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { gitleaksFingerprintForms, parseGitleaksIgnore } from './gitleaksignore.js';

describe('parseGitleaksIgnore', () => {
  it('reads commit and commit-less fingerprints, with the comment lines above as the reason', () => {
    const text = [
      '# test keys in the fixtures',
      '9326f35380636bcbe61e94b0584d1618c4b5c2c2:detect/detect_test.go:pypi-upload-token:32',
      '',
      '# rotated on 2026-01-02',
      'config/app.env:generic-api-key:3',
      'C:/weird:path/file.txt:aws-access-token:10',
      '',
    ].join('\n');
    expect(parseGitleaksIgnore(text, '.gitleaksignore')).toEqual({
      source: 'gitleaksignore',
      scanner: 'gitleaks',
      file: '.gitleaksignore',
      entries: [
        {
          fingerprint: '9326f35380636bcbe61e94b0584d1618c4b5c2c2:detect/detect_test.go:pypi-upload-token:32',
          reason: 'test keys in the fixtures',
          line: 2,
        },
        { fingerprint: 'config/app.env:generic-api-key:3', reason: 'rotated on 2026-01-02', line: 5 },
        { fingerprint: 'C:/weird:path/file.txt:aws-access-token:10', reason: 'listed in .gitleaksignore', line: 6 },
      ],
    });
  });

  it('refuses a trailing comment, which Gitleaks would read as part of the fingerprint', () => {
    expect(() => parseGitleaksIgnore('config/app.env:github-pat:2 # test key\n', '.gitleaksignore')).toThrow(
      new InputError(
        '.gitleaksignore',
        'line 1 has a trailing comment, which Gitleaks does not support (the entry would never match); put the comment on the line above',
      ),
    );
  });

  it.each(['ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'file.txt:rule', 'file.txt:rule:ten', ':rule:1'])(
    'refuses %j without echoing it',
    (line) => {
      let message = '';
      try {
        parseGitleaksIgnore(`# ok\n${line}\n`, '.gitleaksignore');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/^\.gitleaksignore: line 2 is not a Gitleaks fingerprint/);
      expect(message).not.toContain(line);
    },
  );

  it('matches a commit fingerprint by its commit-less form too', () => {
    const finding = { path: 'a/b.go', id: 'rule', line: 3 };
    expect(gitleaksFingerprintForms('9326f353:a/b.go:rule:3', finding)).toEqual(['9326f353:a/b.go:rule:3', 'a/b.go:rule:3']);
    expect(gitleaksFingerprintForms('a/b.go:rule:3', finding)).toEqual(['a/b.go:rule:3']);
  });

  it('does not take a file name that starts with hex and a colon for a commit', () => {
    // A directory scan of a file named `deadbee:config/app.env`.
    const finding = { path: 'deadbee:config/app.env', id: 'rule', line: 3 };
    expect(gitleaksFingerprintForms('deadbee:config/app.env:rule:3', finding)).toEqual(['deadbee:config/app.env:rule:3']);
    expect(gitleaksFingerprintForms('9326f353:deadbee:config/app.env:rule:3', finding)).toEqual(['9326f353:deadbee:config/app.env:rule:3', 'deadbee:config/app.env:rule:3']);
  });
});
