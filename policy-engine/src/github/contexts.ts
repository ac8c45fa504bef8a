/**
 * Status contexts for tool names that come from reports, which are untrusted: a SARIF driver can call
 * itself `gate`, `Gate`, `security/gate`, `__proto__`, or a megabyte of control characters. GitHub
 * compares contexts case-insensitively and shows only the latest status per context, so a tool that
 * lands on the gate's context (or on another tool's) can turn it green. The rules:
 *
 * - A *plain* name (1–64 of `a-z 0-9 . _ -`, starting with a letter or digit, not `gate`) is used as is:
 *   `security/trivy`. Plain names map to themselves, so two of them never collide.
 * - Any other name becomes `<slug>#<hash>`: the slug is the name NFKC-normalised, lower-cased, with
 *   every run of other characters turned into `-` and cut to 40 characters (`tool` if nothing is
 *   left); the hash is the first 12 hex digits of SHA-256 over the name's UTF-16 code units. `#` is
 *   never in a plain name, so these never meet a plain name or the gate's context, and depend only on
 *   the name itself: the same tool gets the same context on every run, whatever else is in it.
 * - Should two escaped names still meet (a 48-bit hash collision someone went looking for), the
 *   later one in code-unit order gets `-2`, `-3`, …: no two tools ever share a context.
 */
import { createHash } from 'node:crypto';
import { GITHUB_STATUS_CONTEXT_MAX } from '../limits.js';

/** The gate's own context is `${prefix}/gate`; no tool may have it. */
export const GATE_CONTEXT_NAME = 'gate';
/** Longest tool part of a context; with notify's 80-character prefix limit, far below GitHub's 255. */
export const TOOL_CONTEXT_NAME_MAX = 64;
const SLUG_MAX = 40;
const HASH_HEX = 12;
const HASH_SLICE = 1 << 20;
const PLAIN = new RegExp(`^[a-z0-9][a-z0-9._-]{0,${TOOL_CONTEXT_NAME_MAX - 1}}$`);

export function gateContext(prefix: string): string {
  return `${prefix}/${GATE_CONTEXT_NAME}`;
}

function slug(name: string): string {
  // Only the start matters for the slug; the hash covers the whole name. Bounding the input keeps a
  // huge name linear and cheap.
  const head = name.slice(0, SLUG_MAX * 4).normalize('NFKC').toLowerCase();
  const cut = head
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/[-._]+$/, '');
  return cut || 'tool';
}

function nameHash(name: string): string {
  // UTF-16 code units, not UTF-8: UTF-8 would turn every lone surrogate into the same U+FFFD. In
  // slices, so a name of hundreds of megabytes is not copied whole.
  const hash = createHash('sha256');
  for (let i = 0; i < name.length; i += HASH_SLICE) hash.update(Buffer.from(name.slice(i, i + HASH_SLICE), 'utf16le'));
  return hash.digest('hex').slice(0, HASH_HEX);
}

/** The tool part of a context (after `prefix/`) for one name, before collisions are settled. */
export function toolContextName(name: string): string {
  if (PLAIN.test(name) && name !== GATE_CONTEXT_NAME) return name;
  return `${slug(name)}#${nameHash(name)}`;
}

/** Code-unit order: deterministic, unlike localeCompare. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One context per tool name, none equal to the gate's context or to each other (case-insensitively),
 * each at most GITHUB_STATUS_CONTEXT_MAX characters of printable ASCII after the prefix. `nameFor`
 * is there for tests, to force the collisions a real hash makes too rare to meet.
 */
export function toolContexts(prefix: string, names: Iterable<string>, nameFor: (name: string) => string = toolContextName): Map<string, string> {
  if (prefix.length + 1 + TOOL_CONTEXT_NAME_MAX > GITHUB_STATUS_CONTEXT_MAX) {
    throw new Error(`status context prefix of ${prefix.length} characters leaves no room for tool names`);
  }
  const taken = new Set<string>([gateContext(prefix).toLowerCase()]);
  const contexts = new Map<string, string>();
  for (const name of [...new Set(names)].sort(byCodeUnits)) {
    const base = `${prefix}/${nameFor(name)}`;
    let context = base;
    for (let n = 2; taken.has(context.toLowerCase()); n++) context = `${base}-${n}`;
    taken.add(context.toLowerCase());
    contexts.set(name, context);
  }
  return contexts;
}
