import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Spawning the real CLI and scanners is slower than pure unit tests.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
