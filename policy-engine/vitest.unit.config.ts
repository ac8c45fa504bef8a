import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The unit loop (`npm run test:unit`): src/ only, needing nothing but `npm ci` and ../shared/fixtures.
// Spread, not mergeConfig: mergeConfig would append to `include` and bring test/ back.
export default defineConfig({
  ...base,
  // No module state is shared between test files (no mocks, env or cwd changes), so one module
  // graph per worker instead of one per file: a third of the CPU time.
  // maxWorkers: see ../vitest.config.ts (vitest's default is one worker on two cores).
  test: { ...base.test, include: ['src/**/*.test.ts'], isolate: false, maxWorkers: 3 },
});
