import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests start a real PostgreSQL cluster and child processes; those take seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One PostgreSQL cluster per test file; running files in parallel on 2 cores only adds contention.
    fileParallelism: false,
  },
});
