import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';

const TOKEN = 'a'.repeat(40);

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const c = loadConfig({}, '1.2.3');
    expect(c).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: 'data',
      logLevel: 'info',
      build: { version: '1.2.3', commit: 'unknown', buildNumber: 'unknown' },
      metricsRepositories: 250,
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.apiToken).toBeUndefined();
  });

  it('reads every variable', () => {
    const c = loadConfig(
      {
        PORT: '9000',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgres://u:p@db:5432/ledger',
        SRP_DATA_DIR: '/var/lib/srp',
        SRP_API_TOKEN: TOKEN,
        LOG_LEVEL: 'warn',
        SRP_VERSION: '2.0.0',
        SRP_COMMIT: 'abc123',
        SRP_BUILD_NUMBER: '42',
      },
      '0.0.0',
    );
    expect(c).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      databaseUrl: 'postgres://u:p@db:5432/ledger',
      dataDir: '/var/lib/srp',
      apiToken: TOKEN,
      logLevel: 'warn',
      build: { version: '2.0.0', commit: 'abc123', buildNumber: '42' },
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', SRP_API_TOKEN: '' }, '1').port).toBe(8080);
  });

  it.each([
    [{ PORT: 'eighty' }, /^invalid PORT: must be a whole number/],
    [{ PORT: '70000' }, /^invalid PORT: must be a whole number/],
    [{ LOG_LEVEL: 'loud' }, /^invalid LOG_LEVEL: must be one of fatal, error/],
    [{ DATABASE_URL: 'mysql://x' }, /^invalid DATABASE_URL: must be a postgres/],
    [{ SRP_API_TOKEN: 'short' }, /^invalid SRP_API_TOKEN: must be at least 32 characters/],
    [{ SRP_API_TOKEN: `${TOKEN} x` }, /^invalid SRP_API_TOKEN: must not contain whitespace/],
  ])('rejects %o with one clear line', (env, message) => {
    expect(() => loadConfig(env, '1')).toThrow(ConfigError);
    expect(() => loadConfig(env, '1')).toThrow(message);
  });

  it('never echoes a secret value in its message', () => {
    const secretUrl = 'mysql://admin:hunter2hunter2@db/x';
    const shortToken = 'hunter2';
    for (const env of [{ DATABASE_URL: secretUrl }, { SRP_API_TOKEN: shortToken }]) {
      try {
        loadConfig(env, '1');
        expect.unreachable('should have thrown');
      } catch (err) {
        expect(String(err)).not.toContain('hunter2');
      }
    }
  });
  it('reads the optional metrics token and the per-repository series cap', () => {
    const c = loadConfig({ SRP_METRICS_TOKEN: TOKEN, SRP_METRICS_REPOSITORIES: '20' }, '1');
    expect(c).toMatchObject({ metricsToken: TOKEN, metricsRepositories: 20 });
    expect(() => loadConfig({ SRP_METRICS_TOKEN: 'short' }, '1')).toThrow(/^invalid SRP_METRICS_TOKEN: must be at least 32/);
    expect(() => loadConfig({ SRP_METRICS_REPOSITORIES: '0' }, '1')).toThrow(/^invalid SRP_METRICS_REPOSITORIES: must be a whole number from 1 to 100000/);
  });
});
