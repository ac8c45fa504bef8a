import { describe, expect, it } from 'vitest';
import { findingLocation, findingWhere } from './location.js';

describe('findingLocation / findingWhere', () => {
  it('never shows a Trivy placeholder path: an OS package is where its image is', () => {
    const os = { scanner: 'trivy', path: 'os-pkgs', target: 'alpine:3.9 (alpine 3.9.4)', package: 'musl', installedVersion: '1.1.20-r4' };
    expect(findingLocation(os)).toBe('alpine:3.9 (alpine 3.9.4)');
    expect(findingWhere(os)).toBe('musl 1.1.20-r4 in alpine:3.9 (alpine 3.9.4)');
    expect(findingLocation({ scanner: 'trivy', path: 'os-pkgs' })).toBeUndefined();
    expect(findingWhere({ scanner: 'trivy', path: 'os-pkgs', package: 'musl' })).toBe('musl');
  });

  it('a file is its own location, with the line after it', () => {
    expect(findingWhere({ scanner: 'gitleaks', path: 'config/app.env', line: 3 })).toBe('config/app.env:3');
    expect(findingWhere({ scanner: 'trivy', path: 'package-lock.json', target: 'package-lock.json', package: 'lodash', installedVersion: '4.17.20', line: 9 })).toBe(
      'lodash 4.17.20 in package-lock.json',
    );
    // A real file named like a Trivy class is still a file.
    expect(findingLocation({ scanner: 'trivy', path: 'config', target: 'config' })).toBe('config');
    // Other tools' paths are taken as they are.
    expect(findingLocation({ scanner: 'semgrep', path: 'os-pkgs' })).toBe('os-pkgs');
  });

  it('the location is always what "Where" shows', () => {
    const cases = [
      { scanner: 'trivy', path: 'os-pkgs', target: 'img:1 (debian 12.1)', package: 'openssl', installedVersion: '3.0.1' },
      { scanner: 'trivy', path: 'lang-pkgs', target: 'Java', package: 'log4j', installedVersion: '2.14.1' },
      { scanner: 'trivy', path: 'app/catalina.jar', target: 'Java', package: 'tomcat' },
      { scanner: 'trivy', path: 'prod/Deployment/api', target: 'nginx:1 (debian 12.1)', line: 4 },
      { scanner: 'gitleaks', path: '.env', line: 1 },
    ];
    for (const f of cases) expect(findingWhere(f)).toContain(findingLocation(f) as string);
  });
});
