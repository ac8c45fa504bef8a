import { describe, expect, it } from 'vitest';
import { pathToUri, toRelativePath, toRelativeUri, uriToPath } from './uri.js';

describe('toRelativeUri', () => {
  it('makes absolute and Windows paths relative', () => {
    expect(toRelativeUri('/usr/lib/node_modules/x/package.json')).toBe('usr/lib/node_modules/x/package.json');
    expect(toRelativeUri('C:\\work\\app\\Dockerfile')).toBe('work/app/Dockerfile');
    expect(toRelativeUri('./src/../a.txt')).toBe('a.txt');
    expect(toRelativeUri('file:///tmp/x%20y/z.go')).toBe('tmp/x%20y/z.go');
  });

  it('encodes characters that would make the reference absolute or invalid', () => {
    // Helm targets: without encoding, "testchart.tar.gz:" would parse as a URI scheme.
    expect(toRelativeUri('testchart.tar.gz:templates/pod.yaml')).toBe('testchart.tar.gz%3Atemplates/pod.yaml');
    expect(toRelativeUri('my dir/a#b.txt')).toBe('my%20dir/a%23b.txt');
  });

  it('makes absolute paths under the scan root relative to it', () => {
    const root = '/var/lib/jenkins/workspace/shop@2';
    expect(toRelativeUri('/var/lib/jenkins/workspace/shop@2/deploy/ci.env', false, root)).toBe('deploy/ci.env');
    expect(toRelativeUri('/var/lib/jenkins/workspace/shop@2/deploy/ci.env', false, `${root}/`)).toBe('deploy/ci.env');
    expect(toRelativeUri('file:///var/lib/jenkins/workspace/shop%402/a%20b.js', false, root)).toBe('a%20b.js');
    expect(toRelativeUri('C:\\ws\\shop\\src\\a.js', false, 'C:\\ws\\shop')).toBe('src/a.js');
    expect(toRelativeUri('deploy/ci.env', false, root)).toBe('deploy/ci.env');
    // With `/` as the root every absolute path is under it.
    expect(toRelativeUri('/etc/app.env', false, '/')).toBe('etc/app.env');
    // Without a root (library use) only the leading slash goes.
    expect(toRelativeUri('/etc/app.env')).toBe('etc/app.env');
  });

  it('keeps an absolute path outside the scan root apart from every path inside it', () => {
    const root = '/var/lib/jenkins/workspace/shop@2';
    // A sibling with the same prefix is outside too; the leading `/` is kept in the first segment.
    expect(toRelativeUri('/var/lib/jenkins/workspace/shop@20/x', false, root)).toBe('%2Fvar/lib/jenkins/workspace/shop%4020/x');
    expect(toRelativePath('/etc/app.env', false, root)).toBe('/etc/app.env');
    expect(toRelativeUri('file:///etc/app.env', false, root)).toBe('%2Fetc/app.env');
    expect(toRelativeUri('/../etc/./app.env', false, root)).toBe('%2Fetc/app.env');
    // `etc/app.env` in the checkout stays what it was: the two never share a location or a fingerprint.
    expect(toRelativeUri(`${root}/etc/app.env`, false, root)).toBe('etc/app.env');
    expect(pathToUri('/etc/app.env')).toBe('%2Fetc/app.env');
    expect(pathToUri('etc/app.env')).toBe('etc/app.env');
    // Read back from a SARIF log srp wrote (encoded), it stays outside.
    expect(toRelativeUri('%2Fetc/app.env', true, root)).toBe('%2Fetc/app.env');
  });

  it('returns undefined for empty paths and round-trips to a plain path', () => {
    expect(toRelativeUri('')).toBeUndefined();
    expect(toRelativeUri('/')).toBeUndefined();
    expect(uriToPath('testchart.tar.gz%3Atemplates/pod.yaml')).toBe('testchart.tar.gz:templates/pod.yaml');
    expect(toRelativePath('/a b/c')).toBe('a b/c');
  });

  it('resolves `..` instead of dropping it, and keeps a climb above the root', () => {
    expect(toRelativeUri('a/../b')).toBe('b');
    expect(toRelativeUri('x/a/../../b/./c')).toBe('b/c');
    expect(toRelativeUri('../config/app.env')).toBe('../config/app.env');
    expect(toRelativeUri('a/../../config/app.env')).toBe('../config/app.env');
    expect(toRelativeUri('src%2F..%2F..%2Fconfig/app.env', true)).toBe('../config/app.env');
  });

  it('keeps whitespace at either end: it is part of the file name', () => {
    expect(toRelativePath(' config/app.env')).toBe(' config/app.env');
    expect(toRelativePath('config/app.env\n')).toBe('config/app.env\n');
    expect(toRelativeUri('config/app.env ')).toBe('config/app.env%20');
  });

  it('reads a backslash as a separator only in a Windows path', () => {
    expect(toRelativeUri('config\\app.env')).toBe('config%5Capp.env');
    expect(toRelativePath('config\\app.env')).toBe('config\\app.env');
    expect(toRelativeUri('D:\\a\\config\\app.env')).toBe('a/config/app.env');
  });
});
