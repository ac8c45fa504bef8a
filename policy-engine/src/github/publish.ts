/**
 * Posts statuses on a commit, in order, skipping those that would not change what the commit shows
 * at that moment (same state and description for that context, counting what this run has already
 * posted): GitHub keeps at most 1000 statuses per commit and context, and every rerun of a build
 * would otherwise add more.
 */
import { GITHUB_MAX_STATUSES_PER_CONTEXT } from '../limits.js';
import type { GitHubClient } from './client.js';
import { describeGitHubFailure, type FailureContext } from './failures.js';
import type { StatusIntent, StatusState } from './statuses.js';

export interface PublishTarget {
  owner: string;
  repo: string;
  sha: string;
}

export interface PublishOutcome {
  posted: StatusIntent[];
  unchanged: StatusIntent[];
  /** One line per failure, ready to log. */
  failures: string[];
}

interface CurrentStatus {
  state: StatusState;
  description: string | null;
}

/** Latest status per context (lower-cased: GitHub treats contexts case-insensitively). */
async function currentStatuses(client: GitHubClient, target: PublishTarget): Promise<Map<string, CurrentStatus>> {
  const current = new Map<string, CurrentStatus>();
  const perPage = 100;
  // The combined status lists the latest status of each context, paged; a commit with more contexts
  // than this is not one we will meet, and stopping keeps the request count bounded.
  const maxPages = Math.ceil(GITHUB_MAX_STATUSES_PER_CONTEXT / perPage);
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await client.rest.repos.getCombinedStatusForRef({
      owner: target.owner,
      repo: target.repo,
      ref: target.sha,
      per_page: perPage,
      page,
    });
    for (const s of data.statuses) {
      const key = s.context.toLowerCase();
      if (!current.has(key)) current.set(key, { state: s.state as StatusState, description: s.description });
    }
    if (page * perPage >= data.total_count || data.statuses.length === 0) break;
  }
  return current;
}

export async function publishStatuses(
  client: GitHubClient,
  target: PublishTarget,
  intents: StatusIntent[],
  failure: Omit<FailureContext, 'repository' | 'sha'>,
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { posted: [], unchanged: [], failures: [] };
  const ctx: FailureContext = { ...failure, repository: `${target.owner}/${target.repo}`, sha: target.sha };
  let current: Map<string, CurrentStatus>;
  try {
    current = await currentStatuses(client, target);
  } catch (error) {
    // Reading failed (bad token, unknown commit, GitHub down): posting would fail the same way.
    outcome.failures.push(describeGitHubFailure(error, ctx));
    return outcome;
  }
  for (const intent of intents) {
    // `current` is what the commit shows now: the combined status read at the start, updated after
    // every post of this run. Comparing with the start alone let a second intent for a context
    // (once: a tool named "gate") be skipped as "unchanged" after the first had changed it.
    const key = intent.context.toLowerCase();
    const now = current.get(key);
    if (now && now.state === intent.state && (now.description ?? '') === intent.description) {
      outcome.unchanged.push(intent);
      continue;
    }
    try {
      await client.rest.repos.createCommitStatus({
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        state: intent.state,
        context: intent.context,
        description: intent.description,
        ...(intent.targetUrl ? { target_url: intent.targetUrl } : {}),
      });
      current.set(key, { state: intent.state, description: intent.description });
      outcome.posted.push(intent);
    } catch (error) {
      // What the commit shows is unknown now (a post that timed out may have landed): never
      // call a later intent for this context "unchanged".
      current.delete(key);
      outcome.failures.push(`${intent.context}: ${describeGitHubFailure(error, ctx)}`);
      const status = (error as { status?: unknown }).status;
      // The same token/commit will fail every other context the same way: stop after one line.
      if (status === 401 || status === 403 || status === 404) break;
    }
  }
  return outcome;
}
