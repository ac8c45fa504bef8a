import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

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
  define: { SRP_VERSION: JSON.stringify(version) },
  banner: { js: '#!/usr/bin/env node' },
});
