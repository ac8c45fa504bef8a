/** The part of yaml that srp uses: bundled and compiled lazily with zod-subset.ts (see there). */
export { parseDocument } from 'yaml';
