import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { buildSync, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const engineDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Code that only some runs need is bundled apart (minified), embedded as one string per group and
 * compiled on the first `import` of one of its modules: V8 skips a string literal much faster than it
 * parses code. Only third-party code is minified: ours stays readable in --debug stacks.
 * - network: undici, Octokit and its plugins (~1.3 MB of a 2 MB bundle), for runs that post commit
 *   statuses or a ledger record (bundle compile 37 -> 16 ms, a small `srp gate` ~20-30 ms faster).
 * - config: the parts of zod (zod/mini) and yaml srp uses (src/policy/*-subset.ts; 127 kB), for runs
 *   that read a policy or a .trivyignore.yaml file (bundle compile 12 -> 5.5 ms).
 */
interface LazyGroup {
  name: string;
  /** The import paths that load a module of the group (`match`) and what esbuild bundles for it (`from`). */
  modules: { match: RegExp; from: string }[];
  /**
   * 'neutral' resolves packages to their ES module builds, which esbuild can tree-shake and hoist into one
   * scope: yaml's (its `node` export is CommonJS) is ready in 6 instead of 15 ms. Only for code that needs
   * no Node built-in.
   */
  platform: 'node' | 'neutral';
  /**
   * Embedded brotli-compressed (base64) instead of as source text. V8 must scan every character of a string
   * literal when it compiles the bundle, even one it never runs: the network group's 672 kB took ~3 ms of every
   * run's start-up; its 208 kB of base64 take less, and a run that posts pays ~4 ms to decompress it. Not for
   * the config group, which every run with a policy file compiles (127 kB: scanning it costs less than zlib).
   */
  compressed: boolean;
}

const LAZY_GROUPS: LazyGroup[] = [
  {
    name: 'srp-network',
    modules: ['undici', '@octokit/rest', '@octokit/plugin-retry', '@octokit/plugin-throttling'].map((name) => ({
      match: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
      from: name,
    })),
    platform: 'node',
    compressed: true,
  },
  {
    name: 'srp-config',
    modules: [
      { match: /(^|\/)zod-subset\.js$/, from: './src/policy/zod-subset.ts' },
      { match: /(^|\/)yaml-subset\.js$/, from: './src/policy/yaml-subset.ts' },
    ],
    platform: 'neutral',
    compressed: false,
  },
];

/** The group's source as a JavaScript expression; brotli output is the same for the same input and Node. */
function groupSource(group: LazyGroup): string {
  const code = groupBundle(group);
  if (!group.compressed) return JSON.stringify(code);
  const packed = brotliCompressSync(code, {
    params: { [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT, [zlibConstants.BROTLI_PARAM_QUALITY]: 11 },
  }).toString('base64');
  return `require('node:zlib').brotliDecompressSync(Buffer.from('${packed}', 'base64')).toString()`;
}

function groupBundle(group: LazyGroup): string {
  const contents = group.modules.map((m, i) => `export * as p${i} from ${JSON.stringify(m.from)};`).join('\n');
  const out = buildSync({
    stdin: { contents, resolveDir: engineDir, loader: 'js', sourcefile: `${group.name}.js` },
    bundle: true,
    platform: group.platform,
    target: 'node20',
    format: 'cjs',
    write: false,
    minify: true,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

const lazyGroups: Plugin = {
  name: 'lazy-groups',
  setup(build) {
    for (const group of LAZY_GROUPS) {
      const member = `${group.name}-member`;
      group.modules.forEach((m, i) => build.onResolve({ filter: m.match }, () => ({ path: `p${i}`, namespace: member })));
      build.onResolve({ filter: new RegExp(`^${group.name}$`) }, () => ({ path: group.name, namespace: group.name }));
      build.onLoad({ filter: /.*/, namespace: member }, (args) => ({
        contents: `module.exports = require('${group.name}').${args.path};`,
        loader: 'js',
      }));
      build.onLoad({ filter: /.*/, namespace: group.name }, () => ({
        contents: [
          `const code = ${groupSource(group)};`,
          `const wrapper = require('node:vm').runInThisContext(\`(function (exports, require, module) {\${code}\\n})\`, { filename: '${group.name}.cjs' });`,
          'wrapper(module.exports, require, module);',
        ].join('\n'),
        loader: 'js',
      }));
    }
  },
};

/**
 * The bundle as ASCII: one character outside it anywhere (esbuild escapes strings, but keeps some comments as
 * written, e.g. a field's doc comment with an arrow) makes Node read the whole 0.6 MB as a two-byte string,
 * which V8 then scans at twice the bytes on every start. Outside strings, which esbuild already escaped, such a
 * character can only be in a comment, where `\uXXXX` reads the same.
 */
async function keepBundleAscii(): Promise<void> {
  const file = new URL('./dist/srp.cjs', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

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
  esbuildPlugins: [lazyGroups],
  onSuccess: keepBundleAscii,
});
