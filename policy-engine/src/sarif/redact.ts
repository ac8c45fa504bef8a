/**
 * Redacted form of a secret: what a reviewer may see. At most REDACTION_VISIBLE_PREFIX characters
 * survive, and only for secrets long enough that 4 characters cannot help guess the rest; the length
 * is kept so two findings can be told apart.
 */
import { REDACTION_VISIBLE_PREFIX } from '../limits.js';

/** Below this length nothing of the secret is shown. */
export const REDACTION_MIN_LENGTH_FOR_PREFIX = 12;

export function redactSecret(secret: string): string {
  const chars = Array.from(secret);
  const length = chars.length;
  if (length === 0) return '(empty)';
  const prefix = length >= REDACTION_MIN_LENGTH_FOR_PREFIX ? chars.slice(0, REDACTION_VISIBLE_PREFIX).join('') : '';
  return `${prefix}…(${length} chars)`;
}
