import { defineConfig } from 'vitest/config';

// Everything: unit tests beside the modules (src/), on PGlite and on a real PostgreSQL server, and the
// tests in test/ (HTTP API, outage, the built server as a process). scripts/checks/40-service.sh runs this;
// vitest.unit.config.ts runs src/ on PGlite alone.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests start a real PostgreSQL cluster and child processes; those take seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One PostgreSQL cluster per test file; running files in parallel on 2 cores only adds contention.
    fileParallelism: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      // Cobertura XML for the Jenkins Coverage plugin, lcov for editors and other tools.
      reporter: ['text-summary', 'cobertura', 'lcov'],
      reportsDirectory: '../.srp-out/coverage/service',
    },
  },
});
