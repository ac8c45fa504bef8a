/**
 * The tiny query interface the rest of the service sees. Two implementations: PostgreSQL through `pg`
 * and the embedded PGlite. Both speak the same SQL (PostgreSQL dialect, `$1` placeholders).
 */
export interface Queryable {
  /** One parameterized statement. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
