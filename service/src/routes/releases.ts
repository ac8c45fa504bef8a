/**
 * The release ledger API. Input is validated with the zod schemas the OpenAPI document is built from.
 */
import Router from '@koa/router';
import type { Db } from '../db/types.js';
import { NotFoundError } from '../errors.js';
import { checkBearer } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import { assertStorable } from '../http/nul.js';
import { parseOr400 } from '../http/validate.js';
import { MAX_BODY_BYTES, ROUTER_METHODS } from '../limits.js';
import { findRelease, findSarif, listReleases, recordRelease } from '../releases/repository.js';
import { ListQuery, ReleaseId, ReleaseInput } from '../releases/schema.js';

export interface ReleaseRouteDeps {
  db: Db;
  apiToken?: string;
  clock: () => Date;
  /** Tests lower it to exercise 413 without megabytes of data. */
  maxBodyBytes?: number;
}

export function releaseRoutes(deps: ReleaseRouteDeps): Router {
  const router = new Router({ prefix: '/api/v1/releases', methods: ROUTER_METHODS });
  const parseId = (raw: string | undefined) => parseOr400(ReleaseId, raw, 'path');

  router.post('/', async (ctx) => {
    // Authenticate before reading the body: an unauthenticated client cannot make us buffer megabytes.
    checkBearer(ctx.get('Authorization') || undefined, deps.apiToken);
    const raw = await readJsonBody(ctx.req, deps.maxBodyBytes ?? MAX_BODY_BYTES);
    assertStorable(raw, 'body');
    const input = parseOr400(ReleaseInput, raw, 'body');
    const { created, release } = await recordRelease(deps.db, input, deps.clock());
    ctx.status = created ? 201 : 200;
    ctx.set('Location', `/api/v1/releases/${release.id}`);
    ctx.body = release;
  });

  router.get('/', async (ctx) => {
    assertStorable(ctx.query, 'query');
    const q = parseOr400(ListQuery, ctx.query, 'query');
    ctx.body = await listReleases(deps.db, q);
  });

  router.get('/:id', async (ctx) => {
    const id = parseId(ctx.params.id);
    const release = await findRelease(deps.db, id);
    if (!release) throw new NotFoundError(`release ${id} does not exist`);
    ctx.body = release;
  });

  router.get('/:id/sarif', async (ctx) => {
    const id = parseId(ctx.params.id);
    const sarif = await findSarif(deps.db, id);
    if (sarif === undefined) throw new NotFoundError(`release ${id} does not exist`);
    if (sarif === null) throw new NotFoundError(`release ${id} has no stored SARIF log`);
    ctx.type = 'application/sarif+json';
    ctx.body = sarif;
  });

  return router;
}
