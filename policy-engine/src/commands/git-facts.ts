/**
 * What the local checkout says about itself (origin, HEAD, branch), read with git at most once per
 * run however many notifiers ask: each read is up to five git processes.
 */
import { execFileSync } from 'node:child_process';
import type { GitFacts } from '../github/target.js';

/** Reads what the local checkout says; every part is optional (no git, no origin, detached HEAD). */
export function readGitFacts(cwd: string): GitFacts {
  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    remoteUrl: git('remote', 'get-url', 'origin'),
    head: git('rev-parse', 'HEAD'),
    headParents: git('log', '-1', '--format=%P', 'HEAD')?.split(' ').filter(Boolean),
    headSubject: git('log', '-1', '--format=%s', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
  };
}

/** The checkout's facts, read on first call (never when flags and env already say everything). */
export function gitFactsOnce(cwd: string): () => GitFacts {
  let facts: GitFacts | undefined;
  return () => (facts ??= readGitFacts(cwd));
}
