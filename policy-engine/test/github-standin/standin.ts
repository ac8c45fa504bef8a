/**
 * A local stand-in for the part of the GitHub REST API that `srp` uses (commit statuses), for tests.
 * Every request is checked against GitHub's published OpenAPI description (see openapi.ts); a
 * mismatch is recorded in `mismatches` and answered 400, and tests assert the list is empty. It keeps
 * per-commit status state like GitHub (combined status = latest per context, case-insensitive) and can
 * be told to fail the next requests the ways GitHub does: 401, 403, 404, 422, 5xx, a secondary rate
 * limit with `retry-after`, or a request that never gets an answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GitHubOpenApi, type ApiPlan, type Operation } from './openapi.js';

export type StatusState = 'error' | 'failure' | 'pending' | 'success';

export interface StoredStatus {
  id: number;
  state: StatusState;
  description: string | null;
  target_url: string | null;
  context: string;
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path as received, including any GHES prefix and the query string. */
  url: string;
  /** Headers as received, without `authorization` (see `authScheme`). */
  headers: Record<string, string | string[] | undefined>;
  /** 'token' | 'bearer' | undefined: never the credential itself. */
  authScheme?: string;
  body: string;
  operationId?: string;
  /** Status the stand-in answered, or 'hang'. */
  answered: number | 'hang';
}

export type Fault =
  | { kind: 'status'; status: 401 | 403 | 404 | 422 | 500 | 502 | 503 }
  /** GitHub answers secondary limits with 403 or 429 (its docs name both). */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number; status?: 403 | 429 }
  /** Primary limit: 403 with x-ratelimit-remaining 0 and a reset `resetInSeconds` from now. */
  | { kind: 'rate-limit'; resetInSeconds: number }
  | { kind: 'hang' };

export interface StandinOptions {
  /** The only token the stand-in accepts. */
  token: string;
  /** owner/name → commits that exist in it (40-hex SHAs). */
  repos: Record<string, string[]>;
  /** 'ghes-3.19' serves under /api/v3 and validates against the GHES description. */
  plan?: ApiPlan;
}

export interface GitHubStandin {
  /** Base URL a client uses (`http://127.0.0.1:PORT` or `.../api/v3` for GHES). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests or responses that do not match GitHub's description. Tests assert this stays empty. */
  readonly mismatches: string[];
  /** The next `times` requests (matching `method` if given) fail this way. */
  failNext(fault: Fault, times?: number, method?: string): void;
  /** Statuses of a commit, newest first (what GitHub lists). */
  statuses(repo: string, sha: string): StoredStatus[];
  /** Seed a status as if someone had posted it earlier. */
  seed(repo: string, sha: string, status: Omit<StoredStatus, 'id' | 'created_at'>): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest/commits/statuses';
// GitHub: "there is a limit of 1000 statuses per sha and context within a repository".
const MAX_STATUSES_PER_CONTEXT = 1000;
const DESCRIPTION_MAX = 140;

const sharedApi: Partial<Record<ApiPlan, GitHubOpenApi>> = {};

export async function startGitHubStandin(options: StandinOptions): Promise<GitHubStandin> {
  const plan = options.plan ?? 'api.github.com';
  // Parsing the 13 MB description takes ~0.2 s: share it across stand-ins in one test file.
  const api = (sharedApi[plan] ??= new GitHubOpenApi(plan));
  const prefix = plan === 'api.github.com' ? '' : '/api/v3';
  const requests: RecordedRequest[] = [];
  const mismatches: string[] = [];
  const faults: { fault: Fault; method?: string }[] = [];
  const store = new Map<string, StoredStatus[]>();
  const repos = new Map(Object.entries(options.repos).map(([k, v]) => [k.toLowerCase(), new Set(v)]));
  const sockets = new Set<Socket>();
  let nextId = 1;

  const key = (repo: string, sha: string) => `${repo.toLowerCase()}@${sha}`;
  const list = (repo: string, sha: string) => {
    const k = key(repo, sha);
    let l = store.get(k);
    if (!l) store.set(k, (l = []));
    return l;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      handle(req, res, body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const { authorization, ...headers } = req.headers;
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers,
      authScheme: authorization?.split(' ')[0]?.toLowerCase(),
      body,
      answered: 0,
    };
    requests.push(record);
    const url = new URL(req.url ?? '/', 'http://standin.invalid');
    if (!url.pathname.startsWith(prefix)) {
      mismatches.push(`${req.method} ${url.pathname}: outside the API prefix "${prefix}"`);
      return answer(res, record, undefined, 400, { message: 'stand-in: outside the API prefix' });
    }
    const check = api.checkRequest({
      method: record.method,
      path: url.pathname.slice(prefix.length) || '/',
      query: url.searchParams,
      headers: req.headers,
      body,
    });
    record.operationId = check.operation?.operationId;
    if (check.errors.length > 0) {
      mismatches.push(...check.errors);
      return answer(res, record, check.operation, 400, { message: `stand-in: ${check.errors.join('; ')}` });
    }
    const op = check.operation!;

    const faultIndex = faults.findIndex((f) => !f.method || f.method === record.method);
    if (faultIndex >= 0) {
      const [{ fault }] = faults.splice(faultIndex, 1) as [{ fault: Fault }];
      return injectFault(res, record, op, fault);
    }

    const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    if (token !== options.token) {
      return answer(res, record, op, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    const repoName = `${check.params.owner}/${check.params.repo}`;
    const commits = repos.get(repoName.toLowerCase());
    if (!commits) return answer(res, record, op, 404, notFound());

    switch (op.operationId) {
      case 'repos/create-commit-status':
        return createStatus(res, record, op, repoName, check.params.sha ?? '', commits, JSON.parse(body) as Record<string, unknown>);
      case 'repos/get-combined-status-for-ref':
        return combinedStatus(res, record, op, repoName, check.params.ref ?? '', commits, url.searchParams);
      case 'repos/list-commit-statuses-for-ref': {
        const ref = check.params.ref ?? '';
        if (!commits.has(ref)) return answer(res, record, op, 404, notFound());
        return answer(res, record, op, 200, list(repoName, ref).map((s) => statusBody(repoName, ref, s)));
      }
      default:
        mismatches.push(`${op.method.toUpperCase()} ${op.template}: valid for GitHub but not implemented by the stand-in`);
        return answer(res, record, op, 501, { message: 'stand-in: not implemented' });
    }
  }

  function createStatus(
    res: ServerResponse,
    record: RecordedRequest,
    op: Operation,
    repo: string,
    sha: string,
    commits: Set<string>,
    input: Record<string, unknown>,
  ): void {
    if (!commits.has(sha)) {
      return answer(res, record, op, 422, { message: `No commit found for SHA: ${sha}`, documentation_url: DOCS, status: '422' });
    }
    const context = typeof input.context === 'string' ? input.context : 'default';
    const description = typeof input.description === 'string' ? input.description : null;
    const statuses = list(repo, sha);
    if (description !== null && description.length > DESCRIPTION_MAX) {
      return answer(res, record, op, 422, validationFailed('description is too long (maximum is 140 characters)'));
    }
    if (statuses.filter((s) => s.context.toLowerCase() === context.toLowerCase()).length >= MAX_STATUSES_PER_CONTEXT) {
      return answer(res, record, op, 422, validationFailed('This SHA and context has reached the maximum number of statuses.'));
    }
    const status: StoredStatus = {
      id: nextId++,
      state: input.state as StatusState,
      description,
      target_url: typeof input.target_url === 'string' ? input.target_url : null,
      context,
      created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, nextId)).toISOString().replace('.000Z', 'Z'),
    };
    statuses.unshift(status);
    res.setHeader('location', `${self.url}/repos/${repo}/statuses/${sha}`);
    return answer(res, record, op, 201, { ...statusBody(repo, sha, status), creator: api.example('status').creator ?? null });
  }

  function combinedStatus(
    res: ServerResponse,
    record: RecordedRequest,
    op: Operation,
    repo: string,
    ref: string,
    commits: Set<string>,
    query: URLSearchParams,
  ): void {
    if (!commits.has(ref)) {
      return answer(res, record, op, 404, { message: `No commit found for SHA: ${ref}`, documentation_url: DOCS, status: '404' });
    }
    const latest = new Map<string, StoredStatus>();
    for (const s of list(repo, ref)) if (!latest.has(s.context.toLowerCase())) latest.set(s.context.toLowerCase(), s);
    const all = [...latest.values()].sort((a, b) => a.id - b.id);
    const states = all.map((s) => s.state);
    const state =
      states.includes('error') || states.includes('failure')
        ? 'failure'
        : states.length === 0 || states.includes('pending')
          ? 'pending'
          : 'success';
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
    const page = Number(query.get('page') ?? 1);
    const example = api.example('combined-commit-status');
    return answer(res, record, op, 200, {
      state,
      statuses: all.slice((page - 1) * perPage, page * perPage).map((s) => statusBody(repo, ref, s)),
      sha: ref,
      total_count: all.length,
      repository: example.repository ?? null,
      commit_url: `${self.url}/repos/${repo}/commits/${ref}`,
      url: `${self.url}/repos/${repo}/commits/${ref}/status`,
    });
  }

  function statusBody(repo: string, sha: string, s: StoredStatus) {
    return {
      url: `${self.url}/repos/${repo}/statuses/${sha}`,
      avatar_url: 'https://github.com/images/error/hubot_happy.gif',
      id: s.id,
      node_id: Buffer.from(`Status${s.id}`).toString('base64'),
      state: s.state,
      description: s.description,
      target_url: s.target_url,
      context: s.context,
      created_at: s.created_at,
      updated_at: s.created_at,
    };
  }

  function injectFault(res: ServerResponse, record: RecordedRequest, op: Operation, fault: Fault): void {
    if (fault.kind === 'hang') {
      record.answered = 'hang';
      return; // never answered; close() destroys the socket
    }
    if (fault.kind === 'secondary-rate-limit') {
      const status = fault.status ?? 403;
      res.setHeader('retry-after', String(fault.retryAfterSeconds));
      return answer(res, record, op, status, {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      });
    }
    if (fault.kind === 'rate-limit') {
      res.setHeader('x-ratelimit-remaining', '0');
      res.setHeader('x-ratelimit-reset', String(Math.ceil(Date.now() / 1000) + fault.resetInSeconds));
      return answer(res, record, op, 403, {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
        status: '403',
      });
    }
    const messages: Record<number, string> = {
      401: 'Bad credentials',
      403: 'Resource not accessible by personal access token',
      404: 'Not Found',
      422: 'Validation Failed',
      500: 'Server Error',
      502: 'Server Error',
      503: 'Service Unavailable',
    };
    const payload: Record<string, unknown> = { message: messages[fault.status], documentation_url: DOCS, status: String(fault.status) };
    if (fault.status === 422) payload.errors = [{ resource: 'Status', code: 'custom', message: 'state is not included in the list' }];
    return answer(res, record, op, fault.status, payload);
  }

  function answer(res: ServerResponse, record: RecordedRequest, op: Operation | undefined, status: number, payload: unknown): void {
    record.answered = status;
    if (op && status < 500) mismatches.push(...api.checkResponse(op, status, payload).map((e) => `stand-in answered wrongly: ${e}`));
    const text = JSON.stringify(payload);
    const defaults: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `STANDIN:${requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': '1893456000',
      'x-ratelimit-resource': 'core',
    };
    // Headers a fault set explicitly (retry-after, rate-limit state) win over the defaults.
    for (const [name, value] of Object.entries(defaults)) if (!res.hasHeader(name)) res.setHeader(name, value);
    res.statusCode = status;
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const self: GitHubStandin = {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    mismatches,
    failNext(fault, times = 1, method) {
      for (let i = 0; i < times; i++) faults.push({ fault, method });
    },
    statuses: (repo, sha) => [...list(repo, sha)],
    seed(repo, sha, status) {
      list(repo, sha).unshift({ ...status, id: nextId++, created_at: '2025-12-31T00:00:00Z' });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return self;
}

function notFound() {
  return { message: 'Not Found', documentation_url: DOCS, status: '404' };
}

function validationFailed(message: string) {
  return { message: 'Validation Failed', errors: [{ resource: 'Status', code: 'custom', message }], documentation_url: DOCS, status: '422' };
}
