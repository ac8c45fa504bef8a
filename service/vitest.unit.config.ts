import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The unit loop (`npm run test:unit`): src/ only, storage tests on PGlite alone, so nothing but `npm ci`
// is needed. Without a PostgreSQL cluster per file, files share nothing and can run in parallel.
// Spread, not mergeConfig: mergeConfig would append to `include` and bring test/ back.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/**/*.test.ts'],
    env: { SRP_TEST_BACKENDS: 'pglite' },
    fileParallelism: true,
    // No module state is shared between test files (registries and loggers are injected), so one module
    // graph per worker instead of one per file.
    isolate: false,
    maxWorkers: 3, // see ../vitest.config.ts: vitest's default is one worker on two cores
  },
});
