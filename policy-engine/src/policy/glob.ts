/**
 * Path globs for suppressions and .trivyignore.yaml `paths`, matched in time linear in the path.
 *
 * picomatch (and any glob → JavaScript RegExp translation) runs on V8's backtracking engine, where
 * `**\/*-*-*-*-*-*.yaml` against a long path took 29 s for one finding. Here a glob compiles once to
 * a small NFA program that is simulated Thompson/Pike style: every character of the path is looked
 * at once per program instruction at most, so one match costs O(path × pattern) whatever the input.
 *
 * Syntax is the subset Trivy's doublestar and picomatch agree on: `*` (within a path segment), `?`,
 * `[abc]` `[a-z]` `[!abc]` `[^abc]`, `{a,b}` (nestable), `**` as a whole segment (zero or more
 * segments; `a/**` also matches `a`), `\` to escape. Dot files are ordinary. Everything else is a
 * literal character: `!`, `(`, `|`, `+`, `@` — so an extglob or a negation never means "everything".
 */

/** Longest glob accepted; a longer one is almost certainly not a path pattern. */
export const MAX_GLOB_LENGTH = 1024;
/** Paths longer than this (PATH_MAX on Linux) never match a glob: fail closed, keep matching cheap. */
export const MAX_GLOB_SUBJECT_LENGTH = 4096;

export class GlobSyntaxError extends Error {}

type Node =
  | { t: 'lit'; c: number }
  | { t: 'one' } // any character but '/'
  | { t: 'class'; ranges: number[]; negated: boolean }
  | { t: 'star' } // any run without '/'
  | { t: 'any' } // any run, '/' included
  | { t: 'opt'; body: Node[] }
  | { t: 'alt'; options: Node[][] };

const SLASH = 0x2f;

class Parser {
  private i = 0;
  private readonly cps: number[];
  constructor(private readonly glob: string) {
    this.cps = Array.from(glob, (ch) => ch.codePointAt(0) as number);
  }

  parse(): Node[] {
    const seq = this.sequence(false, true);
    if (this.i < this.cps.length) throw new GlobSyntaxError(`unexpected '${this.glob[this.i]}'`);
    return seq;
  }

  /** A sequence up to the end, or up to `,`/`}` inside braces. */
  private sequence(inBrace: boolean, atSegmentStart: boolean): Node[] {
    const out: Node[] = [];
    const start = this.i;
    while (this.i < this.cps.length) {
      const c = this.cps[this.i] as number;
      if (inBrace && (c === 0x2c || c === 0x7d)) break; // , }
      const segmentStart = this.i === start ? atSegmentStart : this.cps[this.i - 1] === SLASH;
      if (c === 0x2a /* * */) {
        let stars = 0;
        while (this.cps[this.i] === 0x2a) {
          stars++;
          this.i++;
        }
        const next = this.cps[this.i];
        const endsHere = next === undefined || (inBrace && (next === 0x2c || next === 0x7d));
        if (stars >= 2 && segmentStart && (next === SLASH || endsHere)) {
          if (next === SLASH) {
            this.i++;
            // `**/`: zero or more whole segments.
            out.push({ t: 'opt', body: [{ t: 'any' }, { t: 'lit', c: SLASH }] });
          } else if (out.length > 0 && out[out.length - 1]?.t === 'lit' && (out[out.length - 1] as { c: number }).c === SLASH) {
            // `a/**` matches `a` and everything below it.
            out.pop();
            out.push({ t: 'opt', body: [{ t: 'lit', c: SLASH }, { t: 'any' }] });
          } else {
            out.push({ t: 'any' });
          }
        } else {
          out.push({ t: 'star' });
        }
        continue;
      }
      this.i++;
      if (c === 0x3f /* ? */) out.push({ t: 'one' });
      else if (c === 0x5b /* [ */) out.push(this.charClass());
      else if (c === 0x7b /* { */) out.push(this.braces(segmentStart));
      else if (c === 0x5c /* \ */) {
        const escaped = this.cps[this.i++];
        if (escaped === undefined) throw new GlobSyntaxError('ends with a lone backslash');
        out.push({ t: 'lit', c: escaped });
      } else out.push({ t: 'lit', c });
    }
    return out;
  }

  private braces(segmentStart: boolean): Node {
    const options: Node[][] = [];
    for (;;) {
      options.push(this.sequence(true, segmentStart));
      const c = this.cps[this.i++];
      if (c === 0x7d) break;
      if (c !== 0x2c) throw new GlobSyntaxError("has a '{' without its '}'");
    }
    return { t: 'alt', options };
  }

  private charClass(): Node {
    let negated = false;
    if (this.cps[this.i] === 0x21 || this.cps[this.i] === 0x5e) {
      negated = true;
      this.i++;
    }
    const ranges: number[] = [];
    let first = true;
    for (;;) {
      let c = this.cps[this.i++];
      if (c === undefined) throw new GlobSyntaxError("has a '[' without its ']'");
      if (c === 0x5d && !first) break;
      first = false;
      if (c === 0x5c) {
        c = this.cps[this.i++];
        if (c === undefined) throw new GlobSyntaxError("has a '[' without its ']'");
      }
      let hi = c;
      if (this.cps[this.i] === 0x2d && this.cps[this.i + 1] !== undefined && this.cps[this.i + 1] !== 0x5d) {
        hi = this.cps[this.i + 1] as number;
        this.i += 2;
        if (hi < c) throw new GlobSyntaxError('has a character range written backwards');
      }
      ranges.push(c, hi);
    }
    return { t: 'class', ranges, negated };
  }
}

// Program: op codes with one or two operands in parallel arrays.
const LIT = 0;
const ONE = 1;
const ANYCHAR = 2;
const CLASS = 3;
const SPLIT = 4;
const JMP = 5;
const MATCH = 6;

interface Program {
  op: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  classes: { ranges: number[]; negated: boolean }[];
}

function compileNodes(nodes: Node[]): Program {
  const op: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const classes: Program['classes'] = [];
  const emit = (code: number, x = 0, y = 0): number => {
    op.push(code);
    a.push(x);
    b.push(y);
    return op.length - 1;
  };
  const loop = (charOp: number): void => {
    const split = emit(SPLIT);
    emit(charOp);
    emit(JMP, split);
    a[split] = split + 1;
    b[split] = op.length;
  };
  const seq = (list: Node[]): void => {
    for (const n of list) {
      switch (n.t) {
        case 'lit':
          emit(LIT, n.c);
          break;
        case 'one':
          emit(ONE);
          break;
        case 'class':
          classes.push({ ranges: n.ranges, negated: n.negated });
          emit(CLASS, classes.length - 1);
          break;
        case 'star':
          loop(ONE);
          break;
        case 'any':
          loop(ANYCHAR);
          break;
        case 'opt': {
          const split = emit(SPLIT);
          seq(n.body);
          a[split] = split + 1;
          b[split] = op.length;
          break;
        }
        case 'alt': {
          const jumps: number[] = [];
          n.options.forEach((option, k) => {
            if (k < n.options.length - 1) {
              const split = emit(SPLIT);
              seq(option);
              jumps.push(emit(JMP));
              a[split] = split + 1;
              b[split] = op.length;
            } else {
              seq(option);
            }
          });
          for (const j of jumps) a[j] = op.length;
          break;
        }
      }
    }
  };
  seq(nodes);
  emit(MATCH);
  return { op: Uint8Array.from(op), a: Int32Array.from(a), b: Int32Array.from(b), classes };
}

function inClass(cls: { ranges: number[]; negated: boolean }, c: number): boolean {
  if (c === SLASH) return false;
  let hit = false;
  for (let k = 0; k < cls.ranges.length; k += 2) {
    if (c >= (cls.ranges[k] as number) && c <= (cls.ranges[k + 1] as number)) {
      hit = true;
      break;
    }
  }
  return hit !== cls.negated;
}

/** Pike VM: the set of live instructions advances one character at a time, each at most once. */
function run(p: Program, subject: string): boolean {
  const n = p.op.length;
  let current = new Int32Array(n);
  let next = new Int32Array(n);
  let currentSize = 0;
  let nextSize = 0;
  const mark = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n * 2 + 2);
  let generation = 0;
  const add = (list: Int32Array, size: number, pc: number): number => {
    let top = 0;
    stack[top++] = pc;
    while (top > 0) {
      const at = stack[--top] as number;
      if (mark[at] === generation) continue;
      mark[at] = generation;
      const code = p.op[at];
      if (code === JMP) stack[top++] = p.a[at] as number;
      else if (code === SPLIT) {
        stack[top++] = p.b[at] as number;
        stack[top++] = p.a[at] as number;
      } else list[size++] = at;
    }
    return size;
  };
  currentSize = add(current, 0, 0);
  for (const ch of subject) {
    if (currentSize === 0) return false;
    const c = ch.codePointAt(0) as number;
    generation++;
    nextSize = 0;
    for (let k = 0; k < currentSize; k++) {
      const pc = current[k] as number;
      let ok: boolean;
      switch (p.op[pc]) {
        case LIT:
          ok = p.a[pc] === c;
          break;
        case ONE:
          ok = c !== SLASH;
          break;
        case ANYCHAR:
          ok = true;
          break;
        case CLASS:
          ok = inClass(p.classes[p.a[pc] as number] as Program['classes'][number], c);
          break;
        default:
          ok = false; // MATCH before the end of the subject
      }
      if (ok) nextSize = add(next, nextSize, pc + 1);
    }
    [current, next] = [next, current];
    currentSize = nextSize;
  }
  for (let k = 0; k < currentSize; k++) if (p.op[current[k] as number] === MATCH) return true;
  return false;
}

export interface CompiledGlob {
  readonly glob: string;
  /**
   * Whole path segments every match contains, spelled out literally (`gen-1` in `**\/gen-1/*.js`):
   * index keys, so thousands of globs are not each tried on every path.
   */
  readonly literalSegments: readonly string[];
  matches(subject: string): boolean;
}

/** Throws GlobSyntaxError for a pattern that cannot mean what its author wrote. */
export function compileGlob(glob: string): CompiledGlob {
  if (glob.length === 0) throw new GlobSyntaxError('is empty');
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  const source = glob.startsWith('./') ? glob.slice(2) : glob;
  const nodes = new Parser(source).parse();
  let prefix = '';
  let suffix = '';
  for (const n of nodes) {
    if (n.t !== 'lit') break;
    prefix += String.fromCodePoint(n.c);
  }
  if (prefix.length < source.length) {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const n = nodes[k] as Node;
      if (n.t !== 'lit') break;
      suffix = String.fromCodePoint(n.c) + suffix;
    }
  }
  const literalSegments: string[] = [];
  let segment: string | undefined = '';
  const endSegment = (): void => {
    if (segment) literalSegments.push(segment);
    segment = '';
  };
  for (const n of nodes) {
    // `/`, and globstars (which begin or end at a segment boundary), separate segments.
    if ((n.t === 'lit' && n.c === SLASH) || n.t === 'opt' || n.t === 'any') endSegment();
    else if (n.t === 'lit' && segment !== undefined) segment += String.fromCodePoint(n.c);
    else segment = undefined; // a wildcard inside: not literal up to the next separator
  }
  endSegment();
  const program = compileNodes(nodes);
  const exact = prefix.length > 0 && nodes.every((n) => n.t === 'lit');
  return {
    glob,
    literalSegments,
    matches(subject: string): boolean {
      const s = subject.startsWith('./') ? subject.slice(2) : subject;
      if (s.length > MAX_GLOB_SUBJECT_LENGTH) return false;
      if (exact) return s === prefix;
      if (!s.startsWith(prefix) || !s.endsWith(suffix)) return false;
      return run(program, s);
    },
  };
}

/** The reason a glob is refused, or undefined when it compiles. */
export function globProblem(glob: string): string | undefined {
  try {
    compileGlob(glob);
    return undefined;
  } catch (error) {
    if (error instanceof GlobSyntaxError) return error.message;
    throw error;
  }
}
