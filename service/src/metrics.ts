/**
 * Prometheus metrics on an injected registry. HTTP metrics are labelled by route template, never the raw
 * path, so cardinality stays bounded whatever clients send. Gate outcomes are read at scrape time from
 * the per-repository summary the ledger keeps current on every write: true totals that survive
 * restarts and agree across replicas, at a cost that does not grow with the number of releases.
 */
import { Counter, Gauge, Histogram, type Registry, collectDefaultMetrics } from 'prom-client';
import type { BuildInfo } from './config.js';
import type { LedgerStats } from './releases/repository.js';

/** Methods we label as themselves; anything else a client invents becomes OTHER. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Buckets for a small JSON API: most answers are sub-millisecond to tens of ms. */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const UNMATCHED_ROUTE = 'unmatched';

export interface HttpMetrics {
  observe(method: string, route: string, status: number, seconds: number): void;
}

export interface MetricsOptions {
  registry: Registry;
  build: BuildInfo;
  /** Reads gate outcomes; throws when the database is unreachable (the metrics are then left out). */
  loadLedgerStats: () => Promise<LedgerStats>;
  /** False in unit tests that compare exact text; default metrics differ from run to run. */
  defaultMetrics?: boolean;
}

export function createMetrics(opts: MetricsOptions): HttpMetrics {
  const { registry } = opts;
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });

  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const total = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'srp_build_info',
    help: 'Build of the running service; always 1.',
    labelNames: ['version', 'commit', 'build_number'] as const,
    registers: [registry],
  }).set({ version: opts.build.version, commit: opts.build.commit, build_number: opts.build.buildNumber }, 1);

  // One ledger read per scrape, shared by the metrics below (prom-client collects them concurrently).
  let pending: Promise<LedgerStats | undefined> | undefined;
  const stats = () => {
    pending ??= opts
      .loadLedgerStats()
      .catch(() => undefined)
      .finally(() => setImmediate(() => (pending = undefined)));
    return pending;
  };

  const up = new Gauge({
    name: 'srp_ledger_up',
    help: 'Whether the last scrape could read the release ledger (1) or not (0).',
    registers: [registry],
    async collect() {
      this.set((await stats()) ? 1 : 0);
    },
  });
  void up;

  new Counter({
    name: 'srp_gate_verdicts_total',
    help:
      'Gate verdicts recorded in the release ledger, by verdict and repository, for the most recently ' +
      'released repositories only (SRP_METRICS_REPOSITORIES); srp_ledger_verdicts_total has the totals.',
    labelNames: ['verdict', 'repo'] as const,
    registers: [registry],
    async collect() {
      const s = await stats();
      this.reset();
      for (const r of s?.repositories ?? []) {
        this.inc({ verdict: 'passed', repo: r.repository }, r.passed);
        this.inc({ verdict: 'failed', repo: r.repository }, r.failed);
      }
    },
  });

  new Counter({
    name: 'srp_ledger_verdicts_total',
    help: 'Gate verdicts recorded in the release ledger over all repositories, by verdict.',
    labelNames: ['verdict'] as const,
    registers: [registry],
    async collect() {
      const s = await stats();
      this.reset();
      if (!s) return;
      this.inc({ verdict: 'passed' }, s.totals.passed);
      this.inc({ verdict: 'failed' }, s.totals.failed);
    },
  });

  new Gauge({
    name: 'srp_ledger_repositories',
    help: 'Repositories with at least one verdict in the release ledger (per-repository series cover at most SRP_METRICS_REPOSITORIES of them).',
    registers: [registry],
    async collect() {
      const s = await stats();
      this.reset();
      if (s) this.set(s.totals.repositories);
    },
  });

  new Gauge({
    name: 'srp_release_blocking_findings',
    help:
      'Blocking findings of the latest recorded release per repository, by severity ' +
      '(severity="unspecified" when the verdict did not list its blocking findings); most recently released repositories only.',
    labelNames: ['repo', 'severity'] as const,
    registers: [registry],
    async collect() {
      const s = await stats();
      this.reset();
      for (const r of s?.repositories ?? []) {
        if (r.blockingBySeverity) {
          for (const [severity, n] of Object.entries(r.blockingBySeverity)) this.set({ repo: r.repository, severity }, n);
        } else {
          this.set({ repo: r.repository, severity: 'unspecified' }, r.blocking);
        }
      }
    },
  });

  new Gauge({
    name: 'srp_ledger_last_verdict_timestamp_seconds',
    help: 'When the newest gate verdict was recorded in the ledger (Unix time); absent while the ledger is empty.',
    registers: [registry],
    async collect() {
      const s = await stats();
      this.reset();
      if (s?.lastRecordedAt != null) this.set(s.lastRecordedAt);
    },
  });

  return {
    observe(method, route, status, seconds) {
      const labels = { method: KNOWN_METHODS.has(method) ? method : 'OTHER', route, status: String(status) };
      duration.observe(labels, seconds);
      total.inc(labels);
    },
  };
}
