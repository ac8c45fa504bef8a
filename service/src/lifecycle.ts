/**
 * The process state server.ts owns and the app reads: a module of its own so that routes, the /health
 * fast path and the app depend on it without depending on each other.
 */

/** Mutable process state: set once migrations have run, and when shutdown begins. */
export interface Lifecycle {
  migrated: boolean;
  shuttingDown: boolean;
}
