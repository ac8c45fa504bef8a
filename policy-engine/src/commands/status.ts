/**
 * `srp status`: post one commit status directly. The Jenkins library sets `pending` when a build
 * starts and `error` when a stage crashes, so reviewers never see a stale result. Same repository,
 * commit, token and network handling as `srp gate --github-status`.
 */
import { EXIT, UsageError } from '../errors.js';
import { clampDescription, gateContext, STATUS_STATES, type StatusIntent, type StatusState } from '../github/statuses.js';
import { GITHUB_STATUS_DESCRIPTION_MAX } from '../limits.js';
import { helpLines, parseCommandArgs } from './args.js';
import { gitFactsOnce } from './git-facts.js';
import { postStatuses } from './notify.js';
import {
  GITHUB_TARGET_HELP,
  GITHUB_TARGET_OPTIONS,
  NETWORK_HELP,
  NETWORK_OPTIONS,
  NOTIFY_HELP_COLUMN,
  NOTIFY_OPTIONS,
} from './notify-options.js';
import { resolveGitHubSettings, type NetworkTuning } from './notify-settings.js';

export const STATUS_HELP = `Usage: srp status --state pending|success|failure|error [options]

Posts one GitHub commit status (per --context) on the build's commit; a status whose state and
description the commit already shows is not posted again.
Exit codes: 0 posted or unchanged, 2 usage error (bad flag, no token, no repository/commit),
3 GitHub refused or could not be reached (one line says why).

${helpLines(
  [
    { flag: 'state', arg: 'S', text: 'pending, success, failure or error (required)' },
    { flag: 'context', arg: 'C', text: 'status context; repeatable (default: <prefix>/gate, i.e. security/gate)' },
    { flag: 'description', arg: 'D', text: `at most ${GITHUB_STATUS_DESCRIPTION_MAX} characters (default: a fixed text per state)` },
    { flag: 'status-context-prefix', arg: 'P', text: 'prefix for the default context (default: security)' },
    { flag: 'target-url', arg: 'URL', text: 'link on the status (default: BUILD_URL)' },
  ],
  NOTIFY_HELP_COLUMN,
)}${GITHUB_TARGET_HELP}${NETWORK_HELP}${helpLines([{ flag: 'help', short: 'h', text: 'this help' }], NOTIFY_HELP_COLUMN)}See docs/github-statuses.md for the token's minimum scope and the Jenkins setup.
`;

const STATUS_OPTIONS = {
  state: { type: 'string' },
  context: { type: 'string', multiple: true },
  description: { type: 'string' },
  'status-context-prefix': NOTIFY_OPTIONS['status-context-prefix'],
  'target-url': NOTIFY_OPTIONS['target-url'],
  ...GITHUB_TARGET_OPTIONS,
  ...NETWORK_OPTIONS,
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const DEFAULT_DESCRIPTIONS: Record<StatusState, string> = {
  pending: 'pending: security checks are running',
  success: 'passed',
  failure: 'failed',
  error: 'error: the security checks could not complete; see the build log',
};

export interface StatusCommandContext {
  env: Record<string, string | undefined>;
  cwd: string;
  log: (line: string) => void;
  stdout: (text: string) => void;
  /** Tests shorten backoffs and timeouts. */
  tuning?: NetworkTuning;
}

export async function runStatusCommand(argv: string[], ctx: StatusCommandContext): Promise<number> {
  const { values } = parseCommandArgs('status', argv, STATUS_OPTIONS, false);
  if (values.help) {
    ctx.stdout(STATUS_HELP);
    return EXIT.passed;
  }
  const state = values.state;
  if (!state) throw new UsageError("status: --state is required (pending, success, failure or error); run 'srp status --help'");
  if (!(STATUS_STATES as readonly string[]).includes(state)) {
    throw new UsageError(`status: --state '${state}' must be one of ${STATUS_STATES.join(', ')}`);
  }
  const description = values.description ?? DEFAULT_DESCRIPTIONS[state as StatusState];
  if ([...description].length > GITHUB_STATUS_DESCRIPTION_MAX) {
    throw new UsageError(`status: --description is ${[...description].length} characters; GitHub allows ${GITHUB_STATUS_DESCRIPTION_MAX}`);
  }
  const settings = resolveGitHubSettings(values, ctx.env, gitFactsOnce(ctx.cwd), ctx.tuning);
  const contexts = values.context && values.context.length > 0 ? values.context : [gateContext(settings.prefix)];
  for (const context of contexts) {
    if (!context.trim() || context.length > 255) throw new UsageError(`status: --context '${context}' must be 1-255 characters`);
  }
  const intents: StatusIntent[] = contexts.map((context) => ({
    context,
    state: state as StatusState,
    description: clampDescription(description),
    ...(settings.targetUrl ? { targetUrl: settings.targetUrl } : {}),
  }));
  const failures = await postStatuses(settings, intents, ctx.env, ctx.log);
  for (const line of failures) ctx.log(line);
  return failures.length === 0 ? EXIT.passed : EXIT.networkError;
}
