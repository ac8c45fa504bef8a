/**
 * Which repository and commit a status belongs to. Sources in order: explicit flags, the Jenkins
 * environment, then the local git checkout. Pure: the caller reads env and git and passes them in.
 */
import { UsageError } from '../errors.js';

export interface CommitTarget {
  owner: string;
  repo: string;
  sha: string;
  /** Where each part came from, for the log line (never contains credentials). */
  from: { repo: string; sha: string };
}

/** What the caller learnt from the local checkout (all optional: there may be no git at all). */
export interface GitFacts {
  /** `git remote get-url origin` */
  remoteUrl?: string;
  /** `git rev-parse HEAD` */
  head?: string;
  /** Parents of HEAD, first parent first. */
  headParents?: string[];
  /** First line of HEAD's commit message. */
  headSubject?: string;
  /** `git rev-parse --abbrev-ref HEAD` ('HEAD' when detached). */
  branch?: string;
}

const SHA = /^[0-9a-f]{40}$/;
const SLUG = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
/**
 * The commit Jenkins' GitHub Branch Source plugin creates when it merges the target branch into a
 * pull request ("Merging ... into PR head commit X"). It exists only on the agent, so GitHub has
 * never heard of it (JENKINS-56341); its first parent is the pull request's head commit.
 */
const JENKINS_LOCAL_MERGE = /^Merge commit '[0-9a-f]{40}' into HEAD$/;

/** `owner/name` from any of the URL forms Jenkins puts in GIT_URL; undefined if it is not one. */
export function parseRepositoryUrl(url: string): { owner: string; repo: string } | undefined {
  const trimmed = url.trim();
  let path: string | undefined;
  const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(trimmed); // git@github.com:owner/name.git
  if (scp) {
    path = scp[1];
  } else {
    try {
      const parsed = new URL(trimmed); // https://, http://, ssh://git@host:22/owner/name.git, git://
      if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
      path = decodeURIComponent(parsed.pathname);
    } catch {
      return undefined;
    }
  }
  const parts = (path ?? '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .split('/');
  // GHES may sit under a path prefix; the repository is always the last two segments.
  if (parts.length < 2) return undefined;
  const slug = `${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
  const m = SLUG.exec(slug);
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

export function parseRepositorySlug(value: string, flag: string): { owner: string; repo: string } {
  const m = SLUG.exec(value.trim());
  if (!m) throw new UsageError(`${flag} '${value}' is not owner/name (example: acme/shop)`);
  return { owner: m[1]!, repo: m[2]! };
}

/** The commit GitHub knows: HEAD, or its first parent when HEAD is Jenkins' local PR merge commit. */
function commitFromGit(git: GitFacts): string | undefined {
  if (!git.head || !SHA.test(git.head)) return undefined;
  if (git.headParents?.length === 2 && JENKINS_LOCAL_MERGE.test(git.headSubject ?? '')) return git.headParents[0];
  return git.head;
}

export interface TargetSources {
  repoFlag?: string;
  shaFlag?: string;
  env: Record<string, string | undefined>;
  git: () => GitFacts;
}

export function resolveCommitTarget(sources: TargetSources): CommitTarget {
  const { env } = sources;
  let gitFacts: GitFacts | undefined;
  const git = () => (gitFacts ??= sources.git());

  let repo: { owner: string; repo: string } | undefined;
  let repoFrom = '';
  if (sources.repoFlag) {
    repo = parseRepositorySlug(sources.repoFlag, '--repo');
    repoFrom = '--repo';
  } else if (env.GIT_URL && parseRepositoryUrl(env.GIT_URL)) {
    repo = parseRepositoryUrl(env.GIT_URL);
    repoFrom = 'GIT_URL';
  } else if (env.CHANGE_URL && /\/pull\/\d+\/?$/.test(env.CHANGE_URL)) {
    repo = parseRepositoryUrl(env.CHANGE_URL.replace(/\/pull\/\d+\/?$/, ''));
    repoFrom = 'CHANGE_URL';
  }
  if (!repo && git().remoteUrl) {
    repo = parseRepositoryUrl(git().remoteUrl!);
    repoFrom = 'git remote origin';
  }

  let sha: string | undefined;
  let shaFrom = '';
  if (sources.shaFlag) {
    if (!SHA.test(sources.shaFlag)) throw new UsageError(`--sha '${sources.shaFlag}' is not a full 40-character commit SHA`);
    sha = sources.shaFlag;
    shaFrom = '--sha';
  } else if (env.ghprbActualCommit && SHA.test(env.ghprbActualCommit)) {
    // GitHub Pull Request Builder: the PR head, while GIT_COMMIT may be a local merge.
    sha = env.ghprbActualCommit;
    shaFrom = 'ghprbActualCommit';
  } else if (env.GIT_COMMIT && SHA.test(env.GIT_COMMIT)) {
    sha = env.GIT_COMMIT;
    shaFrom = 'GIT_COMMIT';
    // Pull-request merge builds: GIT_COMMIT is the agent-only merge commit; post on the PR head.
    if (env.CHANGE_ID && git().head === sha) {
      const fromGit = commitFromGit(git());
      if (fromGit && fromGit !== sha) {
        sha = fromGit;
        shaFrom = 'pull request head (first parent of the Jenkins merge commit)';
      }
    }
  } else {
    const fromGit = commitFromGit(git());
    if (fromGit) {
      sha = fromGit;
      shaFrom = fromGit === git().head ? 'git HEAD' : 'pull request head (first parent of the Jenkins merge commit)';
    }
  }

  if (!repo) {
    throw new UsageError(
      'cannot tell which GitHub repository to use: pass --repo owner/name, or run in Jenkins (GIT_URL) or a git checkout with an origin remote',
    );
  }
  if (!sha) {
    throw new UsageError('cannot tell which commit to use: pass --sha (40 hex), or run in Jenkins (GIT_COMMIT) or a git checkout');
  }
  return { owner: repo.owner, repo: repo.repo, sha, from: { repo: repoFrom, sha: shaFrom } };
}

/** Branch for the release ledger: flag, then Jenkins (PR source branch, BRANCH_NAME, GIT_BRANCH), then git. */
export function resolveBranch(flag: string | undefined, env: Record<string, string | undefined>, git: () => GitFacts): string | undefined {
  if (flag) return flag;
  const fromEnv = env.CHANGE_BRANCH || env.BRANCH_NAME || env.GIT_BRANCH?.replace(/^(refs\/heads\/|origin\/)/, '');
  if (fromEnv) return fromEnv;
  const branch = git().branch;
  return branch && branch !== 'HEAD' ? branch : undefined;
}
