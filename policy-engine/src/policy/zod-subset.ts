/**
 * The part of zod that srp uses: zod/mini, zod's tree-shakable build with the same core, checks and
 * messages as `zod` (its English messages loaded here, which `zod` does on import). tsup.config.ts bundles
 * this module and yaml-subset.ts apart (minified), embeds them as one string and compiles it on first
 * import: only a run that reads a policy or a .trivyignore.yaml pays for the libraries. Import zod only
 * through here, so TypeScript checks that whatever the code uses is exported (and so bundled).
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

// srp validates one small policy per process: zod's JIT (a validator compiled with new Function on
// first use) costs more than it saves, ~2 ms of a run's CPU (median of 15 runs on the default policy).
config({ jitless: true, ...en() });

export {
  array,
  boolean,
  enum,
  gte,
  int,
  literal,
  lte,
  minLength,
  nullish,
  number,
  optional,
  partialRecord,
  record,
  refine,
  startsWith,
  strictObject,
  string,
  superRefine,
  trim,
} from 'zod/mini';
export type { core, infer } from 'zod/mini';
