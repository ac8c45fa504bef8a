import { defineConfig } from 'vitest/config';

// `npm run test:unit`: the unit tests of both packages in one run, so both cores stay busy until the
// last file ends. Each package's vitest.unit.config.ts says what its unit tests are. `npm run coverage`
// runs each package on its own instead, for one Cobertura/lcov report per package.
export default defineConfig({
  test: {
    projects: ['policy-engine/vitest.unit.config.ts', 'service/vitest.unit.config.ts'],
    // vitest's default is one worker fewer than the cores: one on this 2-core machine. Much of the unit time is
    // waiting (retry and timeout tests, PGlite starting), so three workers keep both cores busy.
    maxWorkers: 3,
    coverage: {
      provider: 'v8',
      include: ['policy-engine/src/**/*.ts', 'service/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.test-support.ts'],
      reporter: ['text-summary', 'cobertura', 'lcov'],
      reportsDirectory: '.srp-out/coverage/all',
    },
  },
});
