/**
 * The OpenAPI 3.1 description, built from the same zod schemas that validate requests. OpenAPI 3.1
 * schemas are JSON Schema 2020-12, which is what z.toJSONSchema writes.
 */
import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_BODY_BYTES, MAX_JSON_DEPTH, MAX_PAGE_SIZE, MAX_SARIF_BYTES } from './limits.js';
import { ErrorBody, ListQuery, Release, ReleaseInput, ReleasePage } from './releases/schema.js';

type Json = Record<string, unknown>;

function componentSchemas(): Record<string, Json> {
  // Importing the schemas registers them (`.meta({ id })`) in zod's global registry; that registry is the
  // component list. The `void` keeps the imports that register them.
  void [ReleaseInput, Release, ReleasePage, ErrorBody];
  const out = z.toJSONSchema(z.globalRegistry, {
    io: 'input',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Json> };
  // A fragment $id is not valid JSON Schema 2020-12; components are addressed by their key anyway.
  for (const schema of Object.values(out.schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  // The one cross-field rule of the verdict (schema.ts checkConsistent) JSON Schema can state: `passed` is
  // `blocking == 0`. The others (blocking within the counts) are in the POST description.
  Object.assign(out.schemas.ReleaseInput!, {
    if: { properties: { passed: { const: true } }, required: ['passed'] },
    then: { properties: { blocking: { const: 0 } } },
    else: { properties: { blocking: { minimum: 1 } } },
  });
  return out.schemas;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);

function queryParameters(): Json[] {
  const schema = z.toJSONSchema(ListQuery, { io: 'input', target: 'draft-2020-12' }) as {
    properties: Record<string, Json>;
  };
  const descriptions: Record<string, string> = {
    repository: 'Only releases of this repository ("owner/name").',
    commit: 'Only releases built from this commit.',
    verdict: 'Only passed or only failed gates.',
    since: 'Recorded at or after this instant.',
    until: 'Recorded before this instant.',
    limit: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
    cursor: 'nextCursor from the previous page.',
  };
  return Object.entries(schema.properties).map(([name, s]) => {
    const { default: _ignored, ...rest } = s;
    // limit travels as a string in the query; describe it as the integer a client sends.
    const paramSchema = name === 'limit' ? { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } : rest;
    return { name, in: 'query', required: false, description: descriptions[name], schema: paramSchema };
  });
}

const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
};

export function buildOpenApi(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Secure Release Platform service',
      version,
      description:
        'Health, Prometheus metrics and the release ledger: every gate verdict, which commit and image it was for, ' +
        'and which findings were accepted.',
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The server\'s SRP_API_TOKEN.' },
        metricsBearer: { type: 'http', scheme: 'bearer', description: 'The server\'s SRP_METRICS_TOKEN, when it has one.' },
      },
    },
    paths: {
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness: the process answers. Never touches the database.',
          responses: { '200': json({ type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] }, 'Alive') },
        },
      },
      '/ready': {
        get: {
          operationId: 'ready',
          summary: 'Readiness: the database answers and migrations have run.',
          responses: {
            '200': json(readySchema, 'Ready to serve'),
            '503': json(readySchema, 'Not ready: database unreachable, migrations pending, or shutting down'),
          },
        },
      },
      '/version': {
        get: {
          operationId: 'version',
          summary: 'Build and start time of the running service.',
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  version: { type: 'string' },
                  commit: { type: 'string' },
                  buildNumber: { type: 'string' },
                  startedAt: { type: 'string', format: 'date-time' },
                },
                required: ['version', 'commit', 'buildNumber', 'startedAt'],
              },
              'Version',
            ),
          },
        },
      },
      '/metrics': {
        get: {
          operationId: 'metrics',
          summary: 'Prometheus text exposition.',
          description: 'Open unless the server has SRP_METRICS_TOKEN; then a bearer token with that value is required.',
          security: [{}, { metricsBearer: [] }],
          responses: {
            '200': { description: 'Metrics', content: { 'text/plain': { schema: { type: 'string' } } } },
            '401': error('SRP_METRICS_TOKEN is set and the bearer token is missing or wrong'),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document.',
          responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1 document') },
        },
      },
      '/api/v1/releases': {
        post: {
          operationId: 'recordRelease',
          summary: 'Record one gate verdict (idempotent on repository, commit and build number).',
          description:
            `The body is the policy engine's JSON verdict plus release metadata; unknown fields are kept in \`report\`. ` +
            `Body limit ${MAX_BODY_BYTES} bytes. A \`sarif\` log is stored when it serializes to at most ${MAX_SARIF_BYTES} bytes; ` +
            'a larger one is dropped and the verdict is recorded anyway (see `sarif.omittedReason`). Posting the same document ' +
            'again returns the stored release with 200; a different document for the same key is 409. ' +
            'No string or key anywhere in the body may contain the NUL character (U+0000) or a lone UTF-16 surrogate: ' +
            `PostgreSQL cannot store either (400); nor may the body nest deeper than ${MAX_JSON_DEPTH} levels. The verdict must ` +
            'agree with itself (400 otherwise): `passed` is `blocking == 0`, `blocking` is at most the sum of `counts`, and ' +
            '`blockingFindings` of a severity are at most `counts` of it. `buildUrl` must not contain user information.',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ReleaseInput') } } },
          responses: {
            '201': { ...json(ref('Release'), 'Recorded'), links: releaseLinks },
            '200': { ...json(ref('Release'), 'Already recorded with the same content'), links: releaseLinks },
            '400': error('Invalid body; `error.field` names the field'),
            '401': error('Missing or wrong bearer token'),
            '403': error('Writes are disabled (server has no SRP_API_TOKEN)'),
            '409': error('A different verdict is already recorded for this repository, commit and build number'),
            '413': error(`Body over ${MAX_BODY_BYTES} bytes`),
            '415': error('Body is not application/json'),
            '503': error('Database unavailable; retry'),
          },
        },
        get: {
          operationId: 'listReleases',
          summary: 'Releases, newest first, with cursor paging.',
          parameters: queryParameters(),
          responses: {
            '200': json(ref('ReleasePage'), 'A page of releases'),
            '400': error('Invalid query parameter; `error.field` names it'),
            '503': error('Database unavailable; retry'),
          },
        },
      },
      '/api/v1/releases/{id}': {
        get: {
          operationId: 'getRelease',
          summary: 'One release, with the full posted report.',
          parameters: [idParam],
          responses: {
            '200': json(ref('Release'), 'The release'),
            '400': error('id is not a release id'),
            '404': error('No such release'),
            '503': error('Database unavailable; retry'),
          },
        },
      },
      '/api/v1/releases/{id}/sarif': {
        get: {
          operationId: 'getReleaseSarif',
          summary: 'The SARIF log posted with the release, when it was stored.',
          parameters: [idParam],
          responses: {
            '200': { description: 'SARIF 2.1.0 log', content: { 'application/sarif+json': { schema: { type: 'object' } } } },
            '400': error('id is not a release id'),
            '404': error('No such release, or no SARIF stored for it'),
            '503': error('Database unavailable; retry'),
          },
        },
      },
    },
  };
}

/** The release a POST answered with can be fetched by its id. */
const releaseLinks = {
  GetRelease: { operationId: 'getRelease', parameters: { id: '$response.body#/id' } },
};

const readySchema = {
  type: 'object',
  properties: {
    status: { enum: ['ready', 'not_ready'] },
    checks: {
      type: 'object',
      properties: { database: { type: 'string' }, migrations: { type: 'string' } },
      required: ['database', 'migrations'],
    },
  },
  required: ['status', 'checks'],
};
