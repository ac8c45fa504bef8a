/**
 * Relative artifact URIs for SARIF locations. GitHub resolves them against the repository root, and
 * an absolute path would leak the build agent's layout, so every path is made relative here.
 */

/** Turns a scanner path (POSIX, Windows, file:// URI, already-encoded URI) into a relative URI reference. */
export function toRelativeUri(path: string, alreadyEncoded = false): string | undefined {
  let p = path.trim();
  if (p === '') return undefined;
  if (/^file:\/\//i.test(p)) {
    p = p.slice(7);
    alreadyEncoded = true;
  }
  p = p.replace(/\\/g, '/');
  p = p.replace(/^[A-Za-z]:\//, '');
  const segments: string[] = [];
  for (const raw of p.split('/')) {
    if (raw === '' || raw === '.' || raw === '..') continue;
    let segment = raw;
    if (alreadyEncoded) {
      try {
        segment = decodeURIComponent(raw);
      } catch {
        // Not valid percent-encoding: treat the text as literal.
      }
    }
    segments.push(encodeURIComponent(segment));
  }
  return segments.length > 0 ? segments.join('/') : undefined;
}

/** Inverse for display and for facts: the plain relative path behind a URI we produced. */
export function uriToPath(uri: string): string {
  return uri
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .join('/');
}

/** A path as a plain relative path (forward slashes, no leading slash), for FindingFacts.path. */
export function toRelativePath(path: string, alreadyEncoded = false): string | undefined {
  const uri = toRelativeUri(path, alreadyEncoded);
  return uri === undefined ? undefined : uriToPath(uri);
}
