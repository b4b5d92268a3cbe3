// Checks a regex from a team policy before it ever runs on a user's text. A policy is data from
// a repository, so a catastrophic pattern must be rejected, not trusted. Three layers:
//   1. syntax and flags (compiled with `gu`, like every built-in rule);
//   2. a structural check for the shapes that backtrack exponentially or with a high
//      polynomial degree: nested unbounded quantifiers, repeated groups whose alternatives
//      overlap or that can match nothing, backreferences;
//   3. an empirical time budget: the pattern runs on adversarial inputs built from its own
//      alphabet (long runs that it accepts, then a final mismatch), growing in small steps so a
//      blow-up is caught while it is still cheap. The budget (25 ms per input by default) only
//      grows when a linear reference pattern shows the machine itself is slow at the moment.
//      Unbounded runs followed by a literal (`[^\s]+@x`) are quadratic under a global scan
//      and are rejected too: like the built-in rules, policy patterns need bounded quantifiers.
// Layer 2 is a heuristic and may reject a harmless pattern; the message says how to rewrite it.

/** Regex flags a policy pattern may use; `g` and `u` are always added. */
export const ALLOWED_REGEX_FLAGS = 'gimsu';

/** Outcome of checking one policy regex. `reason` is a sentence for the user (no matched text). */
export type RegexCheck = { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly reason: string };

/** Options for {@link checkCustomRegex}; the defaults are what policies get. */
export interface RegexCheckOptions {
  /** Time budget per adversarial input, in milliseconds (default 25). */
  readonly budgetMs?: number;
  /** Length of the longest adversarial input (default 20,000 characters). */
  readonly maxInputLength?: number;
  /** Also reject patterns that can match the empty string (default true; allowlist regexes pass false). */
  readonly rejectEmptyMatch?: boolean;
}

const DEFAULT_BUDGET_MS = 25;
const DEFAULT_MAX_INPUT = 20_000;
/** Input lengths tried in order; small steps at first so exponential patterns stop early. */
const RAMP = [8, 12, 16, 20, 24, 28, 32, 40, 48, 64, 96, 128, 256, 512, 1024, 2048, 4096, 8192, 20_000];
const MAX_MATCHES_PER_RUN = 2000;
/** The budget is at least this many times the time of a linear reference pattern (see `calibrate`). */
const CALIBRATION_FACTOR = 8;

const cache = new Map<string, RegexCheck>();

/**
 * Checks a custom regex (source without slashes, plus flags) and returns it compiled with `gu`,
 * or the reason it is rejected. Never throws. Results are memoized per source, flags and options,
 * so the editor and the CLI give the same answer for the same pattern in one session.
 */
export function checkCustomRegex(source: string, flags = '', options: RegexCheckOptions = {}): RegexCheck {
  const key = `${flags}\u0000${options.budgetMs ?? ''}\u0000${options.maxInputLength ?? ''}\u0000${options.rejectEmptyMatch ?? ''}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = check(source, flags, options);
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

function check(source: string, flags: string, options: RegexCheckOptions): RegexCheck {
  for (const f of flags) {
    if (!ALLOWED_REGEX_FLAGS.includes(f)) return { ok: false, reason: `Flag "${f}" is not allowed; use only g, i, m, s and u.` };
  }
  if (new Set(flags).size !== flags.length) return { ok: false, reason: 'A regex flag is repeated.' };
  const effective = [...new Set(`${flags}gu`)].sort().join('');
  let regex: RegExp;
  try {
    regex = new RegExp(source, effective);
  } catch (e) {
    return { ok: false, reason: `Invalid regular expression: ${(e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: /u, "")}` };
  }
  let ast: Alternatives;
  try {
    ast = new Parser(source, effective.includes('i')).parse();
  } catch {
    // The engine accepted it but our parser did not understand it: be conservative.
    return { ok: false, reason: 'The pattern uses syntax the safety check does not understand.' };
  }
  const { risk, nullable } = analyse(ast);
  if (risk) return { ok: false, reason: risk };
  if (nullable && options.rejectEmptyMatch !== false) {
    return { ok: false, reason: 'The pattern can match the empty string; it must require at least one character.' };
  }
  const slow = findSlowInput(regex, ast, options.budgetMs ?? DEFAULT_BUDGET_MS, options.maxInputLength ?? DEFAULT_MAX_INPUT);
  if (slow !== undefined) {
    return {
      ok: false,
      reason: `The pattern took more than ${options.budgetMs ?? DEFAULT_BUDGET_MS} ms on a ${slow}-character adversarial input (catastrophic backtracking). Use bounded quantifiers such as {1,64} and explicit boundaries.`,
    };
  }
  return { ok: true, regex };
}

// ---------------------------------------------------------------------------------------------
// Character sets: ASCII as a bitmap plus one flag for "some character above U+007F".

class CharSet {
  private readonly bits = new Uint32Array(4);
  other = false;

  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.add(c);
    return s;
  }

  static all(): CharSet {
    const s = new CharSet();
    s.addRange(0, 127);
    s.other = true;
    return s;
  }

  add(code: number): void {
    if (code > 127) this.other = true;
    else this.bits[code >> 5] = ((this.bits[code >> 5] as number) | (1 << (code & 31))) >>> 0;
  }

  addRange(from: number, to: number): void {
    for (let c = from; c <= Math.min(to, 127); c++) this.add(c);
    if (to > 127) this.other = true;
  }

  addSet(other: CharSet): void {
    for (let i = 0; i < 4; i++) this.bits[i] = ((this.bits[i] as number) | (other.bits[i] as number)) >>> 0;
    this.other ||= other.other;
  }

  has(code: number): boolean {
    return code > 127 ? this.other : ((this.bits[code >> 5] as number) & (1 << (code & 31))) !== 0;
  }

  negated(): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 4; i++) s.bits[i] = ~(this.bits[i] as number) >>> 0;
    // A negated class can match non-ASCII characters unless it was already "everything".
    s.other = true;
    return s;
  }

  intersects(other: CharSet): boolean {
    for (let i = 0; i < 4; i++) if (((this.bits[i] as number) & (other.bits[i] as number)) !== 0) return true;
    return this.other && other.other;
  }

  isEmpty(): boolean {
    return !this.other && this.bits.every((b) => b === 0);
  }

  /** A few representative members, for building adversarial inputs. */
  samples(): string[] {
    const members: number[] = [];
    for (let c = 32; c < 127; c++) if (this.has(c)) members.push(c);
    if (this.has(9)) members.push(9);
    const out = new Set<string>();
    if (members.length > 0) {
      out.add(String.fromCharCode(members[0] as number));
      out.add(String.fromCharCode(members[members.length - 1] as number));
      out.add(String.fromCharCode(members[members.length >> 1] as number));
    }
    if (this.other) out.add('\u00e9');
    return [...out];
  }
}

function caseVariants(set: CharSet): CharSet {
  const s = new CharSet();
  s.addSet(set);
  for (let c = 65; c <= 90; c++) if (set.has(c)) s.add(c + 32);
  for (let c = 97; c <= 122; c++) if (set.has(c)) s.add(c - 32);
  return s;
}

const DIGITS = (() => {
  const s = new CharSet();
  s.addRange(48, 57);
  return s;
})();
const WORD = (() => {
  const s = new CharSet();
  s.addRange(48, 57);
  s.addRange(65, 90);
  s.addRange(97, 122);
  s.add(95);
  return s;
})();
const SPACE = (() => {
  const s = CharSet.of(9, 10, 11, 12, 13, 32);
  s.other = true;
  return s;
})();

// ---------------------------------------------------------------------------------------------
// A small parser for the regex syntax accepted with the `u` flag. The pattern has already
// compiled, so the parser can assume well-formed input and only needs the structure.

interface Quantifier {
  readonly min: number;
  readonly max: number; // Infinity when unbounded
}

type Atom =
  | { readonly kind: 'chars'; readonly set: CharSet; readonly literal?: string }
  | { readonly kind: 'group'; readonly body: Alternatives; readonly lookaround: boolean }
  | { readonly kind: 'assertion' }
  | { readonly kind: 'backreference' };

interface Term {
  readonly atom: Atom;
  readonly quantifier?: Quantifier;
}

type Sequence = Term[];
type Alternatives = Sequence[];

class Parser {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Alternatives {
    const alts = this.alternatives();
    if (this.pos !== this.src.length) throw new Error('unexpected )');
    return alts;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private alternatives(): Alternatives {
    const alts: Alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Sequence {
    const seq: Sequence = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') return seq;
      const atom = this.atom();
      const quantifier = this.quantifier();
      seq.push(quantifier ? { atom, quantifier } : { atom });
    }
  }

  private quantifier(): Quantifier | undefined {
    const ch = this.peek();
    let q: Quantifier | undefined;
    if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.pos));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return undefined;
    this.pos++;
    if (this.peek() === '?') this.pos++; // lazy: same structure
    return q;
  }

  private chars(set: CharSet, literal?: string): Atom {
    return { kind: 'chars', set: this.ignoreCase ? caseVariants(set) : set, literal };
  }

  private atom(): Atom {
    const ch = this.src[this.pos++] as string;
    switch (ch) {
      case '^':
      case '$':
        return { kind: 'assertion' };
      case '.':
        return this.chars(CharSet.all());
      case '[':
        return this.chars(this.charClass());
      case '(':
        return this.group();
      case '\\':
        return this.escape(false) ?? { kind: 'assertion' };
      default: {
        const code = ch.codePointAt(0) as number;
        if (code > 0xffff) this.pos++;
        return this.chars(CharSet.of(code), String.fromCodePoint(code));
      }
    }
  }

  private group(): Atom {
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      this.pos += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Error('bad group name');
      this.pos = close + 1;
    } else if (this.peek() === '?') {
      // Modifiers such as (?i:...): skip to the colon.
      const colon = this.src.indexOf(':', this.pos);
      if (colon < 0) throw new Error('bad group');
      this.pos = colon + 1;
    }
    const body = this.alternatives();
    if (this.src[this.pos++] !== ')') throw new Error('unterminated group');
    return { kind: 'group', body, lookaround };
  }

  /** Parses after a backslash. Returns undefined for zero-width escapes (\b, \B). */
  private escape(inClass: boolean): Atom | undefined {
    const ch = this.src[this.pos++] as string;
    switch (ch) {
      case 'd':
        return this.chars(DIGITS);
      case 'D':
        return this.chars(DIGITS.negated());
      case 'w':
        return this.chars(WORD);
      case 'W':
        return this.chars(WORD.negated());
      case 's':
        return this.chars(SPACE);
      case 'S':
        return this.chars(SPACE.negated());
      case 'b':
        return inClass ? this.chars(CharSet.of(8)) : undefined;
      case 'B':
        return undefined;
      case 'k': {
        const close = this.src.indexOf('>', this.pos);
        this.pos = close + 1;
        return { kind: 'backreference' };
      }
      case 'p':
      case 'P': {
        const close = this.src.indexOf('}', this.pos);
        this.pos = close + 1;
        return this.chars(CharSet.all());
      }
      case 'n':
        return this.chars(CharSet.of(10), '\n');
      case 'r':
        return this.chars(CharSet.of(13), '\r');
      case 't':
        return this.chars(CharSet.of(9), '\t');
      case 'v':
        return this.chars(CharSet.of(11));
      case 'f':
        return this.chars(CharSet.of(12));
      case '0':
        return this.chars(CharSet.of(0));
      case 'c': {
        const code = (this.src.charCodeAt(this.pos++) % 32) as number;
        return this.chars(CharSet.of(code));
      }
      case 'x': {
        const code = parseInt(this.src.slice(this.pos, this.pos + 2), 16);
        this.pos += 2;
        return this.chars(CharSet.of(code), String.fromCharCode(code));
      }
      case 'u': {
        let code: number;
        if (this.peek() === '{') {
          const close = this.src.indexOf('}', this.pos);
          code = parseInt(this.src.slice(this.pos + 1, close), 16);
          this.pos = close + 1;
        } else {
          code = parseInt(this.src.slice(this.pos, this.pos + 4), 16);
          this.pos += 4;
        }
        return this.chars(CharSet.of(code), String.fromCodePoint(code));
      }
      default:
        if (/[1-9]/u.test(ch)) {
          while (/\d/u.test(this.peek() ?? '')) this.pos++;
          return { kind: 'backreference' };
        }
        // Identity escape of a syntax character: a literal.
        return this.chars(CharSet.of(ch.charCodeAt(0)), ch);
    }
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.pos++;
    }
    const set = new CharSet();
    let prev: number | undefined;
    let rangePending = false;
    while (this.pos < this.src.length && this.peek() !== ']') {
      let code: number | undefined;
      const ch = this.src[this.pos++] as string;
      if (ch === '\\') {
        const atom = this.escape(true);
        if (atom && atom.kind === 'chars') {
          if (atom.literal !== undefined) code = atom.literal.codePointAt(0);
          else {
            set.addSet(atom.set);
            prev = undefined;
            rangePending = false;
            continue;
          }
        }
      } else if (ch === '-' && prev !== undefined && this.peek() !== ']' && !rangePending) {
        rangePending = true;
        continue;
      } else {
        code = ch.codePointAt(0) as number;
        if (code > 0xffff) this.pos++;
      }
      if (code === undefined) continue;
      if (rangePending && prev !== undefined) {
        set.addRange(prev, code);
        rangePending = false;
        prev = undefined;
      } else {
        set.add(code);
        prev = code;
      }
    }
    if (rangePending) set.add(45);
    this.pos++; // ]
    return negate ? set.negated() : set;
  }
}

// ---------------------------------------------------------------------------------------------
// Structural analysis.

interface Shape {
  /** Contains a quantifier with no upper bound. */
  readonly unbounded: boolean;
  /** Shortest and longest match length (Infinity when unbounded). */
  readonly minLen: number;
  readonly maxLen: number;
  /** Characters that can start a match. */
  readonly first: CharSet;
}

const EMPTY: Shape = { unbounded: false, minLen: 0, maxLen: 0, first: new CharSet() };

function shapeOfAlternatives(alts: Alternatives, risks: string[]): Shape {
  let unbounded = false;
  let minLen = Infinity;
  let maxLen = 0;
  const first = new CharSet();
  for (const seq of alts) {
    const s = shapeOfSequence(seq, risks);
    unbounded ||= s.unbounded;
    minLen = Math.min(minLen, s.minLen);
    maxLen = Math.max(maxLen, s.maxLen);
    first.addSet(s.first);
  }
  return { unbounded, minLen, maxLen, first };
}

function shapeOfSequence(seq: Sequence, risks: string[]): Shape {
  let unbounded = false;
  let minLen = 0;
  let maxLen = 0;
  const first = new CharSet();
  for (const term of seq) {
    const t = shapeOfTerm(term, risks);
    unbounded ||= t.unbounded;
    if (minLen === 0) first.addSet(t.first);
    minLen += t.minLen;
    maxLen += t.maxLen;
  }
  return { unbounded, minLen, maxLen, first };
}

function shapeOfTerm(term: Term, risks: string[]): Shape {
  const { atom, quantifier: q } = term;
  let inner: Shape;
  if (atom.kind === 'chars') inner = { unbounded: false, minLen: 1, maxLen: 1, first: atom.set };
  else if (atom.kind === 'assertion') inner = EMPTY;
  else if (atom.kind === 'backreference') {
    risks.push('Backreferences (\\1, \\k<name>) are not allowed in policy regexes: they can backtrack exponentially.');
    return { unbounded: true, minLen: 0, maxLen: Infinity, first: CharSet.all() };
  } else {
    inner = shapeOfAlternatives(atom.body, risks);
    // A lookaround consumes nothing; what it contains is still checked above.
    if (atom.lookaround) inner = EMPTY;
    else if (q && q.max > 1) checkRepeatedGroup(atom.body, inner, q, risks);
  }
  if (!q) return inner;
  return {
    unbounded: inner.unbounded || (q.max === Infinity && inner.maxLen > 0),
    minLen: inner.minLen * q.min,
    maxLen: inner.maxLen === 0 ? 0 : q.max === Infinity ? Infinity : inner.maxLen * q.max,
    first: inner.first,
  };
}

function describe(q: Quantifier): string {
  if (q.max === Infinity) return q.min === 0 ? '*' : q.min === 1 ? '+' : `{${q.min},}`;
  return q.min === q.max ? `{${q.min}}` : `{${q.min},${q.max}}`;
}

function checkRepeatedGroup(body: Alternatives, inner: Shape, q: Quantifier, risks: string[]): void {
  const rep = describe(q);
  if (inner.unbounded) {
    risks.push(
      `A group repeated with ${rep} contains an unbounded quantifier (like (a+)+ or (.*a){20}): nested quantifiers backtrack catastrophically. Bound the inner quantifier, e.g. {1,64}, and do not repeat the group.`,
    );
    return;
  }
  if (inner.minLen === 0) {
    risks.push(`A group repeated with ${rep} can match the empty string (like (a?)+ or (a|)*); make its body require at least one character.`);
    return;
  }
  if (body.length > 1) {
    const firsts = body.map((seq) => shapeOfSequence(seq, []).first);
    for (let i = 0; i < firsts.length; i++) {
      for (let j = i + 1; j < firsts.length; j++) {
        if ((firsts[i] as CharSet).intersects(firsts[j] as CharSet)) {
          risks.push(
            `A group repeated with ${rep} has alternatives that can start with the same character (like (a|a)* or (a|ab)+), so the engine may try every combination. Make the alternatives start differently, or use a character class.`,
          );
          return;
        }
      }
    }
  }
}

/** The first structural risk found, as a sentence, and whether the whole pattern can match nothing. */
function analyse(ast: Alternatives): { risk: string | undefined; nullable: boolean } {
  const risks: string[] = [];
  const shape = shapeOfAlternatives(ast, risks);
  return { risk: risks[0], nullable: shape.minLen === 0 };
}

// ---------------------------------------------------------------------------------------------
// Empirical check.

function collectAlphabet(alts: Alternatives, out: Set<string>, literals: string[], all: CharSet): void {
  for (const seq of alts) {
    for (const term of seq) {
      const a = term.atom;
      if (a.kind === 'chars') {
        if (a.literal !== undefined) literals.push(a.literal);
        for (const s of a.set.samples()) out.add(s);
        all.addSet(a.set);
      } else if (a.kind === 'group') collectAlphabet(a.body, out, literals, all);
    }
  }
}

/** A short string the term matches (roughly): enough to get past it to the part worth pumping. */
function witness(term: Term): string {
  const a = term.atom;
  let one = '';
  if (a.kind === 'chars') one = a.literal ?? a.set.samples()[0] ?? '';
  else if (a.kind === 'group' && !a.lookaround) one = (a.body[0] ?? []).map(witness).join('');
  return one.repeat(Math.min(term.quantifier?.min ?? 1, 8));
}

/**
 * Prefixes that lead up to each repeated part of the top-level alternatives (e.g. "x" for
 * `x(\d{1,64})+$`), so the pumped run reaches the repetition instead of failing on the prefix.
 */
function prefixes(ast: Alternatives): string[] {
  const out = new Set<string>(['']);
  for (const seq of ast) {
    let prefix = '';
    for (const term of seq) {
      if (term.quantifier && term.quantifier.max > 1 && prefix !== '') out.add(prefix);
      prefix += witness(term);
      if (prefix.length > 200) break;
    }
  }
  return [...out].slice(0, 4);
}

const MISMATCH_CANDIDATES = ['\u0000', '!', '#', '~', ' ', '\u0001'];
const MAX_SEEDS = 8;

/** Candidate inputs: a prefix, then long runs of characters the pattern accepts, then a mismatch. */
function adversarialInputs(ast: Alternatives): { prefix: string; seed: string; suffix: string }[] {
  const alphabet = new Set<string>();
  const literals: string[] = [];
  const all = new CharSet();
  collectAlphabet(ast, alphabet, literals, all);
  const chars = [...alphabet];
  const seeds = new Set<string>();
  if (literals.length > 1) seeds.add(literals.join('').slice(0, 64));
  for (let i = 0; i + 1 < chars.length && i < 2; i++) seeds.add(`${chars[i]}${chars[i + 1]}`);
  for (const c of chars) seeds.add(c);
  const suffix = MISMATCH_CANDIDATES.find((c) => !all.has(c.charCodeAt(0))) ?? '\u0000';
  const out: { prefix: string; seed: string; suffix: string }[] = [];
  for (const prefix of prefixes(ast)) {
    for (const seed of [...seeds].slice(0, MAX_SEEDS)) out.push({ prefix, seed, suffix });
  }
  return out;
}

function timeRun(re: RegExp, input: string): number {
  const started = Date.now();
  re.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null && count++ < MAX_MATCHES_PER_RUN) {
    if (m[0].length === 0) re.lastIndex++;
  }
  return Date.now() - started;
}

/**
 * How long a known-linear pattern with a bounded quantifier takes on an input of `length`
 * characters on this machine right now. The budget grows with it, so a busy machine (a CI runner,
 * an editor indexing a repo) does not reject a harmless pattern, while super-linear patterns,
 * which are slower by orders of magnitude, are still caught.
 */
function calibrate(length: number): number {
  const reference = /[a-z]{1,64}#/gu;
  const input = 'a'.repeat(length);
  return Math.min(timeRun(reference, input), timeRun(reference, input));
}

/** Returns the length of the first input that exceeds the budget, or undefined when all pass. */
function findSlowInput(re: RegExp, ast: Alternatives, budgetMs: number, maxLength: number): number | undefined {
  let budget = budgetMs;
  let calibrated = false;
  for (const { prefix, seed, suffix } of adversarialInputs(ast)) {
    for (const len of RAMP) {
      const n = Math.min(len, maxLength);
      const input = prefix + seed.repeat(Math.ceil(n / seed.length)).slice(0, n) + suffix;
      if (timeRun(re, input) > budget) {
        if (!calibrated) {
          budget = Math.max(budgetMs, CALIBRATION_FACTOR * calibrate(maxLength));
          calibrated = true;
        }
        // Re-measure before rejecting: one slow run can be the machine, not the pattern.
        if (Math.min(timeRun(re, input), timeRun(re, input)) > budget) return input.length;
      }
      if (n >= maxLength) break;
    }
  }
  return undefined;
}
