import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { parseRepositoryUrl, resolveBranch, resolveCommitTarget, type GitFacts } from './target.js';

const HEAD = '1'.repeat(40);
const PR_HEAD = '2'.repeat(40);
const BASE = '3'.repeat(40);
const noGit = (): GitFacts => ({});

describe('parseRepositoryUrl', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'acme/shop'],
    ['https://github.com/acme/shop', 'acme/shop'],
    ['https://x-access-token:abc@github.com/acme/shop.git', 'acme/shop'],
    ['git@github.com:acme/shop.git', 'acme/shop'],
    ['ssh://git@github.com/acme/shop.git', 'acme/shop'],
    ['ssh://git@ghe.example.com:7999/acme/shop.git', 'acme/shop'],
    ['https://ghe.example.com/scm/acme/shop.git/', 'acme/shop'],
    ['git://github.com/acme/my.repo_name-1.git', 'acme/my.repo_name-1'],
  ])('%s → %s', (url, slug) => {
    const r = parseRepositoryUrl(url);
    expect(r && `${r.owner}/${r.repo}`).toBe(slug);
  });

  it.each(['', 'not a url', 'file:///srv/git/shop.git', 'https://github.com/acme', '/local/path/shop'])('refuses %j', (url) => {
    expect(parseRepositoryUrl(url)).toBeUndefined();
  });
});

describe('resolveCommitTarget', () => {
  it('flags win over Jenkins and git', () => {
    const t = resolveCommitTarget({
      repoFlag: 'acme/flagged',
      shaFlag: 'a'.repeat(40),
      env: { GIT_URL: 'https://github.com/acme/env.git', GIT_COMMIT: HEAD },
      git: () => {
        throw new Error('git must not be consulted when flags say everything');
      },
    });
    expect(t).toEqual({ owner: 'acme', repo: 'flagged', sha: 'a'.repeat(40), from: { repo: '--repo', sha: '--sha' } });
  });

  it('takes GIT_URL (ssh form) and GIT_COMMIT from a Jenkins branch build', () => {
    const t = resolveCommitTarget({ env: { GIT_URL: 'git@github.com:acme/shop.git', GIT_COMMIT: HEAD }, git: noGit });
    expect([t.owner, t.repo, t.sha, t.from.repo, t.from.sha]).toEqual(['acme', 'shop', HEAD, 'GIT_URL', 'GIT_COMMIT']);
  });

  it('posts on the pull request head, not the agent-only merge commit Jenkins builds (JENKINS-56341)', () => {
    const git = (): GitFacts => ({ head: HEAD, headParents: [PR_HEAD, BASE], headSubject: `Merge commit '${BASE}' into HEAD` });
    const t = resolveCommitTarget({ env: { GIT_URL: 'https://github.com/acme/shop.git', GIT_COMMIT: HEAD, CHANGE_ID: '42' }, git });
    expect(t.sha).toBe(PR_HEAD);
    expect(t.from.sha).toMatch(/pull request head/);
  });

  it('keeps GIT_COMMIT for a pull request whose own head is an ordinary merge commit', () => {
    const git = (): GitFacts => ({ head: HEAD, headParents: [PR_HEAD, BASE], headSubject: "Merge branch 'main' into feature" });
    const t = resolveCommitTarget({ env: { GIT_URL: 'https://github.com/acme/shop.git', GIT_COMMIT: HEAD, CHANGE_ID: '42' }, git });
    expect(t.sha).toBe(HEAD);
  });

  it('prefers ghprbActualCommit (GitHub Pull Request Builder) over GIT_COMMIT', () => {
    const t = resolveCommitTarget({
      env: { GIT_URL: 'https://github.com/acme/shop.git', GIT_COMMIT: HEAD, ghprbActualCommit: PR_HEAD },
      git: noGit,
    });
    expect(t.sha).toBe(PR_HEAD);
  });

  it('falls back to CHANGE_URL, then the local checkout', () => {
    const fromChange = resolveCommitTarget({ env: { CHANGE_URL: 'https://github.com/acme/shop/pull/7', GIT_COMMIT: HEAD }, git: noGit });
    expect(`${fromChange.owner}/${fromChange.repo}`).toBe('acme/shop');
    const fromGit = resolveCommitTarget({ env: {}, git: () => ({ remoteUrl: 'git@github.com:acme/local.git', head: HEAD, headParents: [BASE] }) });
    expect([fromGit.repo, fromGit.sha, fromGit.from.repo, fromGit.from.sha]).toEqual(['local', HEAD, 'git remote origin', 'git HEAD']);
  });

  it('says clearly what to pass when nothing resolves', () => {
    expect(() => resolveCommitTarget({ env: {}, git: noGit })).toThrow(UsageError);
    expect(() => resolveCommitTarget({ env: {}, git: noGit })).toThrow(/pass --repo owner\/name/);
    expect(() => resolveCommitTarget({ env: { GIT_URL: 'https://github.com/acme/shop.git' }, git: noGit })).toThrow(/pass --sha/);
    expect(() => resolveCommitTarget({ repoFlag: 'acme', env: {}, git: noGit })).toThrow(/--repo 'acme' is not owner\/name/);
    expect(() => resolveCommitTarget({ repoFlag: 'acme/shop', shaFlag: 'abc123', env: {}, git: noGit })).toThrow(/not a full 40-character/);
  });
});

describe('resolveBranch', () => {
  it('uses the flag, then the PR source branch, BRANCH_NAME, GIT_BRANCH without origin/, then git', () => {
    expect(resolveBranch('rel', { BRANCH_NAME: 'main' }, noGit)).toBe('rel');
    expect(resolveBranch(undefined, { CHANGE_BRANCH: 'feature/x', BRANCH_NAME: 'PR-7' }, noGit)).toBe('feature/x');
    expect(resolveBranch(undefined, { GIT_BRANCH: 'origin/main' }, noGit)).toBe('main');
    expect(resolveBranch(undefined, {}, () => ({ branch: 'dev' }))).toBe('dev');
    expect(resolveBranch(undefined, {}, () => ({ branch: 'HEAD' }))).toBeUndefined();
  });
});
