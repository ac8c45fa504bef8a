import { METHODS } from 'node:http';

/**
 * Every limit the service enforces, in one place, with where the number comes from.
 */

/**
 * Largest request body accepted. A verdict is a few KiB; the rest is room for the optional SARIF log
 * (GitHub code scanning accepts SARIF up to 10 MB gzip, which is far more uncompressed; we keep only
 * what fits below MAX_SARIF_BYTES and record the verdict anyway).
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** SARIF logs larger than this (serialized JSON bytes) are not stored; the verdict still is. */
export const MAX_SARIF_BYTES = 4 * 1024 * 1024;

/**
 * Deepest nesting of objects and arrays accepted in a body. A verdict is ~4 levels and a SARIF log ~12
 * (runs → results → locations → physicalLocation → region, plus property bags); 64 leaves room, and a
 * bound keeps every recursive step (validation, canonical JSON, jsonb) far from the stack limit.
 */
export const MAX_JSON_DEPTH = 64;

/** Page size of GET /api/v1/releases when `limit` is absent, and its upper bound. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Longest repository, branch, image strings; Git and registries allow more, a ledger row does not need it. */
export const MAX_REPOSITORY_LENGTH = 200;
export const MAX_BRANCH_LENGTH = 255;
export const MAX_IMAGE_LENGTH = 255;
export const MAX_URL_LENGTH = 2048;
/** Docker tag grammar: up to 128 characters. */
export const MAX_TAG_LENGTH = 128;
export const MAX_BUILD_NUMBER_LENGTH = 64;

/**
 * Per-repository metric series (srp_gate_verdicts_total, srp_release_blocking_findings: 7 series per
 * repository) are exported for at most this many repositories, most recently released first; totals
 * cover all. 250 repositories is ~1,750 series (~150 KB a scrape), well inside what one Prometheus
 * target should expose, and more repositories than one team watches on a dashboard.
 */
export const DEFAULT_METRICS_REPOSITORIES = 250;
export const MAX_METRICS_REPOSITORIES = 100_000;

/** How long a readiness probe waits for the database before answering 503 (probes time out at ~1-5 s). */
export const READY_CHECK_TIMEOUT_MS = 1_000;
/** How long a new PostgreSQL connection may take before the request fails with 503. */
export const DB_CONNECT_TIMEOUT_MS = 2_000;
/** Upper bound for any single SQL statement sent through `pg`. */
export const DB_QUERY_TIMEOUT_MS = 5_000;
/** Pool size per process; the ledger is write-light, and PostgreSQL's default max_connections is 100. */
export const DB_POOL_SIZE = 10;

/** Delay between attempts to apply migrations while the database is unreachable at start. */
export const MIGRATION_RETRY_MS = 2_000;

/** SIGTERM: how long in-flight requests may run before the process exits anyway (k8s default grace is 30 s). */
export const SHUTDOWN_GRACE_MS = 10_000;

/** Incoming X-Request-Id values are reused only when they look like an id, never echoed blindly. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Methods the routers know: every method Node's HTTP parser accepts. A method a route does not serve then
 * gets 405 with Allow; @koa/router's default list would answer 501 for TRACE, QUERY, ... instead.
 */
export const ROUTER_METHODS: string[] = [...METHODS];
