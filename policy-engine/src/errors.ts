/**
 * Every failure a user can act on is one of these classes, with a one-line message that says
 * what went wrong, where, and how to fix it. Anything else is a bug (cli.ts reports it briefly).
 * Messages must never contain secret material or tokens.
 */
export const EXIT = {
  passed: 0,
  blocked: 1,
  inputError: 2,
  networkError: 3,
  internalError: 4,
} as const;

/** Where each failure is explained; the path is relative to the srp repository. */
export const DOCS_URL = 'docs/engine.md';

export abstract class SrpError extends Error {
  abstract readonly exitCode: number;
  /** Anchor in docs/engine.md that explains this failure. */
  readonly docsAnchor: string = 'errors';
}

/** Bad command line (unknown flag, missing argument). */
export class UsageError extends SrpError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'usage';
}

/** A report, policy, ignore or baseline file that cannot be read or is not what it must be. */
export class InputError extends SrpError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'input-errors';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A policy file that parses but says something invalid. */
export class PolicyError extends SrpError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'policy-file';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** GitHub or the release ledger could not be reached or refused the request. */
export class NetworkError extends SrpError {
  readonly exitCode = EXIT.networkError;
  override readonly docsAnchor = 'network-errors';
}
