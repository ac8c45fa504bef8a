import { defineConfig } from 'tsup';

// Dependencies stay external: PGlite loads its WebAssembly and data files from its own package
// directory, so bundling it would break; the runtime image installs production deps instead.
export default defineConfig({
  // bench.js is the benchmark (npm run bench), not part of the runtime image.
  entry: { server: 'src/server.ts', bench: 'bench/run.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // devDependencies are bundled by default; autocannon is CommonJS with dynamic requires, keep it external.
  external: ['autocannon'],
  splitting: false,
  sourcemap: true,
  clean: true,
});
