/** Paths tests use to reach real inputs: ../shared/fixtures beside the repository, and real scans made in CI. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ENGINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(ENGINE_DIR, '..');
export const FIXTURES_DIR = resolve(REPO_DIR, '..', 'shared', 'fixtures');
/** Written by scripts/scan-sample (real gitleaks and trivy runs on a generated sample repository). */
export const REAL_SCANS_DIR = join(REPO_DIR, '.srp-out', 'real-scans');

export function fixture(relativePath: string): string {
  const path = join(FIXTURES_DIR, relativePath);
  if (!existsSync(path)) throw new Error(`missing fixture ${path}: ../shared/fixtures must sit beside the repository`);
  return path;
}

/**
 * A module of the service workspace (`src/releases/schema.ts`), loaded by path at run time: the service
 * is outside this package's tsconfig, so the caller names the shape it uses.
 */
export async function importServiceModule<T>(relativePath: string): Promise<T> {
  return (await import(/* @vite-ignore */ pathToFileURL(join(REPO_DIR, 'service', relativePath)).href)) as T;
}
