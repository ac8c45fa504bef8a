/**
 * Calendar dates (YYYY-MM-DD) used by suppression expiry. One rule everywhere, the same as Trivy's
 * `exp:`: a date means midnight UTC at the start of that day, so `expires: 2026-03-01` applies
 * through 2026-02-28 and stops applying on 2026-03-01.
 */
/**
 * Options for every YAML file srp reads (policy, .trivyignore.yaml). The YAML 1.2 core schema with
 * no YAML 1.1 tags keeps a date as the text written: a timestamp type (YAML 1.1, `%YAML 1.1` or
 * `!!timestamp`) would roll 2026-13-45 over into 2027-02-14, bringing an expired suppression back.
 * The text is then checked with isCalendarDate. logLevel 'error': yaml's only warning here (for a
 * list or mapping used as a key, which yamlData refuses) goes to process.emitWarning and would quote
 * the file on stderr, past printableLine.
 */
export const YAML_OPTIONS = { uniqueKeys: true, schema: 'core', resolveKnownTags: false, logLevel: 'error' } as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Milliseconds since the epoch at which a suppression with this expiry date stops applying. */
export function expiryInstant(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function isExpired(date: string, now: Date): boolean {
  return now.getTime() >= expiryInstant(date);
}

/** Not expired yet, but expiring within `days` days of `now`. */
export function isExpiringWithin(date: string, now: Date, days: number): boolean {
  const at = expiryInstant(date);
  return now.getTime() < at && at - now.getTime() <= days * DAY_MS;
}
