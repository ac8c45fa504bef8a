/**
 * The part of zod that srp uses. tsup.config.ts bundles this module and yaml-subset.ts apart
 * (minified), embeds them as one string and compiles it on first import: only a run that reads a
 * policy or a .trivyignore.yaml pays for parsing the libraries. Import zod only through here, so
 * TypeScript checks that whatever the code uses is exported (and so bundled).
 */
export { array, boolean, config, enum, literal, number, partialRecord, record, strictObject, string } from 'zod';
export type { core, infer } from 'zod';
