/** The part of yaml that srp uses: bundled and compiled lazily with zod-subset.ts (see there). */
export { isNode, isScalar, parseDocument, visit } from 'yaml';
