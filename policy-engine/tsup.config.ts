import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const engineDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * The network clients (undici, Octokit and its plugins: ~1.3 MB of the bundle's 2 MB) are needed only
 * by a run that posts commit statuses or a ledger record. Bundled as code, V8 parses them at every
 * start. They are bundled apart (minified), embedded as one string, and compiled on the first `import` of
 * one of them: V8 skips a string literal much faster than it parses code (bundle compile 37 -> 16 ms,
 * `srp gate` on a small report ~20-30 ms faster).
 */
const NETWORK_PACKAGES = ['undici', '@octokit/rest', '@octokit/plugin-retry', '@octokit/plugin-throttling'];

function networkBundle(): string {
  const contents = NETWORK_PACKAGES.map((name, i) => `export * as p${i} from ${JSON.stringify(name)};`).join('\n');
  const out = buildSync({
    stdin: { contents, resolveDir: engineDir, loader: 'js', sourcefile: 'srp-network.js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    // Half the string to skip at every start. Only third-party code: ours stays readable in --debug stacks.
    minify: true,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

const lazyNetworkPackages: Plugin = {
  name: 'lazy-network-packages',
  setup(build) {
    const names = new RegExp(`^(${NETWORK_PACKAGES.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'srp-network-package' }));
    build.onResolve({ filter: /^srp-network$/ }, () => ({ path: 'srp-network', namespace: 'srp-network' }));
    build.onLoad({ filter: /.*/, namespace: 'srp-network-package' }, (args) => ({
      contents: `module.exports = require('srp-network').p${NETWORK_PACKAGES.indexOf(args.path)};`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'srp-network' }, () => ({
      contents: [
        `const code = ${JSON.stringify(networkBundle())};`,
        "const wrapper = require('node:vm').runInThisContext(`(function (exports, require, module) {${code}\\n})`, { filename: 'srp-network.cjs' });",
        'wrapper(module.exports, require, module);',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

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
  esbuildPlugins: [lazyNetworkPackages],
});
