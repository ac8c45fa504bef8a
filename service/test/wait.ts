/** Polls until `check` returns a value (not undefined), a bounded number of times; no timing assertions. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, attempts = 240, intervalMs = 250): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`gave up waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
