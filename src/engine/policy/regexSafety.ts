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

import { CharSet, parseRegex } from '../scan/regexSyntax';
import type { Alternatives, Quantifier, Sequence, Term } from '../scan/regexSyntax';
import { nextSearchIndex } from '../scan/advance';

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
    ast = parseRegex(source, effective.includes('i'));
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
    if (m[0].length === 0) re.lastIndex = nextSearchIndex(input, m.index, re.unicode);
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
