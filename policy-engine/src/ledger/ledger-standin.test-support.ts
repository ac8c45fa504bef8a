/**
 * A small local stand-in for the release ledger's POST /api/v1/releases. It checks bodies with the
 * service's own zod schema (service/src/releases/schema.ts), so the engine and the service cannot
 * drift apart silently, checks the bearer token, records requests without the Authorization header,
 * and can answer 5xx or hang for the next requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { importServiceModule } from '../paths.test-support.js';

interface SchemaLike {
  safeParse(value: unknown): { success: true; data: { repository: string; commit: string; buildNumber: string | number } } | {
    success: false;
    error: { issues: { path: PropertyKey[]; message: string }[] };
  };
}
/** The service's own request schema for POST /api/v1/releases. */
export async function loadServiceSchema(): Promise<SchemaLike> {
  return (await importServiceModule<{ ReleaseInput: SchemaLike }>('src/releases/schema.ts')).ReleaseInput;
}

/** The service's check for what PostgreSQL cannot store (NUL, lone surrogates, depth), run before the schema. */
async function loadServiceStorable(): Promise<(value: unknown, where: 'body') => void> {
  return (await importServiceModule<{ assertStorable: (value: unknown, where: 'body') => void }>('src/http/nul.ts')).assertStorable;
}

export interface LedgerRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  answered: number | 'hang';
}

export type LedgerFault = { kind: 'status'; status: number } | { kind: 'hang' };

export interface LedgerStandin {
  url: string;
  requests: LedgerRequest[];
  /** Bodies the service schema refused (tests assert this stays empty when they expect success). */
  invalid: string[];
  failNext(fault: LedgerFault, times?: number): void;
  close(): Promise<void>;
}

export async function startLedgerStandin(token: string): Promise<LedgerStandin> {
  const ReleaseInput = await loadServiceSchema();
  const assertStorable = await loadServiceStorable();
  const requests: LedgerRequest[] = [];
  const invalid: string[] = [];
  const faults: LedgerFault[] = [];
  const stored = new Map<string, { id: number; body: string }>();
  const sockets = new Set<Socket>();
  let nextId = 1;

  const send = (res: ServerResponse, record: LedgerRequest, status: number, payload: unknown) => {
    record.answered = status;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  };
  const error = (code: string, message: string, field?: string) => ({ error: { code, message, ...(field ? { field } : {}) }, requestId: 'standin' });

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const { authorization, ...headers } = req.headers;
    const record: LedgerRequest = { method: req.method ?? '', url: req.url ?? '', headers, body, answered: 0 };
    requests.push(record);
    const fault = faults.shift();
    if (fault?.kind === 'hang') {
      record.answered = 'hang';
      return;
    }
    if (fault) return send(res, record, fault.status, error('unavailable', 'database unreachable'));
    if (req.method !== 'POST' || req.url !== '/api/v1/releases') return send(res, record, 404, error('not_found', `no route ${req.url}`));
    if (authorization !== `Bearer ${token}`) return send(res, record, 401, error('unauthorized', 'invalid bearer token'));
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      invalid.push('not JSON');
      return send(res, record, 400, error('invalid_json', 'body is not JSON'));
    }
    try {
      assertStorable(parsed, 'body');
    } catch (e) {
      const { message, field } = e as { message: string; field?: string };
      invalid.push(message);
      return send(res, record, 400, error('bad_request', message, field));
    }
    const check = ReleaseInput.safeParse(parsed);
    if (!check.success) {
      const issue = check.error.issues[0];
      invalid.push(`${issue?.path.join('.')}: ${issue?.message}`);
      return send(res, record, 400, error('invalid', issue?.message ?? 'invalid', issue?.path.join('.')));
    }
    const key = `${check.data.repository}@${check.data.commit}#${check.data.buildNumber}`;
    const existing = stored.get(key);
    if (existing) {
      if (existing.body !== body) return send(res, record, 409, error('conflict', 'a different verdict is already recorded'));
      return send(res, record, 200, { id: existing.id });
    }
    const id = nextId++;
    stored.set(key, { id, body });
    return send(res, record, 201, { id });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    invalid,
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
