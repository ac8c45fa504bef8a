/**
 * Checks HTTP requests (and the stand-in's own responses) against GitHub's published REST API
 * description from `@octokit/openapi`, so the stand-in cannot drift into accepting requests the real
 * API would refuse. Any mismatch is a test failure: the stand-in records it and answers 400.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

export type ApiPlan = 'api.github.com' | 'ghes-3.19';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonObject }> };
  responses: Record<string, JsonObject>;
}

export interface RequestToCheck {
  method: string;
  /** Path without the API prefix (GHES serves under /api/v3). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Raw body text, '' when none. */
  body: string;
}

export interface RequestCheck {
  operation?: Operation;
  params: Record<string, string>;
  errors: string[];
}

interface Route {
  regex: RegExp;
  names: string[];
  template: string;
  /** Literal characters in the template: more literal means more specific. */
  literal: number;
  operations: Record<string, Operation>;
}

const require = createRequire(import.meta.url);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
// GitHub's docs: "All API requests must include a valid User-Agent header"; media types per
// https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types
const ACCEPT = /^(application\/vnd\.github(\.[a-z0-9-]+)?(\.(raw|text|html|full|diff|patch|sha|base64))?(\+json)?|application\/json|\*\/\*)(\s*;.*)?$/i;
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/;

export class GitHubOpenApi {
  readonly plan: ApiPlan;
  private readonly spec: JsonObject;
  private readonly routes: Route[];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(plan: ApiPlan = 'api.github.com') {
    this.plan = plan;
    const file = require.resolve(`@octokit/openapi/generated/${plan}.json`);
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
    this.routes = buildRoutes(this.spec, (node) => this.deref(node));
  }

  /** Example value published in the description (used to fill required fields of responses). */
  example(name: string): JsonObject {
    const examples = (this.spec.components as JsonObject).examples as JsonObject;
    const example = examples[name] as JsonObject | undefined;
    if (!example) throw new Error(`no example ${name} in the ${this.plan} description`);
    return structuredClone(example.value as JsonObject);
  }

  checkRequest(request: RequestToCheck): RequestCheck {
    const errors: string[] = [];
    const method = request.method.toLowerCase();
    const route = this.match(request.path);
    if (!route) return { params: {}, errors: [`${request.method} ${request.path}: no such path in the ${this.plan} description`] };
    const operation = route.route.operations[method];
    if (!operation) {
      return { params: route.params, errors: [`${request.method} ${route.route.template}: method not in the description`] };
    }
    const where = `${operation.method.toUpperCase()} ${operation.template}`;

    checkCommonHeaders(request.headers, where, errors);
    for (const parameter of operation.parameters) {
      const raw =
        parameter.in === 'path'
          ? route.params[parameter.name]
          : parameter.in === 'query'
            ? (request.query.get(parameter.name) ?? undefined)
            : parameter.in === 'header'
              ? headerValue(request.headers, parameter.name)
              : undefined;
      if (raw === undefined) {
        if (parameter.required) errors.push(`${where}: missing required ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      const value = coerce(raw, parameter.schema);
      const validate = this.validator(`${where} param ${parameter.in}:${parameter.name}`, parameter.schema ?? {});
      if (!validate(value)) errors.push(`${where}: ${parameter.in} parameter ${parameter.name}=${raw} ${this.ajv.errorsText(validate.errors)}`);
    }
    for (const name of request.query.keys()) {
      if (!operation.parameters.some((p) => p.in === 'query' && p.name === name)) {
        errors.push(`${where}: query parameter ${name} is not in the description`);
      }
    }
    this.checkBody(operation, request, where, errors);
    return { operation, params: route.params, errors };
  }

  /** Validates what the stand-in answers, so its responses look like GitHub's to the client. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const where = `${operation.method.toUpperCase()} ${operation.template} → ${status}`;
    const declared = operation.responses[String(status)];
    const response = declared ? (this.deref(declared) as JsonObject) : undefined;
    if (!response) {
      // GitHub answers 401/403/422/5xx on any endpoint even where the description lists only success.
      return [];
    }
    const content = response.content as JsonObject | undefined;
    const schema = (content?.['application/json'] as JsonObject | undefined)?.schema as JsonObject | undefined;
    if (!schema) return body === undefined || body === '' ? [] : [`${where}: the description has no JSON body for this response`];
    const validate = this.validator(`${where} response`, schema);
    return validate(body) ? [] : [`${where}: response ${this.ajv.errorsText(validate.errors)}`];
  }

  private checkBody(operation: Operation, request: RequestToCheck, where: string, errors: string[]): void {
    const declared = operation.requestBody;
    if (!declared) {
      if (request.body !== '') errors.push(`${where}: sends a body, the description declares none`);
      return;
    }
    if (request.body === '') {
      if (declared.required) errors.push(`${where}: request body is required`);
      return;
    }
    const contentType = String(headerValue(request.headers, 'content-type') ?? '');
    if (!/^application\/json\b/i.test(contentType)) {
      errors.push(`${where}: content-type "${contentType}" is not application/json`);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.body);
    } catch {
      errors.push(`${where}: body is not valid JSON`);
      return;
    }
    const schema = declared.content?.['application/json']?.schema ?? {};
    const validate = this.validator(`${where} body`, schema);
    if (!validate(parsed)) errors.push(`${where}: body ${this.ajv.errorsText(validate.errors)}`);
  }

  private match(path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route, params };
    }
    return undefined;
  }

  private validator(key: string, schema: JsonObject): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.deref(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Inlines `#/components/...` references; a reference cycle becomes `{}` (accept anything below it). */
  private deref(node: Json, stack: string[] = []): Json {
    if (Array.isArray(node)) return node.map((n) => this.deref(n, stack));
    if (node === null || typeof node !== 'object') return node;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      if (stack.includes(ref)) return {};
      return this.deref(resolvePointer(this.spec, ref), [...stack, ref]);
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) out[key] = this.deref(value, stack);
    return out;
  }
}

function buildRoutes(spec: JsonObject, deref: (node: Json) => Json): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths as JsonObject)) {
    const names: string[] = [];
    const pathItem = item as JsonObject;
    const operations: Record<string, Operation> = {};
    for (const method of HTTP_METHODS) {
      const op = pathItem[method] as JsonObject | undefined;
      if (!op) continue;
      operations[method] = {
        method,
        template,
        operationId: String(op.operationId),
        parameters: ((op.parameters as Json[] | undefined) ?? []).map((p) => deref(p) as unknown as Parameter),
        requestBody: op.requestBody ? (deref(op.requestBody) as unknown as Operation['requestBody']) : undefined,
        responses: (op.responses as Record<string, JsonObject>) ?? {},
      };
    }
    const multiSegment = new Set(
      Object.values(operations).flatMap((op) =>
        op.parameters.filter((p) => (p as unknown as JsonObject)['x-multi-segment'] === true).map((p) => p.name),
      ),
    );
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return multiSegment.has(name) ? '(.+)' : '([^/]+)';
    });
    routes.push({
      regex: new RegExp(`^${pattern}$`),
      names,
      template,
      literal: template.replace(/\{[^}]+\}/g, '').length,
      operations,
    });
  }
  // Most literal first, so /repos/{o}/{r}/commits/{ref}/status never matches a more generic template.
  return routes.sort((a, b) => b.literal - a.literal);
}

function resolvePointer(spec: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref} is not supported`);
  let node: Json = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as JsonObject)[key] ?? null;
  }
  return node;
}

function headerValue(headers: RequestToCheck['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

function checkCommonHeaders(headers: RequestToCheck['headers'], where: string, errors: string[]): void {
  const userAgent = headerValue(headers, 'user-agent');
  if (!userAgent) errors.push(`${where}: missing User-Agent header (GitHub rejects requests without one)`);
  const accept = headerValue(headers, 'accept');
  if (accept !== undefined && !accept.split(',').every((a) => ACCEPT.test(a.trim()))) {
    errors.push(`${where}: Accept "${accept}" is not a GitHub media type`);
  }
  const version = headerValue(headers, 'x-github-api-version');
  if (version !== undefined && !API_VERSION.test(version)) errors.push(`${where}: X-GitHub-Api-Version "${version}" is not a date`);
  const auth = headerValue(headers, 'authorization');
  if (auth !== undefined && !/^(token|bearer) \S+$/i.test(auth)) errors.push(`${where}: Authorization is not "token X" or "Bearer X"`);
}

function coerce(raw: string, schema: JsonObject | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
