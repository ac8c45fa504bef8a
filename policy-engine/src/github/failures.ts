/**
 * One clear line for each way GitHub can refuse or fail a status request. Built only from the
 * status code, GitHub's own short message and the repository/commit we targeted: never from the
 * request (whose headers carry the token) and never from raw error objects.
 */
export interface FailureContext {
  /** owner/name */
  repository: string;
  sha: string;
  baseUrl: string;
  tokenEnv: string;
}

interface ErrorLike {
  status?: unknown;
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  response?: { data?: unknown };
}

const DOCS = 'see docs/github-statuses.md';

/** GitHub's `message` field and validation messages, cut short and stripped of control characters. */
function githubMessage(error: ErrorLike): string {
  const data = error.response?.data as { message?: unknown; errors?: { message?: unknown; code?: unknown }[] } | undefined;
  const parts: string[] = [];
  if (typeof data?.message === 'string') parts.push(data.message);
  for (const e of Array.isArray(data?.errors) ? data.errors : []) {
    if (typeof e?.message === 'string') parts.push(e.message);
    else if (typeof e?.code === 'string') parts.push(e.code);
  }
  return parts
    .join(': ')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .slice(0, 200);
}

function networkCause(error: ErrorLike): string | undefined {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as ErrorLike).code;
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    e = (e as ErrorLike).cause;
  }
  return undefined;
}

export function describeGitHubFailure(error: unknown, ctx: FailureContext): string {
  const e = (error ?? {}) as ErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const where = `${ctx.repository}@${ctx.sha.slice(0, 12)}`;
  const said = githubMessage(e);
  const quoted = said ? ` ("${said}")` : '';
  switch (status) {
    case 401:
      return `GitHub rejected the token in ${ctx.tokenEnv} (401${quoted}): it is wrong, expired or revoked; create a new one (${DOCS})`;
    case 403:
      if (/rate limit/i.test(said)) {
        return `GitHub rate limit for ${where} did not clear within the retry budget (403${quoted}); rerun later`;
      }
      return `GitHub refused the status on ${where} (403${quoted}): the token in ${ctx.tokenEnv} needs "Commit statuses: Read and write" on ${ctx.repository} (fine-grained) or the repo:status scope (classic), and SSO authorization if the org enforces it (${DOCS})`;
    case 404:
      return `GitHub has no repository or commit ${where} (404${quoted}): check --repo/--sha, that the commit was pushed, and that the token in ${ctx.tokenEnv} can see ${ctx.repository}`;
    case 422:
      return `GitHub refused the status on ${where} as invalid (422${quoted}): check the commit exists in ${ctx.repository} and the context/description`;
    case 429:
      return `GitHub rate limit for ${where} did not clear within the retry budget (429${quoted}); rerun later`;
    default:
      break;
  }
  if (status !== undefined && status >= 500 && said) {
    return `GitHub answered ${status}${quoted} for ${where} after retries; GitHub or ${ctx.baseUrl} may be down, rerun later`;
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return `GitHub answered ${status}${quoted} for ${where}; this request is not one it accepts, please report it`;
  }
  if (e.name === 'AbortError') return `GitHub request for ${where} was aborted (time budget exhausted)`;
  const cause = networkCause(e);
  const what = cause === 'UND_ERR_HEADERS_TIMEOUT' || cause === 'UND_ERR_BODY_TIMEOUT' || cause === 'UND_ERR_CONNECT_TIMEOUT' ? 'timed out' : 'failed';
  return `GitHub request for ${where} ${what} after retries (${cause ?? 'network error'}) reaching ${ctx.baseUrl}; check the URL, proxy settings (HTTPS_PROXY/NO_PROXY) and network`;
}
