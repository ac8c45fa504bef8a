/** Native ignore files, one entry point for the CLI: Trivy's and Gitleaks' own formats. */
export { parseGitleaksIgnore } from './gitleaksignore.js';
export { parseTrivyIgnore } from './trivyignore.js';
export type { IgnoreEntry, IgnoreFile, IgnoreFile as NativeIgnore } from './ignore-types.js';
