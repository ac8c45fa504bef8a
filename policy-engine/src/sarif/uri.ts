/**
 * Relative artifact URIs for SARIF locations. GitHub resolves them against the repository root, and
 * an absolute path would leak the build agent's layout, so every path is made relative here.
 */

/**
 * Turns a scanner path (POSIX, Windows, file:// URI, already-encoded URI) into a relative URI reference.
 * `root` is the directory the scan ran in (the checkout): an absolute path under it loses that prefix,
 * so `gitleaks dir .` (which writes absolute paths) gives the same paths in every workspace.
 */
export function toRelativeUri(path: string, alreadyEncoded = false, root?: string): string | undefined {
  // Not trimmed: ` config/app.env` and `app.env\n` are other files than `config/app.env`, and
  // trimming would let an ignore entry, glob or baseline written for one cover the other.
  let p = path;
  if (p === '') return undefined;
  if (/^file:\/\//i.test(p)) {
    p = p.slice(7);
    alreadyEncoded = true;
  }
  if (alreadyEncoded) {
    try {
      p = decodeURIComponent(p);
    } catch {
      // Not valid percent-encoding: treat the text as literal.
    }
  }
  // `\` is a separator only in a Windows path; on POSIX `config\app.env` is one file name, and
  // reading it as `config/app.env` would let an ignore entry or glob for that file cover it.
  if (/^[A-Za-z]:\\/.test(p)) p = p.replace(/\\/g, '/');
  // An absolute path outside the scan root (`gitleaks dir /elsewhere`) is not a file of the checkout:
  // it keeps its leading `/`, encoded into its first segment (`%2Fetc/x`; no file name holds a `/`),
  // so its location and fingerprint never equal those of `etc/x` in the repository.
  let outside = false;
  if (root !== undefined) {
    p = stripRoot(p, root);
    outside = p.startsWith('/');
  }
  p = p.replace(/^[A-Za-z]:\//, '');
  // `..` is resolved, never dropped (`a/../b` is `b`, `../b` is not `b`): dropping it would give
  // two different files one path, and a suppression for one would cover the other.
  const segments: string[] = [];
  for (const segment of p.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      else segments.push('..');
      continue;
    }
    segments.push(encodeURIComponent(wellFormed(segment)));
  }
  if (outside) {
    while (segments[0] === '..') segments.shift(); // `/..` is `/`
    if (segments.length === 0) return undefined;
    segments[0] = `%2F${segments[0]}`;
  }
  return segments.length > 0 ? segments.join('/') : undefined;
}

/** encodeURIComponent throws on a lone UTF-16 surrogate (a crafted file name): U+FFFD stands in for it. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function stripRoot(path: string, root: string): string {
  const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
  if (r === '') return path.replace(/^\/+/, ''); // the root is `/`: every absolute path is under it
  if (path === r) return '';
  return path.startsWith(`${r}/`) ? path.slice(r.length + 1) : path;
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
export function toRelativePath(path: string, alreadyEncoded = false, root?: string): string | undefined {
  const uri = toRelativeUri(path, alreadyEncoded, root);
  return uri === undefined ? undefined : uriToPath(uri);
}

/** The URI of a path toRelativePath gave: one outside the scan root (`/x`) stays apart as `%2Fx`. */
export function pathToUri(path: string): string | undefined {
  const uri = toRelativeUri(path);
  return uri !== undefined && path.startsWith('/') ? `%2F${uri}` : uri;
}
