import type { Category, Finding, MatchContext, Range, Rule, Severity } from '../types';
import { toPreview } from '../redact/preview';
import { toFalsePositiveReason } from './filters';
import { DEFAULT_FINGERPRINT_SALT, toFingerprint } from './fingerprint';
import { lineOf, lineStartWithin, toLineStarts } from './lines';
import { HIGH_FLOOR, KeywordAutomaton, KeywordPositions, MAX_POSITIONS } from './prefilter';
import { DIRECTIVE_MARKERS, hasDirectives, parseSuppressions } from './suppression';
import { foldsOntoAscii, toCaseExpanded } from './caseExpand';
import { echoOccurrences, MAX_ECHO_VALUES } from './echo';
import { escapedBreaks } from './escapedBreaks';
import { doubledQuotes } from './doubledQuotes';
import { requiredCodeUnits, toPatternFacts } from './patternReach';
import type { PatternFacts } from './patternReach';
import { TextView } from './textView';
import { TableEnds } from './tables';
import type { Table } from './tables';
import { branchOfGroup } from './branches';
import { ensureNative } from './nativeRegex';
import { forgetTexts, perText } from './perText';
import { SHARED_MIN_LINES, sharedKeys } from './shared';
import { nextSearchIndex } from './advance';
import { clearTextHints, mayContain, setTextHints, sharedHintWords, sharedHints } from './sharedHints';
import { originalEnd, toComposed, toUnescaped, unescapedToOriginal } from './composed';
import { isAttribution } from './attributions';
import { findNameParts } from './nameParts';

/** What a scan may be told. Every field is optional; the defaults detect everything. */
export interface ScanOptions {
  /** Categories to report (default both). */
  readonly categories?: { readonly secret?: boolean; readonly pii?: boolean };
  /** Rule ids that are switched off. */
  readonly disabledRules?: Iterable<string>;
  /** Per-rule severity overrides; a level also switches on an opt-in rule (`Rule.optIn`). */
  readonly severity?: Readonly<Record<string, Severity>>;
  /** Values matching any of these are allowed (tested against the matched value). */
  readonly allowRegexes?: readonly RegExp[];
  /** Finding fingerprints that are allowed. */
  readonly allowFingerprints?: Iterable<string>;
  /** Honour inline directives (default true). */
  readonly directives?: boolean;
  /** Apply the shared false-positive filters (default true). */
  readonly filters?: boolean;
  /** Salt for fingerprints (a team sets its own in the policy). */
  readonly fingerprintSalt?: string;
  /**
   * Stop after this many findings (default: no limit). A redaction must see every value, so the
   * editor caps what it shows rather than what it finds (see diagnosticsManager's MAX_DIAGNOSTICS).
   */
  readonly maxFindings?: number;
  /**
   * Report personal data in attributions (default true): `@author` tags, copyright notices,
   * `Author:` lines, git trailers, a manifest's contributors, a POM's developers. Published code's
   * credits are public by their authors' choice; a company's own name colleagues. See attributions.ts.
   */
  readonly attributions?: boolean;
}

/** Rules that reach further than this scan the whole text rather than windows. */
const AUTO_WINDOW_MAX_REACH = 2000;

/**
 * The window for a keyword rule without one of its own, and how to place its groups. A window
 * comes from the pattern: when every match contains one of the keywords and the pattern's reach
 * is bounded, a match lies within that reach of a keyword occurrence, so scanning only there
 * finds the same matches.
 */
function toFacts(rule: Rule): PatternFacts {
  const window = rule.window === undefined && rule.keywords.length > 0 && !rule.nearDigits;
  const facts = toPatternFacts(rule.pattern, rule.keywords, { window, groups: rule.secretGroup !== undefined, maxReach: AUTO_WINDOW_MAX_REACH });
  return rule.window ? { ...facts, window: rule.window } : facts;
}

/** A letter, a digit or one of `._%+-`: what stands before an e-mail address's `@` (NaN at the start: no). */
function isWordBefore(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c > 127;
}

/** Whether a text logs an ORM's parameters apart from its statement (Entity Framework's, Hibernate's). */
const ORM_HINTS = sharedHints(['[parameters=[', 'binding parameter'] as const);
const hasOrmParameters = perText(
  (text) => (mayContain(text, ORM_HINTS[0]) && text.includes('[Parameters=[')) || (mayContain(text, ORM_HINTS[1]) && text.includes('binding parameter')),
);

/**
 * Windows are packed as `start * SPAN_SCALE + end` (exact in a double while start and end stay
 * below 2^26); longer texts are scanned whole.
 */
const SPAN_SCALE = 2 ** 26;

/** Characters before a window that its search also reads (see `runRule`). */
const SLICE_LEAD = 32;

/**
 * Upper bound on matches one rule may produce in one text before it stops looking, or one per
 * eight characters of a longer text: a bound on work for adversarial input, not one that real
 * data reaches (each match is at least a few characters and its separator).
 */
const MAX_MATCHES_PER_RULE = 5000;

/**
 * What a scanner compiles from a rule, kept per rule object, so that every scanner built for a rule
 * set shares it: the editor builds one per policy, each CLI worker one, a one-rule scan one per
 * call. (Person-name's pattern took 10 ms to read for its window and 4 ms to compile.) Sharing the
 * patterns is safe: a scan sets `lastIndex` before each search and scans never interleave.
 */
interface RuleCompilation {
  /** The pattern as run: for `iu` rules, with ASCII letters in both cases and without `i`. */
  readonly re: RegExp;
  /** The rule's own `iu` pattern, for texts where the two could differ (see caseExpand). */
  readonly exact: RegExp | undefined;
  /**
   * What the scanner reads from the pattern: the window (the rule's own, or one derived from the
   * pattern) and whether groups sit in lookarounds. Read on the rule's first use, so building a
   * scanner stays cheap.
   */
  facts: PatternFacts | undefined;
  /** The pattern without `g`, for testing a single value (built on first use). */
  test: RegExp | undefined;
}

const COMPILATIONS = new WeakMap<Rule, RuleCompilation>();

function compilationOf(rule: Rule): RuleCompilation {
  let c = COMPILATIONS.get(rule);
  if (c === undefined) {
    // Without the `d` flag: match indices cost an array per match. Where a group's offset is
    // ambiguous, `groupStart` asks a sticky `d` twin of the pattern.
    const { flags, source } = rule.pattern;
    const expanded = flags.includes('i') && flags.includes('u') ? toCaseExpanded(source) : undefined;
    const re = expanded !== undefined ? new RegExp(expanded, flags.replace('i', '')) : new RegExp(source, flags);
    const exact = expanded !== undefined ? new RegExp(source, flags) : undefined;
    c = { re, exact, facts: undefined, test: undefined };
    COMPILATIONS.set(rule, c);
  }
  return c;
}

/** The rule's pattern facts (see RuleCompilation.facts), read on first use. */
function factsOf(c: CompiledRule): PatternFacts {
  return (c.shared.facts ??= toFacts(c.rule));
}

interface CompiledRule {
  readonly rule: Rule;
  /** The pattern as run: for `iu` rules, with ASCII letters in both cases and without `i`. */
  readonly re: RegExp;
  /** The rule's own `iu` pattern, for texts where the two could differ (see caseExpand). */
  readonly exact?: RegExp;
  /** What every scanner shares for this rule (see RuleCompilation). */
  readonly shared: RuleCompilation;
  readonly priority: number;
  // The rule's fields the scan loop reads, copied here: rules are records of many shapes, and
  // reading through one shape keeps V8's property loads monomorphic.
  readonly id: string;
  readonly category: Category;
  /** A generic secret rule, which leaves values of a provider's format to that provider's rule. */
  readonly genericSecret: boolean;
  /** Which view of the text the rule runs over: all of it (windows aside), near digit pairs, or near clusters of digits. */
  readonly digits: 'none' | 'pairs' | 'dense';
  readonly secretGroup: Rule['secretGroup'];
  readonly validate: Rule['validate'];
  readonly skipFilters: boolean;
}

/**
 * The key of an assignment that ends right before a value: reads backwards over an optional
 * opening quote and `Bearer `/`Basic `, the operator (`=`, `:`, `:=`, `=>`), an optional closing
 * quote or bracket, then the identifier. A hand-written scan: a regex anchored at `$` would try
 * every start position.
 */
export function toAssignmentKey(before: string): string | undefined {
  let i = before.length - 1;
  const skipSpaces = (): void => {
    while (i >= 0 && (before[i] === ' ' || before[i] === '\t')) i--;
  };
  skipSpaces();
  if (i >= 0 && (before[i] === '"' || before[i] === "'" || before[i] === '`')) i--;
  skipSpaces();
  const tail = before.slice(0, i + 1);
  const auth = /(?:Bearer|Basic)$/u.exec(tail);
  if (auth) {
    i -= auth[0].length;
    skipSpaces();
  }
  if (i < 0) return undefined;
  const c = before[i];
  if (c === '=') {
    i--;
    if (before[i] === ':' || before[i] === '?') i--;
  } else if (c === ':') i--;
  else if (c === '>' && before[i - 1] === '=') i -= 2;
  else return undefined;
  skipSpaces();
  if (i >= 0 && (before[i] === '"' || before[i] === "'" || before[i] === ']')) i--;
  const end = i + 1;
  while (i >= 0 && /[\w$.-]/u.test(before[i] as string) && end - i <= 80) i--;
  const key = before.slice(i + 1, end);
  return /^[A-Za-z_$]/u.test(key) ? key : undefined;
}

/** Upper snake case for an environment-variable name: `apiKey` → `API_KEY`. */
export function toEnvName(key: string): string {
  const last = key.split(/[.]/u).pop() ?? key;
  const snake = last
    .replace(/([a-z0-9])([A-Z])/gu, '$1_$2')
    .replace(/[^A-Za-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
    .toUpperCase();
  return /^[A-Z_]/u.test(snake) ? snake : `_${snake}`;
}

function inferEnvName(rule: Rule, text: string, start: number): string {
  const before = text.slice(lineStartWithin(text, start, 120), start);
  const key = toAssignmentKey(before);
  if (key && !/^(?:https?|postgres\w*|mysql|mongodb(?:\+srv)?|redis|amqps?)$/iu.test(key)) return toEnvName(key);
  return rule.envName ?? toEnvName(rule.id);
}

/**
 * A scanner compiled for one rule set: the keyword automaton is built once, each scan is one
 * prefilter pass plus the regexes of the rules whose keywords occur.
 */
export class Scanner {
  private readonly compiled: CompiledRule[];
  private readonly always: number[] = [];
  /**
   * Rules without keywords that only a text with some non-ASCII character can match, and the code
   * unit such a character reaches at least (see requiredCodeUnit): CJK rules need more than an arrow.
   */
  private readonly alwaysNonAscii: { readonly idx: number; readonly floor: number; readonly ceiling: number; readonly atFloor: RegExp }[] = [];
  /** Per rule: whether it keeps a nearScript promise (see Rule.nearScript). */
  private readonly nearScript: boolean[] = [];
  /** The view those rules share: the union of their ranges, the farthest of their reaches. */
  private scriptView: { readonly floor: number; readonly ceiling: number; readonly before: number; readonly after: number } | undefined;
  private readonly keywordRules: number[][] = [];
  private readonly automaton: KeywordAutomaton;
  private readonly knownIds: ReadonlySet<string>;
  /** Per rule: the keyword indexes whose positions a windowed rule needs. */
  private readonly ruleKeywords: number[][] = [];
  /** Per keyword: true when some windowed rule needs its positions. */
  private readonly trackKeyword: boolean[] = [];
  private readonly keywordLengths: number[] = [];
  /** Per keyword: the keyword itself. */
  private readonly keywordStrings: string[] = [];
  /** Per rule: which of its keywords (`ruleKeywords` order) place windows only after a word (`keywordsAfterWord`). */
  private readonly keywordAfterWord: (boolean[] | undefined)[] = [];
  /** Per rule: the window of each of its keywords (`ruleKeywords` order), where `keywordWindows` sets one. */
  private readonly ownKeywordWindows: ({ readonly before: number; readonly after: number } | undefined)[][] = [];
  private readonly hitsBuffer: Uint8Array;
  /** The tracked keywords' occurrences in the current text (reused from scan to scan). */
  private readonly positions: KeywordPositions;
  /** The tables under header rows that hold keywords, per text (see tables.ts). */
  private readonly tables = new TableEnds();
  /** Keyword indexes of the inline-directive markers. */
  private readonly directiveKeywords: readonly number[];
  /** Keyword indexes of the rules' hints (see `Rule.hints`). */
  private readonly hintKeywords = new Map<string, number>();
  /** `MatchContext.hasHint` for the text being scanned: reads the keyword pass's hits. */
  private readonly hasHint = (word: string): boolean => {
    const k = this.hintKeywords.get(word);
    if (k === undefined) throw new Error(`"${word}" is not a hint of any rule or shared helper`);
    return this.hitsBuffer[k] === 1;
  };
  private readonly activeBuffer: Uint8Array;
  /** Packed windows of the rule being placed (see `toWindows`), reused from rule to rule. */
  private packedBuffer = new Float64Array(1024);
  /** Whether V8 holds the text being scanned as two-byte (see nativeRegex): the keyword pass ORs its code units. */
  private twoByte = false;

  constructor(readonly rules: readonly Rule[]) {
    this.compiled = rules.map((rule) => {
      const shared = compilationOf(rule);
      const priority = rule.category === 'secret' ? (rule.generic ? 2 : 3) : rule.generic ? 0 : 1;
      // Every field set here, lazily filled ones too, so all compiled rules share one shape.
      return {
        rule,
        re: shared.re,
        exact: shared.exact,
        shared,
        priority,
        id: rule.id,
        category: rule.category,
        genericSecret: rule.generic && rule.category === 'secret',
        digits: rule.nearDigits === 'dense' ? 'dense' : rule.nearDigits === true ? 'pairs' : 'none',
        secretGroup: rule.secretGroup,
        validate: rule.validate,
        skipFilters: rule.skipFilters === true,
      };
    });
    const keywords: string[] = [];
    const kwIndex = new Map<string, number>();
    /** The index of a keyword in the automaton, added on first sight. */
    const keywordIndex = (kw: string): number => {
      let k = kwIndex.get(kw);
      if (k === undefined) {
        k = keywords.length;
        kwIndex.set(kw, k);
        keywords.push(kw);
        this.keywordRules.push([]);
        this.trackKeyword.push(false);
        this.keywordLengths.push(kw.length);
        this.keywordStrings.push(kw);
      }
      return k;
    };
    this.compiled.forEach((c, idx) => {
      this.ruleKeywords.push([]);
      if (c.rule.keywords.length === 0) {
        const range = requiredCodeUnits(c.rule.pattern) ?? c.rule.nearScript?.range;
        const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
        if (range !== undefined) {
          this.alwaysNonAscii.push({ idx, floor: range[0], ceiling: range[1], atFloor: new RegExp(`[${hex(range[0])}-${hex(range[1])}]`, 'u') });
          if (c.rule.nearScript !== undefined) {
            // One view serves every such rule: near any code unit of any of their ranges, as far as the farthest reach.
            const v = this.scriptView;
            this.scriptView = {
              floor: Math.min(v?.floor ?? range[0], range[0]),
              ceiling: Math.max(v?.ceiling ?? range[1], range[1]),
              before: Math.max(v?.before ?? 0, c.rule.nearScript.before),
              after: Math.max(v?.after ?? 0, c.rule.nearScript.after),
            };
            this.nearScript[idx] = true;
          }
        } else this.always.push(idx);
        return;
      }
      const own: ({ readonly before: number; readonly after: number } | undefined)[] = [];
      this.ownKeywordWindows[idx] = own;
      for (const kw of c.rule.keywords) {
        own.push(c.rule.keywordWindows?.[kw]);
        if (c.rule.keywordsAfterWord !== undefined) (this.keywordAfterWord[idx] ??= []).push(c.rule.keywordsAfterWord.includes(kw));
        const k = keywordIndex(kw);
        (this.keywordRules[k] as number[]).push(idx);
        (this.ruleKeywords[idx] as number[]).push(k);
        // Any keyword rule may turn out to have a window (see toFacts), so its keywords' positions are kept.
        this.trackKeyword[k] = true;
      }
    });
    // The directive markers and the rules' hints ride along in the same pass (they trigger no rule).
    this.directiveKeywords = DIRECTIVE_MARKERS.map(keywordIndex);
    for (const hint of [...sharedHintWords(), ...this.compiled.flatMap((c) => c.rule.hints ?? [])]) if (!this.hintKeywords.has(hint)) this.hintKeywords.set(hint, keywordIndex(hint));
    this.automaton = new KeywordAutomaton(keywords);
    this.hitsBuffer = new Uint8Array(keywords.length);
    this.activeBuffer = new Uint8Array(this.compiled.length);
    this.positions = new KeywordPositions(this.trackKeyword);
    this.knownIds = new Set(rules.map((r) => r.id));
  }

  /**
   * Whether `text` holds ſ or K (see `foldsOntoAscii`), asking the keyword pass first: it saw no
   * code unit of their blocks in most texts, and two searches of a two-byte text were 0.05 ms of
   * a 5,000-line file's rescan.
   */
  private foldsOntoAscii(text: string): boolean {
    if (this.automaton.mayHold(0x17f, 0x17f) === false && this.automaton.mayHold(0x212a, 0x212a) === false) return false;
    return foldsOntoAscii(text);
  }

  /** Indexes of the rules worth running on `text`, in registry order; keyword positions land in `this.positions`. */
  private activeRules(text: string): { active: number[]; directives: boolean } {
    // Reused buffers: this runs once per text.
    const hits = this.hitsBuffer.fill(0);
    const active = this.activeBuffer.fill(0);
    for (const i of this.always) active[i] = 1;
    const keywordHits = this.automaton.find(text, hits, this.positions);
    // The automaton's pass says which blocks of code units the text holds; only a block that
    // straddles an end of a rule's range sends us to the text itself (once per rule).
    for (const entry of this.alwaysNonAscii) {
      const held = this.automaton.mayHold(entry.floor, entry.ceiling);
      if (held === false) continue;
      if (held === undefined) {
        entry.atFloor.lastIndex = 0;
        if (!entry.atFloor.test(text)) continue;
      }
      active[entry.idx] = 1;
    }
    if (keywordHits > 0) {
      for (let k = 0; k < hits.length; k++) {
        if (hits[k] !== 1) continue;
        for (const r of this.keywordRules[k] as number[]) active[r] = 1;
      }
    }
    const out: number[] = [];
    for (let i = 0; i < active.length; i++) if (active[i] === 1) out.push(i);
    return { active: out, directives: this.directiveKeywords.some((k) => hits[k] === 1) };
  }

  /**
   * The slices of `text` a windowed rule must look at: merged windows around its keywords'
   * occurrences; `undefined` when it must scan the whole text (too many occurrences).
   */
  private toWindows(idx: number, text: string): [number, number][] | undefined {
    const c = this.compiled[idx] as CompiledRule;
    const w = factsOf(c).window;
    if (!w || text.length >= SPAN_SCALE) return undefined;
    // An ORM's logged parameters come before the statement that names their columns (see
    // sqlParameterColumn): a column rule's keyword may stand after its value, past any window.
    if (c.rule.columns === true && hasOrmParameters(text)) return undefined;
    const kws = this.ruleKeywords[idx] as number[];
    const own = this.ownKeywordWindows[idx];
    const afterWord = this.keywordAfterWord[idx];
    const follow = c.rule.keywordFollowedBy;
    const { count: counts, head, next, ends } = this.positions;
    let count = 0;
    for (const k of kws) {
      const occurrences = counts[k] as number;
      if (occurrences >= MAX_POSITIONS) return undefined;
      count += occurrences;
    }
    // Each window packed as start * SPAN_SCALE + end in one float, so a native numeric sort orders
    // them by start (then end) without a comparator: a third of the time of sorting pairs.
    // The buffer grows to 64 K windows (512 KB); a text with more gets a buffer of its own.
    if (count > this.packedBuffer.length && count <= 65_536) this.packedBuffer = new Float64Array(Math.max(count, 2 * this.packedBuffer.length));
    const packed = count <= this.packedBuffer.length ? this.packedBuffer.subarray(0, count) : new Float64Array(count);
    let n = 0;
    const textLength = text.length;
    for (let j = 0; j < kws.length; j++) {
      const k = kws[j] as number;
      const len = this.keywordLengths[k] as number;
      const kw = own?.[j] ?? w;
      const guarded = afterWord?.[j] === true;
      for (let e = head[k] as number; e !== -1; e = next[e] as number) {
        const end = ends[e] as number;
        if (guarded && !isWordBefore(text.charCodeAt(end - len - 1))) continue;
        if (follow !== undefined) {
          follow.lastIndex = end;
          if (!follow.test(text)) continue;
        }
        packed[n++] = Math.max(0, end - len - kw.before) * SPAN_SCALE + Math.min(textLength, end + kw.after);
      }
    }
    // (Only the first n were filled: keywordsAfterWord and keywordFollowedBy may skip occurrences.)
    const used = n === count ? packed : packed.subarray(0, n);
    used.sort();
    const merged: [number, number][] = [];
    let last: [number, number] | undefined;
    for (let i = 0; i < n; i++) {
      const v = used[i] as number;
      const s = Math.floor(v / SPAN_SCALE);
      const e = v - s * SPAN_SCALE;
      if (last !== undefined && s <= last[1]) {
        if (e > last[1]) last[1] = e;
      } else {
        last = [s, e];
        merged.push(last);
      }
    }
    // A table header's keyword speaks for its whole table (see tables.ts): a window that ends
    // inside one may run to the table's end, and then cover the windows after it.
    if (c.rule.columns !== true) return merged;
    let extended = false;
    for (const window of merged) extended = this.extendThroughTable(idx, text, window) || extended;
    return extended ? mergeSorted(merged) : merged;
  }

  /** Runs `window` on to the end of the table it ends in, when its rule's keyword heads the table; true when it did. */
  private extendThroughTable(idx: number, text: string, window: [number, number]): boolean {
    if (window[1] >= text.length) return false;
    const heads = (t: Table | undefined): t is Table => t !== undefined && (this.ruleKeywords[idx] as number[]).some((k) => t.header.includes(this.keywordStrings[k] as string));
    let table = this.tables.tableAt(text, window[1]);
    // (Or an SQL dump's table definition that the window overlaps: its INSERTs follow, far below.)
    if (!heads(table)) table = this.tables.definitionIn(text, window[0], window[1]);
    if (!heads(table)) return false;
    window[1] = table.end;
    return true;
  }

  /**
   * True when a value has the shape of a provider-specific token. Generic rules leave such values
   * to the provider's rule: if that rule rejected it (a failed checksum), so do they.
   */
  private hasVendorFormat(value: string): boolean {
    for (const k of this.automaton.keywordsIn(value)) {
      for (const idx of this.keywordRules[k] as number[]) {
        const c = this.compiled[idx] as CompiledRule;
        if (c.genericSecret || c.category !== 'secret') continue;
        const test = (c.shared.test ??= new RegExp(c.rule.pattern.source, c.rule.pattern.flags.replace('g', '')));
        ensureNative(test, this.twoByte);
        if (test.test(value)) return true;
      }
    }
    return false;
  }

  /** Scans a text. Never throws on any string input; offsets are UTF-16 code units. */
  scan(text: string, options: ScanOptions = {}): Finding[] {
    try {
      // A text that escapes its letters (`\u00d8`) is read with them decoded, and one written with
      // combining marks is read composed; the findings' ranges are mapped back.
      const unescaped = toUnescaped(text);
      const decoded = unescaped?.text ?? text;
      const composed = toComposed(decoded);
      if (unescaped === undefined && composed === undefined) return this.scanText(escapedBreaks(doubledQuotes(text)), options);
      const startOf = (o: number): number => {
        const mid = composed === undefined ? o : (composed.toOriginal[o] as number);
        return unescaped === undefined ? mid : unescapedToOriginal(unescaped, mid);
      };
      const endOf = (o: number): number => {
        const mid = composed === undefined ? o : originalEnd(composed, o);
        return unescaped === undefined ? mid : unescapedToOriginal(unescaped, mid);
      };
      return this.scanText(escapedBreaks(doubledQuotes(composed?.text ?? decoded)), options).map((f) =>
        withRange(
          f,
          { start: startOf(f.range.start), end: endOf(f.range.end) },
          f.parts?.map((p) => ({ start: startOf(p.start), end: endOf(p.end) })),
        ),
      );
    } finally {
      // No text outlives its scan in the validators' per-text caches.
      forgetTexts();
      clearTextHints();
    }
  }

  private scanText(text: string, options: ScanOptions): Finding[] {
    if (text.length === 0) return [];
    const cats = options.categories ?? {};
    const wantCategory = (c: Category): boolean => (c === 'secret' ? cats.secret !== false : cats.pii !== false);
    const disabled = new Set(options.disabledRules ?? []);
    const allowFp = new Set(options.allowFingerprints ?? []);
    const allowRe = options.allowRegexes ?? [];
    const useFilters = options.filters !== false;
    const salt = options.fingerprintSalt ?? DEFAULT_FINGERPRINT_SALT;
    const maxFindings = options.maxFindings ?? Infinity;

    const candidates: Candidate[] = [];
    const { active, directives } = this.activeRules(text);
    setTextHints(text, this.hasHint);
    this.tables.clear();
    this.twoByte = this.automaton.seenCodeUnits > 0xff;
    // The text near digit runs, shared by the `nearDigits` rules, and near clusters of digits,
    // shared by the `'dense'` ones (each built on first use).
    let digitView: TextView | undefined | null = null;
    let denseView: TextView | undefined | null = null;
    // The text near the code units of the nearScript rules' scripts (built on first use).
    let scriptText: TextView | undefined | null = null;
    // Whether the case-expanded patterns may differ from their rules' own here (tested on first use).
    let folds: boolean | undefined;
    for (const idx of active) {
      const c = this.compiled[idx] as CompiledRule;
      if (!wantCategory(c.category) || disabled.has(c.id)) continue;
      // An opt-in rule runs when the policy or a setting gives it a level.
      if (c.rule.optIn === true && options.severity?.[c.id] === undefined) continue;
      let view: TextView | undefined;
      if (c.digits === 'dense') {
        if (denseView === null) denseView = TextView.nearDigits(text, true);
        view = denseView;
      } else if (c.digits === 'pairs') {
        if (digitView === null) digitView = TextView.nearDigits(text);
        view = digitView;
      } else if (this.nearScript[idx] === true && this.scriptView !== undefined) {
        const v = this.scriptView;
        if (scriptText === null) {
          // From the keyword pass's positions of high code units when it kept them all (a pass over
          // the text of its own was 0.08 ms of a 5,000-line file's rescan).
          const high = v.floor >= HIGH_FLOOR ? this.automaton.highPositions(text) : undefined;
          scriptText = high !== undefined ? TextView.nearPositions(text, high, v.floor, v.ceiling, v.before, v.after) : TextView.nearRange(text, v.floor, v.ceiling, v.before, v.after);
        }
        view = scriptText;
      }
      const windows = view === undefined ? this.toWindows(idx, text) : undefined;
      let re = c.re;
      if (c.exact !== undefined && (folds ??= this.foldsOntoAscii(text))) re = c.exact;
      ensureNative(re, this.twoByte);
      const first = candidates.length;
      this.runRule(c, re, text, windows ?? [[0, text.length]], view, useFilters, allowRe, candidates);
      if (c.rule.sharedKey !== undefined && useFilters && candidates.length - first > SHARED_MIN_LINES) dropShared(text, candidates, first, c.rule);
    }
    if (candidates.length === 0) return [];

    // Dedupe overlaps: provider-specific secrets beat generic ones, secrets beat personal data,
    // personal data found in context beats the generic (context-free) kind, then the longer match wins.
    candidates.sort(
      (a, b) => b.c.priority - a.c.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    const kept: Candidate[] = [];
    const taken = new TakenSpans(text.length, candidates.length);
    for (const cand of candidates) if (taken.claim(cand.start, cand.end)) kept.push(cand);
    // Line starts are needed only when the text has directives (most texts have none).
    const lineStarts = options.directives !== false && directives && hasDirectives(text) ? toLineStarts(text) : undefined;
    const suppressions = lineStarts ? parseSuppressions(text, lineStarts, this.knownIds) : undefined;
    const suppressed = (cand: Candidate): boolean => suppressions !== undefined && lineStarts !== undefined && suppressions.isSuppressed(cand.c.id, lineOf(lineStarts, cand.start));
    // A name or login found in context names its person wherever it recurs here (see echo.ts and
    // Rule.echoes); not one whose finding an allow comment suppressed: its recurrences were found through it.
    const echoed = new Map<string, Candidate>();
    // Personal data in credits, when the options leave attributions out (before the echoes: a
    // name credited in a header is not looked for elsewhere through that credit).
    if (options.attributions === false) removeAttributions(text, kept);
    // Each rule's echoes of a value once: a login or a name recurs (a dense export repeats a few
    // thousand times), and its echoes are the same each time.
    const asked = new Set<string>();
    for (const cand of kept) {
      const echoes = cand.c.rule.echoes;
      if (echoes === undefined || suppressed(cand)) continue;
      const key = `${cand.c.id}\u0000${cand.value}`;
      if (asked.has(key)) continue;
      asked.add(key);
      for (const value of echoes(cand.value)) if (echoed.size < MAX_ECHO_VALUES && !echoed.has(value)) echoed.set(value, cand);
    }
    if (echoed.size > 0) {
      // (An echo on a credit's line is left out with the credits; the other candidates were checked above.)
      const dropCredits = options.attributions === false;
      for (const [at, value] of echoOccurrences(text, [...echoed.keys()], this.twoByte)) {
        const c = (echoed.get(value) as Candidate).c;
        if (dropCredits && c.category === 'pii' && isAttribution(text, at)) continue;
        if (!taken.claim(at, at + value.length)) continue;
        kept.push({ c, start: at, end: at + value.length, value });
      }
    }
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    // A given name's or a surname's cell beside the whole name's is reported, and rides on it too (see nameParts.ts).
    const parts = toNameParts(text, kept);

    const findings: Finding[] = [];
    for (const cand of kept) {
      const rule = cand.c.rule;
      if (suppressed(cand)) continue;
      // (Hashed here only when the options allowlist fingerprints; see ScanFinding.)
      const value = cand.value;
      let fingerprint: string | undefined;
      if (allowFp.size > 0) {
        fingerprint = toFingerprint(rule.id, value, salt);
        if (allowFp.has(fingerprint)) continue;
      }
      findings.push(new ScanFinding(rule, options.severity?.[rule.id] ?? rule.severity, cand.start, cand.end, value, text, salt, fingerprint, parts.get(cand)));
      if (findings.length >= maxFindings) break;
    }
    return findings;
  }

  /**
   * Runs one rule's pattern over the slices of `text` it must see (or over `view`), and adds the
   * matches its validator and the filters let through to `candidates`.
   */
  private runRule(
    c: CompiledRule,
    re: RegExp,
    text: string,
    slices: readonly (readonly [number, number])[],
    view: TextView | undefined,
    useFilters: boolean,
    allowRe: readonly RegExp[],
    candidates: Candidate[],
  ): void {
    let count = 0;
    // (A long text may hold more: a 10,000-row export has 10,000 phone numbers, all to be found.)
    const maxMatches = Math.max(MAX_MATCHES_PER_RULE, text.length >> 3);
    // (Indexed: destructuring each slice in a for-of allocated iterators, 80 MB over the bench corpus.)
    for (let si = 0; si < slices.length; si++) {
      const slice = slices[si] as readonly [number, number];
      const sliceFrom = slice[0];
      const to = slice[1];
      // A window is searched with a few characters before it, so that `\b` and lookbehinds at its
      // start read the text as it is ("set password" inside "Reset password" is no match); a match
      // must still start inside the window.
      const lead = view === undefined ? Math.min(sliceFrom, SLICE_LEAD) : 0;
      let from = sliceFrom - lead;
      const hay = view !== undefined ? view.text : from === 0 && to === text.length ? text : text.slice(from, to);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(hay)) !== null) {
        if (m[0].length === 0 || m.index < lead) {
          re.lastIndex = nextSearchIndex(hay, m.index, re.unicode);
          continue;
        }
        if (++count > maxMatches) return;
        // Offsets in the whole text, so validators see the same thing windowed or not.
        if (view !== undefined) from = view.deltaAt(m.index);
        m.index += from;
        let value = m[0];
        let start = m.index;
        if (c.secretGroup !== undefined) {
          const group = firstGroup(c.secretGroup, m);
          if (group === undefined) continue;
          const g = typeof group === 'number' ? m[group] : m.groups?.[group];
          if (g === undefined || g.length === 0) continue;
          value = g;
          start = from + groupStart(c, re, hay, m, m.index - from, group, g, this.twoByte);
        }
        const end = start + value.length;
        const ctx: MatchContext = { text, start, end, match: m, hasHint: this.hasHint };
        // Cheapest decisive check first: most values a generic rule sees are a provider's tokens.
        if (c.genericSecret && this.hasVendorFormat(value)) continue;
        if (c.validate !== undefined && !safeValidate(c.validate, value, ctx)) {
          // A generic rule's rejected value may be the next pair's key (`"msg":"… secret","JWT_SECRET":"…"`
          // reads `secret` with the value `JWT_SECRET`): search again from the value's start, not past it.
          if (c.genericSecret && view === undefined && start > m.index) re.lastIndex = start - from;
          continue;
        }
        if (useFilters && !c.skipFilters && toFalsePositiveReason(c.rule, value, ctx) !== undefined) continue;
        if (allowRe.length > 0 && allowRe.some((r) => testRegex(r, value))) continue;
        // (A rule that asks whether a match is a person's own keeps its context for dropShared, which
        // asks only of the few values it finds shared.)
        candidates.push(c.rule.isOwnValue === undefined ? { c, start, end, value } : { c, start, end, value, ctx });
      }
    }
  }
}

/**
 * A finding as the scanner returns it. The fingerprint (a SHA-256) is computed when first read:
 * most findings are never allowlisted, exported to SARIF/JSON or audited, and hashing was 12% of a
 * dense scan. The environment name is read from the surrounding assignment on first use (only the
 * env redaction needs it). Both are getters on the prototype, and what they need is in private
 * fields, which no spread, `Object.keys` or JSON copies (the value is a secret): an object literal
 * with two getter closures per finding cost 1 µs a finding (7,000 findings in a dense 100 KB text).
 * Copy a finding with `withRange`, not a spread.
 */
class ScanFinding implements Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly range: Range;
  readonly preview: string;
  readonly label: string;
  readonly publicPrefix: number;
  readonly parts?: readonly Range[];
  readonly #rule: Rule;
  readonly #value: string;
  readonly #text: string;
  readonly #salt: string;
  #fingerprint: string | undefined;
  #envName: string | undefined;

  constructor(rule: Rule, severity: Severity, start: number, end: number, value: string, text: string, salt: string, fingerprint: string | undefined, parts: readonly Range[] | undefined) {
    this.ruleId = rule.id;
    this.category = rule.category;
    this.severity = severity;
    this.range = { start, end };
    this.preview = toPreview(rule, value);
    this.label = rule.redactAs;
    this.publicPrefix = rule.publicPrefix;
    if (parts !== undefined) this.parts = parts;
    this.#rule = rule;
    this.#value = value;
    this.#text = text;
    this.#salt = salt;
    this.#fingerprint = fingerprint;
  }

  get fingerprint(): string {
    return (this.#fingerprint ??= toFingerprint(this.ruleId, this.#value, this.#salt));
  }

  get envName(): string | undefined {
    if (this.category !== 'secret') return undefined;
    return (this.#envName ??= inferEnvName(this.#rule, this.#text, this.range.start));
  }
}

/**
 * A copy of `finding` at another range, with its fingerprint and environment name (which a spread
 * of a scanner's finding leaves out). Its parts, when given, are the copy's: a copy moved into a
 * window of the text has none.
 */
export function withRange(finding: Finding, range: Range, parts?: readonly Range[]): Finding {
  return {
    ...(parts !== undefined ? { parts } : {}),
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    range,
    preview: finding.preview,
    fingerprint: finding.fingerprint,
    label: finding.label,
    publicPrefix: finding.publicPrefix,
    envName: finding.envName,
  };
}

/**
 * Removes from `candidates[first…]` (one rule's matches) those whose value is shared (see shared.ts),
 * except a match its rule calls a person's own (`Rule.isOwnValue`).
 */
function dropShared(text: string, candidates: Candidate[], first: number, rule: Rule): void {
  const sharedKey = rule.sharedKey as (value: string) => string;
  const keys: string[] = [];
  const mine: { start: number; key: string }[] = [];
  for (let i = first; i < candidates.length; i++) {
    const cand = candidates[i] as Candidate;
    const key = sharedKey(cand.value);
    keys.push(key);
    mine.push({ start: cand.start, key });
  }
  const shared = sharedKeys(text, mine);
  if (shared.size === 0) return;
  let kept = first;
  for (let i = first; i < candidates.length; i++) {
    const cand = candidates[i] as Candidate;
    const own = cand.ctx !== undefined && rule.isOwnValue?.(cand.ctx) === true;
    if (own || !shared.has(keys[i - first] as string)) candidates[kept++] = cand;
  }
  candidates.length = kept;
}

/** A match that passed its rule's checks, before overlaps are settled. */
interface Candidate {
  readonly c: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** The match's context, kept when its rule has `isOwnValue` (see dropShared). */
  readonly ctx?: MatchContext;
}

/** The group holding the secret: the rule's one, or the first of its list that took part. */
function firstGroup(sg: NonNullable<Rule['secretGroup']>, m: RegExpExecArray): number | string | undefined {
  if (typeof sg !== 'object') return sg;
  for (let k = 0; k < sg.length; k++) {
    const i = sg[k] as number;
    if (m[i] !== undefined) return i;
  }
  return undefined;
}

/**
 * Per pattern as run and per group: the alternative of the pattern that holds the group (or the
 * whole pattern), with `y` and `d`, to read the group's offset at a known match (see branches.ts),
 * and the group's number in it.
 */
const INDEXED_TWINS = new WeakMap<RegExp, Map<number | string, { re: RegExp; group: number | string }>>();

function indexedTwin(re: RegExp, group: number | string): { re: RegExp; group: number | string } {
  let byGroup = INDEXED_TWINS.get(re);
  if (byGroup === undefined) {
    byGroup = new Map();
    INDEXED_TWINS.set(re, byGroup);
  }
  let twin = byGroup.get(group);
  if (twin === undefined) {
    const flags = re.flags.replace('g', '') + 'yd';
    const branch = typeof group === 'number' ? branchOfGroup(re.source, group) : undefined;
    twin = branch !== undefined ? { re: new RegExp(branch.source, flags), group: branch.group } : { re: new RegExp(re.source, flags), group };
    byGroup.set(group, twin);
  }
  return twin;
}

/**
 * Where group `group` (matched as `value`) starts in `hay`, for the match `m` found at `index`.
 * When the group is not captured inside a lookaround and its value occurs once in the match, that
 * is where; otherwise the match is run again, sticky, with indices.
 */
function groupStart(
  c: CompiledRule,
  re: RegExp,
  hay: string,
  m: RegExpExecArray,
  index: number,
  group: number | string,
  value: string,
  twoByte: boolean,
): number {
  const whole = m[0];
  const facts = factsOf(c);
  if (facts.matchStartGroups.has(group)) return index;
  const inLookaround = facts.lookaroundGroups;
  const at = inLookaround === 'all' || inLookaround.has(group) ? -1 : whole.indexOf(value);
  if (at !== -1 && at === whole.lastIndexOf(value)) return index + at;
  const twin = indexedTwin(re, group);
  const indexed = twin.re;
  ensureNative(indexed, twoByte);
  indexed.lastIndex = index;
  const again = indexed.exec(hay);
  const ind = typeof twin.group === 'number' ? again?.indices?.[twin.group] : again?.indices?.groups?.[twin.group];
  return ind ? ind[0] : index + Math.max(0, at);
}

function safeValidate(validate: NonNullable<Rule['validate']>, value: string, ctx: MatchContext): boolean {
  try {
    return validate(value, ctx);
  } catch {
    // A validator that throws on odd input rejects the match rather than breaking the scan.
    return false;
  }
}

function testRegex(re: RegExp, value: string): boolean {
  re.lastIndex = 0;
  return re.test(value);
}

/** Merges the overlapping windows of a list sorted by start (in place where they overlap). */
function mergeSorted(windows: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last !== undefined && w[0] <= last[1]) {
      if (w[1] > last[1]) last[1] = w[1];
    } else {
      out.push(w);
    }
  }
  return out;
}

/**
 * The spans of one text already claimed by a finding. A few are kept as a sorted list; many (a
 * 10,000-row export's) as a bit per code unit, where a sorted insert would move the list each time.
 */
class TakenSpans {
  private readonly list: { start: number; end: number }[] = [];
  private readonly bits: Uint8Array | undefined;

  constructor(textLength: number, expected: number) {
    if (expected > 256) this.bits = new Uint8Array((textLength >> 3) + 1);
  }

  /** Claims [start, end) unless it overlaps a claimed span; true when claimed. */
  claim(start: number, end: number): boolean {
    const bits = this.bits;
    if (bits !== undefined) {
      for (let i = start; i < end; i++) if (((bits[i >> 3] as number) & (1 << (i & 7))) !== 0) return false;
      for (let i = start; i < end; i++) bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
      return true;
    }
    const taken = this.list;
    // taken is sorted by start and non-overlapping: find the first span ending after `start`.
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid] as { end: number }).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const t = taken[lo];
    if (t !== undefined && t.start < end) return false;
    // (Inserted at lo: every span before it ends by `start`, and the one at lo starts after `end`.)
    taken.splice(lo, 0, { start, end });
    return true;
  }
}

/** Each whole name's parts' ranges, among the kept candidates (see nameParts.ts). */
function toNameParts(text: string, kept: readonly Candidate[]): Map<Candidate, Range[]> {
  const parts = new Map<Candidate, Range[]>();
  const names = kept.filter((cand) => cand.c.category === 'pii' && cand.c.rule.redactAs === 'name');
  if (names.length < 2) return parts;
  const owner = findNameParts(text, names);
  for (let i = 0; i < owner.length; i++) {
    const o = owner[i] as number;
    if (o === -1) continue;
    const part = names[i] as Candidate;
    const whole = names[o] as Candidate;
    const list = parts.get(whole);
    if (list === undefined) parts.set(whole, [{ start: part.start, end: part.end }]);
    else list.push({ start: part.start, end: part.end });
  }
  return parts;
}

/** Drops, in place, the personal-data candidates that stand in an attribution (see isAttribution). */
function removeAttributions(text: string, kept: Candidate[]): void {
  let n = 0;
  for (const cand of kept) if (cand.c.category !== 'pii' || !isAttribution(text, cand.start)) kept[n++] = cand;
  kept.length = n;
}
