import { defineConfig } from 'tsup';

// One self-contained CommonJS file: Jenkins agents run it with nothing but `node` (>= 20).
export default defineConfig({
  entry: { srp: 'src/cli.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  platform: 'node',
  target: 'node20',
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  sourcemap: false,
  minify: false,
  clean: true,
  shims: true,
  banner: { js: '#!/usr/bin/env node' },
});
