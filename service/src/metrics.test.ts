import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.js';
import { parsePrometheusText } from '../test/prom-text.js';

const build = { version: '1.2.3', commit: 'abc', buildNumber: '77' };

describe('createMetrics', () => {
  it('labels requests by method, route template and status, and bounds unknown methods', async () => {
    const registry = new Registry();
    const m = createMetrics({ registry, build, defaultMetrics: false, loadLedgerStats: async () => ({ repositories: [], totals: { passed: 0, failed: 0, repositories: 0 }, lastRecordedAt: null }) });
    m.observe('GET', '/api/v1/releases/:id', 200, 0.003);
    m.observe('GET', '/api/v1/releases/:id', 200, 0.02);
    m.observe('BREW', 'unmatched', 404, 0.001);
    const samples = parsePrometheusText(await registry.metrics());
    expect(samples.get('http_requests_total{method="GET",route="/api/v1/releases/:id",status="200"}')).toBe(2);
    expect(samples.get('http_requests_total{method="OTHER",route="unmatched",status="404"}')).toBe(1);
    expect(samples.get('http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/v1/releases/:id",status="200"}')).toBe(1);
    expect(samples.get('http_request_duration_seconds_count{method="GET",route="/api/v1/releases/:id",status="200"}')).toBe(2);
    expect(samples.get('srp_build_info{build_number="77",commit="abc",version="1.2.3"}')).toBe(1);
  });

  it('exposes gate outcomes from the ledger, with a fallback severity when none is listed', async () => {
    const registry = new Registry();
    let calls = 0;
    createMetrics({
      registry,
      build,
      defaultMetrics: false,
      loadLedgerStats: async () => {
        calls++;
        return {
          repositories: [
            { repository: 'acme/api', passed: 5, failed: 3, blocking: 2, blockingBySeverity: { critical: 2, high: 0, medium: 0, low: 0, unknown: 0 } },
            { repository: 'acme/web', passed: 0, failed: 1, blocking: 4, blockingBySeverity: null },
          ],
          totals: { passed: 105, failed: 44, repositories: 900 },
          lastRecordedAt: 1795000000.5,
        };
      },
    });
    const samples = parsePrometheusText(await registry.metrics());
    expect(calls).toBe(1);
    expect(samples.get('srp_gate_verdicts_total{repo="acme/api",verdict="failed"}')).toBe(3);
    expect(samples.get('srp_gate_verdicts_total{repo="acme/api",verdict="passed"}')).toBe(5);
    expect(samples.get('srp_release_blocking_findings{repo="acme/api",severity="critical"}')).toBe(2);
    expect(samples.get('srp_release_blocking_findings{repo="acme/web",severity="unspecified"}')).toBe(4);
    expect(samples.get('srp_ledger_verdicts_total{verdict="passed"}')).toBe(105);
    expect(samples.get('srp_ledger_verdicts_total{verdict="failed"}')).toBe(44);
    expect(samples.get('srp_ledger_repositories')).toBe(900);
    expect(samples.get('srp_ledger_up')).toBe(1);
    expect(samples.get('srp_ledger_last_verdict_timestamp_seconds')).toBe(1795000000.5);
  });

  it('leaves gate metrics out and reports srp_ledger_up 0 when the ledger cannot be read', async () => {
    const registry = new Registry();
    createMetrics({ registry, build, defaultMetrics: false, loadLedgerStats: () => Promise.reject(new Error('down')) });
    const samples = parsePrometheusText(await registry.metrics());
    expect(samples.get('srp_ledger_up')).toBe(0);
    expect([...samples.keys()].filter((k) => k.startsWith('srp_gate_verdicts_total'))).toEqual([]);
  });
});
