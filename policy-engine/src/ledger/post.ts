/**
 * Posts a release record to the ledger. Retries (5xx, 429, resets, timeouts) come from undici's own
 * RetryAgent: the ledger is idempotent on (repository, commit, build number), so resending a POST is
 * safe. Failures become one line that names the URL without credentials and never the token.
 */
import { request, RetryAgent, type Dispatcher } from 'undici';

export interface LedgerPostOptions {
  /** Ledger base URL (e.g. https://ledger.example.com) or the full .../api/v1/releases URL. */
  url: string;
  token: string;
  tokenEnv: string;
  body: string;
  dispatcher: Dispatcher;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff in ms; doubles each retry (undici RetryAgent). */
  retryBaseMs: number;
  userAgent: string;
}

export interface LedgerOutcome {
  ok: boolean;
  /** One line for the log: the release id on success, the reason on failure. */
  line: string;
}

export const RELEASES_PATH = '/api/v1/releases';
const RETRY_ERROR_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
];

/** The releases endpoint for a base URL; a URL that already ends with it is used as is. */
export function releasesUrl(base: string): URL {
  const url = new URL(base);
  if (!url.pathname.replace(/\/+$/, '').endsWith(RELEASES_PATH)) {
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${RELEASES_PATH}`;
  }
  return url;
}

/** The URL as it may appear in a log line: no user, password, query or fragment. */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function errorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The ledger's error message ({ error: { message, field } }), cut short, control characters removed. */
function ledgerMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown; field?: unknown } };
    const message = typeof body.error?.message === 'string' ? body.error.message : '';
    const field = typeof body.error?.field === 'string' ? ` (field ${body.error.field})` : '';
    return `${message}${field}`.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 300);
  } catch {
    return '';
  }
}

export async function postToLedger(options: LedgerPostOptions): Promise<LedgerOutcome> {
  const url = releasesUrl(options.url);
  const where = displayUrl(url);
  const dispatcher = new RetryAgent(options.dispatcher, {
    maxRetries: options.retries,
    minTimeout: options.retryBaseMs,
    maxTimeout: options.retryBaseMs * 2 ** Math.max(options.retries, 1),
    timeoutFactor: 2,
    methods: ['POST'],
    statusCodes: [429, 500, 502, 503, 504],
    errorCodes: RETRY_ERROR_CODES,
  });
  // Credentials in the URL's user part would be sent as-is; strip them, the token is the auth.
  const target = new URL(url);
  target.username = '';
  target.password = '';
  try {
    const res = await request(target, {
      method: 'POST',
      dispatcher,
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': options.userAgent,
      },
      body: options.body,
    });
    const text = await res.body.text();
    const said = ledgerMessage(text);
    const quoted = said ? `: ${said}` : '';
    if (res.statusCode === 200 || res.statusCode === 201) {
      let id = '';
      try {
        const parsed = JSON.parse(text) as { id?: unknown };
        if (typeof parsed.id === 'number' || typeof parsed.id === 'string') id = ` as release ${String(parsed.id)}`;
      } catch {
        // A success without a JSON body still recorded the release.
      }
      const again = res.statusCode === 200 ? ' (already recorded: same build posted before)' : '';
      return { ok: true, line: `ledger: recorded${id} at ${where}${again}` };
    }
    switch (res.statusCode) {
      case 401:
        return { ok: false, line: `ledger refused the token in ${options.tokenEnv} (401${quoted}); set it to the service's SRP_API_TOKEN` };
      case 403:
        return { ok: false, line: `ledger refused the write (403${quoted}) at ${where}` };
      case 400:
        return { ok: false, line: `ledger rejected the record as invalid (400${quoted}); this is a bug in srp or the service, please report it` };
      case 409:
        return { ok: false, line: `ledger already holds a different record for this repository, commit and build number (409${quoted})` };
      case 413:
        return { ok: false, line: `ledger refused the record as too large (413${quoted})` };
      default:
        return { ok: false, line: `ledger answered ${res.statusCode}${quoted} at ${where}${res.statusCode >= 500 ? ' after retries' : ''}` };
    }
  } catch (error) {
    const code = errorCode(error);
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number') {
      return { ok: false, line: `ledger answered ${status} at ${where} after ${options.retries} retries; the service may be down, rerun later` };
    }
    const what = code && /TIMEOUT/.test(code) ? 'timed out' : 'failed';
    return { ok: false, line: `ledger request to ${where} ${what} after ${options.retries} retries (${code ?? 'network error'}); check the URL, proxy settings and that the service is up` };
  }
}
