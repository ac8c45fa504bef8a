import { defineConfig } from 'tsup';

// Dependencies stay external: PGlite loads its WebAssembly and data files from its own package
// directory, so bundling it would break; the runtime image installs production deps instead.
export default defineConfig({
  entry: { server: 'src/server.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  sourcemap: true,
  clean: true,
});
