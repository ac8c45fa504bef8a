import { defineConfig } from 'vitest/config';

// Everything: unit tests beside the modules (src/) and the tests that need the bundle, the real scans,
// the built service or Chromium (test/). scripts/checks/35-engine.sh runs this; vitest.unit.config.ts
// runs src/ alone.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Spawning the real CLI and scanners is slower than pure unit tests.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test-support.ts'],
      // Cobertura XML for the Jenkins Coverage plugin, lcov for editors and other tools.
      reporter: ['text-summary', 'cobertura', 'lcov'],
      reportsDirectory: '../.srp-out/coverage/policy-engine',
    },
  },
});
