/** Code units from this one up are beyond ASCII. */
const ASCII = 128;

/**
 * Code units below this are read through the class table; every other one is class 0. The table
 * covers Latin-1 and Latin Extended-A, whose letters read as their ASCII base letter (é as e, ł as
 * l, ñ as n), so an ASCII keyword finds the written word: `haslo` finds hasło, `cle secrete` clé
 * secrète.
 */
const CLASSED = 0x180;

/**
 * Code units from CLASSED up to this one are read through a second table, which gives letters of
 * Latin Extended-B (Romanian ș and ț, Vietnamese ơ and ư) and Latin Extended Additional (the
 * Vietnamese stacked marks: ạ, ố, ự) their ASCII base letter too: `so dien thoai` finds số điện
 * thoại, `data nasterii` data nașterii. Every other code unit in the range reads as class 0. A code
 * unit at or above CLASSED still marks its block (see `seenBlocks`). Greek and Cyrillic letters
 * read as their transliteration (see GREEK_LATIN, CYRILLIC_LATIN): `amka` finds ΑΜΚΑ, `parol`
 * пароль.
 */
const HIGH_END = 0x1f00;

/**
 * The automaton reads this many characters of a keyword; the rest of a longer one (its tail) is
 * compared with the text where the prefix occurs. The table holds a state per distinct prefix of
 * the keywords: about 27,400 states of 73 classes for the built-in rules' whole keywords, 18,895
 * for their first eight characters, so 1.2 MB less table per scanning thread (the bench corpus's
 * CLI peak RSS: 189.7-192.8 MiB against 194.3-197.4 MiB, three alternating runs, with this
 * session's smaller patterns). A prefix of eight rarely occurs without its keyword, so the tails
 * are seldom compared; the bench corpus scanned in the same time.
 */
export const KEYWORD_PREFIX = 8;

/** Automata with at most this many states keep their table in 16 bits, the top bit flagging states with outputs. */
const NARROW_STATES = 0x8000;
/** Larger automata flag them with this bit (of 32). */
const WIDE_STATES = 0x40000000;

/** The ranges of the second table that hold letters with an ASCII base (Greek's and Cyrillic's by transliteration). */
const HIGH_LETTERS: readonly (readonly [number, number])[] = [
  [0x180, 0x250],
  [0x370, 0x500],
  [0x1e00, 0x1f00],
];

/**
 * Greek letters as the ASCII letter that transliterates them, so that an ASCII keyword finds a
 * Greek label: `amka` finds ΑΜΚΑ, `afm` ΑΦΜ. Θ and Ψ (two letters each) have none.
 */
const GREEK_LATIN = ((): Map<number, number> => {
  const map = new Map<number, number>();
  const pairs = 'αa βv γg δd εe ζz ηi ιi κk λl μm νn ξx οo πp ρr σs ςs τt υy φf χx ωo';
  for (const pair of pairs.split(' ')) {
    const [greek, latin] = [...pair] as [string, string];
    for (const form of [greek, greek.toUpperCase()]) map.set(form.charCodeAt(0), latin.charCodeAt(0));
  }
  return map;
})();

/**
 * Cyrillic letters (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Kazakh, Uzbek) as the ASCII
 * letter that starts their usual transliteration, so that an ASCII keyword finds a Cyrillic label:
 * `parol` finds пароль, `snils` СНИЛС, `token` токен. A letter written with two (ж zh, ш sh, ч ch)
 * reads as its first; ъ and ь, which have none, read as no letter, as a space does.
 */
const CYRILLIC_LATIN = ((): Map<number, number> => {
  const map = new Map<number, number>();
  const pairs =
    'аa бb вv гg дd еe жz зz иi кk лl мm нn оo пp рr сs тt уu фf хh цc чc шs щs ыy эe юu яa ' +
    'іi єe ґg ђd јj љl њn ћc џd әa ғg қk ңn өo ұu үu һh ҳh ҷc';
  for (const pair of pairs.split(' ')) {
    const [cyrillic, latin] = [...pair] as [string, string];
    for (const form of [cyrillic, cyrillic.toUpperCase()]) map.set(form.charCodeAt(0), latin.charCodeAt(0));
  }
  return map;
})();

/** Letters whose base letter NFD does not expose (Ø, Æ, Đ, ı, Ł, ß): Kære reads as kare. */
const UNDECOMPOSED: Readonly<Record<number, string>> = { 0xd8: 'o', 0xf8: 'o', 0xc6: 'a', 0xe6: 'a', 0x110: 'd', 0x111: 'd', 0x131: 'i', 0x141: 'l', 0x142: 'l', 0xdf: 's' };

/** The ASCII letter a Latin letter with marks (or a Greek or Cyrillic letter, with marks or not: ё, й, ї) is read as (lower case), or 0. */
export function baseLetterOf(code: number): number {
  if (code >= 0x370 && code < 0x500) {
    const bare = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
    return (code < 0x400 ? GREEK_LATIN : CYRILLIC_LATIN).get(bare) ?? 0;
  }
  const base = UNDECOMPOSED[code] ?? String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  const b = base.charCodeAt(0);
  return b >= 97 && b <= 122 ? b : 0;
}

/**
 * keywordLetterOf's answers below HIGH_END, computed on first use: each takes a Unicode
 * normalisation, and every automaton asks for 700 of them (6 ms per scanner, which a one-rule
 * scanner paid on every call).
 */
let keywordLetters: Uint8Array | undefined;

function toKeywordLetters(): Uint8Array {
  const table = new Uint8Array(HIGH_END);
  for (let c = 0xc0; c < HIGH_END; c++) {
    if (c < CLASSED || HIGH_LETTERS.some(([from, to]) => c >= from && c < to)) table[c] = baseLetterOf(c);
  }
  return table;
}

/** The ASCII letter the keyword pass reads a code unit above ASCII as, or 0 (tests fold examples the same way). */
export function keywordLetterOf(code: number): number {
  return code < HIGH_END ? (keywordLetters ??= toKeywordLetters())[code] as number : 0;
}

/** The lowest code unit whose positions the keyword pass records (see `highPositions`). */
export const HIGH_FLOOR = CLASSED;

/** The most positions of code units at or above CLASSED that the keyword pass records (see `highPositions`). */
const HIGH_POSITIONS = 4096;

/** Texts from this length on are read as two interleaved streams (see `findTwoStreams`). */
const TWO_STREAMS_MIN = 4096;

/**
 * Occurrences recorded per keyword; past this, a windowed rule scans the whole text. (5,000 until
 * the forty-eighth session: in the bench's 5.4 MB minified bundle, `key` and `token` passed it, and
 * generic-api-key searched all 5.4 MB (66 ms) for windows that cover 0.3 MB (5 ms).)
 */
export const MAX_POSITIONS = 50_000;

/**
 * Occurrences recorded per text, all keywords together (4 MB of buffers): a bound for a text made
 * of keywords. Past it, every keyword that occurs again counts as past MAX_POSITIONS.
 */
export const MAX_RECORDED = 512 * 1024;

/**
 * Where the tracked keywords occurred in the last text read: per keyword, a list of end offsets
 * threaded through shared typed arrays, so recording one costs no allocation and clearing them
 * all costs two fills. (Per-keyword JS arrays cost an allocation each time a list grew again: a
 * third of the keyword pass on the bench corpus.)
 */
export class KeywordPositions {
  /** Per keyword: 1 when its occurrences are recorded. */
  readonly tracked: Uint8Array;
  /** Per keyword: its occurrences in the last text (at most `MAX_POSITIONS`). */
  readonly count: Int32Array;
  /** Per keyword: its first entry, -1 for none. */
  readonly head: Int32Array;
  /** Per keyword: its last entry (valid while `count` is above 0). */
  readonly tail: Int32Array;
  /** Per entry: the offset right after the occurrence. */
  ends = new Int32Array(4096);
  /** Per entry: the keyword's next entry, -1 at the end. */
  next = new Int32Array(4096);
  size = 0;

  constructor(tracked: readonly boolean[]) {
    this.tracked = Uint8Array.from(tracked, (t) => (t ? 1 : 0));
    this.count = new Int32Array(tracked.length);
    this.head = new Int32Array(tracked.length).fill(-1);
    this.tail = new Int32Array(tracked.length);
  }

  clear(): void {
    if (this.size === 0) return;
    this.count.fill(0);
    this.head.fill(-1);
    this.size = 0;
  }

  /** Records an occurrence of keyword `k` ending at `end` (the caller checks `tracked`). */
  add(k: number, end: number): void {
    const count = this.count[k] as number;
    if (count >= MAX_POSITIONS) return;
    const at = this.size;
    if (at >= MAX_RECORDED) {
      // This occurrence goes unrecorded, so the keyword's list is incomplete: its rules scan the whole text.
      this.count[k] = MAX_POSITIONS;
      return;
    }
    if (at === this.ends.length) {
      const ends = new Int32Array(at * 2);
      ends.set(this.ends);
      this.ends = ends;
      const next = new Int32Array(at * 2);
      next.set(this.next);
      this.next = next;
    }
    this.ends[at] = end;
    this.next[at] = -1;
    if (count === 0) this.head[k] = at;
    else this.next[this.tail[k] as number] = at;
    this.tail[k] = at;
    this.count[k] = count + 1;
    this.size = at + 1;
  }

  /** Keyword `k`'s end offsets, in the order found (tests and tools; the scanner walks the lists). */
  list(k: number): number[] {
    const out: number[] = [];
    for (let e = this.head[k] as number; e !== -1; e = this.next[e] as number) out.push(this.ends[e] as number);
    return out;
  }
}

/**
 * An Aho-Corasick automaton over lower-cased ASCII keywords: one pass over the text says which
 * keywords occur, case-insensitively. Built once per rule set.
 */
export class KeywordAutomaton {
  /**
   * The transitions, one row of `stride` entries per state, indexed by a character's class.
   * An entry holds the next state's number, plus `outputFlag` when that state has outputs: the
   * scan loop tests one comparison. Sixteen bits per entry while the states fit (21,066 states
   * of 70 classes for the built-in rules: 2.9 MB per thread instead of the 5.9 MB of the row
   * offsets in 32 bits this table held until the thirty-second session; the keyword pass ran
   * the bench corpus at the same speed, and each scanning thread's memory is what peak RSS adds up).
   */
  private readonly delta: Uint16Array | Int32Array;
  /** The bit an entry of `delta` carries when its state has outputs (the state's number is below it). */
  private readonly outputFlag: number;
  /** Per code unit below CLASSED: its class (upper case onto lower case, accented letters onto their base); 0 for characters no keyword has. */
  private readonly classOf: Uint8Array;
  /** Per code unit from CLASSED to HIGH_END (offset by CLASSED): its class, as `classOf` gives one. */
  private readonly classHigh: Uint8Array;
  private readonly stride: number;
  /** Per state (by row offset / stride): where its outputs start in `outputs`, and end at the next state's start. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  /** Per keyword: the classes of its characters after the first KEYWORD_PREFIX, or undefined for a short one. */
  private readonly tails: readonly (string | undefined)[];
  private readonly maxKeywordLength: number;
  readonly size: number;
  /** How many states the automaton has (one per distinct prefix of the keywords' first KEYWORD_PREFIX characters, and the root). */
  readonly states: number;
  /**
   * The bitwise OR of the code units of the last text `find` read (all bits when it stopped
   * early): a text holds no code unit above this, so a rule needing one (see requiredCodeUnit)
   * can't match it.
   */
  seenCodeUnits = 0;
  /**
   * Per block of 256 code units: 1 when the last text `find` read held a code unit of that block
   * at or above CLASSED (all 1 when it stopped early). Blocks 0 and 1 are never marked below
   * CLASSED; `mayHold` answers for them through the text itself.
   */
  readonly seenBlocks = new Uint8Array(256);
  /**
   * Whether the last text `find` read held a code unit from 0x80 to below CLASSED (Latin-1's and
   * Latin Extended-A's letters; true when it stopped early): with seenBlocks, `mayHold` then answers
   * for a range that starts there (Vietnamese letters, from Â) without a pass over the text.
   */
  seenLatin = false;
  /**
   * Where the last text `find` read held code units at or above CLASSED, in order: a script's
   * letters (CJK, Cyrillic), curly quotes, dashes. Up to HIGH_POSITIONS of them; see `highPositions`.
   */
  private high = new Int32Array(HIGH_POSITIONS);
  /** How many `high` holds, or -1 when the text held more (or the pass stopped early). */
  private highCount = 0;
  /** The second stream's positions (see findTwoStreams), appended to `high` when the pass ends. */
  private highB = new Int32Array(HIGH_POSITIONS);
  /** The text `high` is about. */
  private highText: string | undefined;

  constructor(keywords: readonly string[]) {
    this.size = keywords.length;
    this.maxKeywordLength = keywords.reduce((m, kw) => Math.max(m, kw.length), 1);
    // Classes: one per distinct (folded) character of the keywords, 0 for all others. About 70
    // here against 128 code units: the table is half as big, and fits the CPU's cache.
    const classOf = new Uint8Array(CLASSED);
    let classes = 1;
    for (const kw of keywords) {
      if (kw.length === 0) throw new Error('empty keyword');
      for (let i = 0; i < kw.length; i++) {
        const code = kw.charCodeAt(i);
        if (code === 0 || code >= ASCII) throw new Error(`keyword "${kw}" must be ASCII`);
        const folded = code >= 65 && code <= 90 ? code + 32 : code;
        if (classOf[folded] === 0) classOf[folded] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32] as number;
    // (keywordLetterOf says which code units fold to which letter; the tests fold examples with it.)
    for (let c = 0xc0; c < CLASSED; c++) {
      const base = keywordLetterOf(c);
      if (base !== 0) classOf[c] = classOf[base] as number;
    }
    const classHigh = new Uint8Array(HIGH_END - CLASSED);
    for (const [from, to] of HIGH_LETTERS) {
      for (let c = from; c < to; c++) {
        const base = keywordLetterOf(c);
        if (base !== 0) classHigh[c - CLASSED] = classOf[base] as number;
      }
    }
    const stride = classes;
    // The table is built in place: one row per state, counted first (a state per distinct prefix of
    // the keywords' class sequences), so construction allocates the final table and little else. (A
    // row array per state, then the table, took 13 MB of RSS per thread that V8 kept after the build.)
    const prefixes = new Set<string>();
    const whole = keywords.map((kw) => String.fromCharCode(...Array.from(kw, (ch) => classOf[ch.charCodeAt(0)] as number)));
    this.tails = whole.map((seq) => (seq.length > KEYWORD_PREFIX ? seq.slice(KEYWORD_PREFIX) : undefined));
    const sequences = whole.map((seq) => seq.slice(0, KEYWORD_PREFIX));
    for (const seq of sequences) for (let i = 1; i <= seq.length; i++) prefixes.add(seq.slice(0, i));
    const n = prefixes.size + 1;
    this.states = n;
    prefixes.clear();
    // Built in its final width (a 32-bit table narrowed at the end held both at once: more peak RSS).
    const narrow = n <= NARROW_STATES;
    const NONE = narrow ? 0xffff : -1;
    const delta = narrow ? new Uint16Array(n * stride).fill(NONE) : new Int32Array(n * stride).fill(NONE);
    const out: (number[] | undefined)[] = new Array<number[] | undefined>(n);
    let states = 1;
    sequences.forEach((seq, idx) => {
      let s = 0;
      for (let i = 0; i < seq.length; i++) {
        const at = s * stride + seq.charCodeAt(i);
        let next = delta[at] as number;
        if (next === NONE) {
          next = states++;
          delta[at] = next;
        }
        s = next;
      }
      (out[s] ??= []).push(idx);
    });
    const fail = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    // Class 0 (no keyword's character) always leads back to the root.
    delta[0] = 0;
    for (let c = 1; c < stride; c++) {
      const t = delta[c] as number;
      if (t === NONE) delta[c] = 0;
      else {
        fail[t] = 0;
        queue[tail++] = t;
      }
    }
    // Breadth first: a state's failure state is shallower, so its row is complete when read.
    for (let qi = 0; qi < tail; qi++) {
      const s = queue[qi] as number;
      const f = fail[s] as number;
      const fo = out[f];
      if (fo !== undefined) (out[s] ??= []).push(...fo);
      delta[s * stride] = 0;
      for (let c = 1; c < stride; c++) {
        const t = delta[s * stride + c] as number;
        if (t === NONE) delta[s * stride + c] = delta[f * stride + c] as number;
        else {
          fail[t] = delta[f * stride + c] as number;
          queue[tail++] = t;
        }
      }
    }
    // Final table: state numbers, flagged for states with outputs; 16 bits while they fit.
    const outputFlag = narrow ? NARROW_STATES : WIDE_STATES;
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i] as number;
      if (out[t] !== undefined) delta[i] = t + outputFlag;
    }
    const outputStart = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) outputStart[s + 1] = (outputStart[s] as number) + (out[s]?.length ?? 0);
    this.outputs = Int32Array.from(out.flatMap((o) => o ?? []));
    this.outputStart = outputStart;
    this.delta = delta;
    this.outputFlag = outputFlag;
    this.classOf = classOf;
    this.classHigh = classHigh;
    this.stride = stride;
  }

  /** The distinct keywords that occur in a short `text`, in order of first occurrence. */
  keywordsIn(text: string): number[] {
    const { delta, classOf, classHigh, outputs, outputStart, stride, outputFlag } = this;
    const found: number[] = [];
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      s = delta[s * stride + (code < CLASSED ? (classOf[code] as number) : code < HIGH_END ? (classHigh[code - CLASSED] as number) : 0)] as number;
      if (s >= outputFlag) {
        s -= outputFlag;
        const state = s;
        for (let o = outputStart[state] as number, end = outputStart[state + 1] as number; o < end; o++) {
          const k = outputs[o] as number;
          if (!found.includes(k) && this.hasTail(text, i + 1, k)) found.push(k);
        }
      }
    }
    return found;
  }

  /**
   * Marks in `hits` (length = keyword count) every keyword that occurs in `text`. Returns the
   * count of distinct hits. With `positions`, also records the end offset of every occurrence of
   * the keywords it tracks (at most `MAX_POSITIONS` each), after clearing what it held.
   */
  find(text: string, hits: Uint8Array, positions?: KeywordPositions): number {
    positions?.clear();
    if (positions !== undefined && text.length >= TWO_STREAMS_MIN) return this.findTwoStreams(text, hits, positions);
    const { delta, classOf, classHigh, stride, outputFlag } = this;
    const blocks = this.seenBlocks.fill(0);
    let s = 0;
    let found = 0;
    let seen = 0;
    let latin = 0;
    const high = this.high;
    let nh = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      seen |= code;
      let c = 0;
      if (code < ASCII) c = classOf[code] as number;
      else if (code < CLASSED) {
        latin = 1;
        c = classOf[code] as number;
      } else {
        if (nh < HIGH_POSITIONS) high[nh] = i;
        nh++;
        blocks[code >> 8] = 1;
        if (code < HIGH_END) c = classHigh[code - CLASSED] as number;
      }
      s = delta[s * stride + c] as number;
      if (s >= outputFlag) {
        s -= outputFlag;
        found += this.record(text, s, i + 1, hits, positions);
        if (found === this.size && positions === undefined) {
          // The rest of the text is unread: it may hold anything.
          seen = 0xffff;
          latin = 1;
          nh = HIGH_POSITIONS + 1;
          blocks.fill(1);
          break;
        }
      }
    }
    this.seenCodeUnits = seen;
    this.seenLatin = latin === 1;
    this.highCount = nh <= HIGH_POSITIONS ? nh : -1;
    this.highText = text;
    return found;
  }

  /**
   * Whether the last text `find` read may hold a code unit in `[floor, ceiling]`: `false` when it
   * surely holds none, `true` when it surely holds one (a marked block lies wholly inside the
   * range), `undefined` when only the text can tell (a marked block straddles an end of the range,
   * or the range starts below CLASSED).
   */
  mayHold(floor: number, ceiling: number): boolean | undefined {
    if (this.seenCodeUnits < floor) return false;
    if (floor < CLASSED) {
      // Below CLASSED only seenLatin knows: with none of 0x80 to CLASSED, the range's rest decides.
      if (floor < ASCII || this.seenLatin) return undefined;
      if (ceiling < CLASSED) return false;
      floor = CLASSED;
    }
    const blocks = this.seenBlocks;
    const lo = floor >> 8;
    const hi = ceiling >> 8;
    let straddles = false;
    for (let b = lo; b <= hi; b++) {
      if (blocks[b] !== 1) continue;
      // (Block 1 is marked by code units from CLASSED on only: wholly inside a range from CLASSED.)
      const wholly = (b > lo || (floor & 0xff) === 0 || (b === CLASSED >> 8 && floor === CLASSED)) && (b < hi || (ceiling & 0xff) === 0xff);
      if (wholly) return true;
      straddles = true;
    }
    return straddles ? undefined : false;
  }

  /**
   * The offsets, in order, of the code units at or above CLASSED in `text`, the last text `find`
   * read; `undefined` for another text, or when it held more than HIGH_POSITIONS of them or the pass stopped early. (A view
   * of the text near a script's letters is built from them without a pass of its own.)
   */
  highPositions(text: string): Int32Array | undefined {
    return this.highCount < 0 || text !== this.highText ? undefined : this.high.subarray(0, this.highCount);
  }

  /**
   * Marks the outputs of `state`, an occurrence of their prefixes ending at `end` in `text` (the
   * keywords whose tails follow there); returns how many were new hits.
   */
  private record(text: string, state: number, end: number, hits: Uint8Array, positions: KeywordPositions | undefined): number {
    const { outputs, tails } = this;
    let found = 0;
    for (let o = this.outputStart[state] as number, last = this.outputStart[state + 1] as number; o < last; o++) {
      const k = outputs[o] as number;
      const tail = tails[k];
      if (tail !== undefined && !this.hasTail(text, end, k)) continue;
      if (hits[k] === 0) {
        hits[k] = 1;
        found++;
      }
      if (positions !== undefined && positions.tracked[k] === 1) positions.add(k, tail === undefined ? end : end + tail.length);
    }
    return found;
  }

  /** Whether keyword `k`'s tail (if it has one) follows in `text` at `at`, read through the classes as the automaton reads. */
  private hasTail(text: string, at: number, k: number): boolean {
    const tail = this.tails[k];
    if (tail === undefined) return true;
    if (at + tail.length > text.length) return false;
    const { classOf, classHigh } = this;
    for (let j = 0; j < tail.length; j++) {
      const code = text.charCodeAt(at + j);
      const c = code < CLASSED ? (classOf[code] as number) : code < HIGH_END ? (classHigh[code - CLASSED] as number) : 0;
      if (c !== tail.charCodeAt(j)) return false;
    }
    return true;
  }

  /**
   * `find` over two halves of the text at once: each step advances two independent automaton
   * states, so the CPU overlaps their table lookups (one stream waits on each load in turn).
   * The second half starts `maxKeywordLength - 1` characters early and reports only occurrences
   * that end in its own half, so every occurrence is seen exactly once. Positions per keyword come
   * out in two ascending runs; the scanner sorts its windows anyway.
   */
  private findTwoStreams(text: string, hits: Uint8Array, positions: KeywordPositions): number {
    const { delta, classOf, classHigh, stride, outputFlag } = this;
    const blocks = this.seenBlocks.fill(0);
    const n = text.length;
    const mid = n >> 1;
    const offB = Math.max(0, mid - this.maxKeywordLength + 1);
    let found = 0;
    let seen = 0;
    let latin = 0;
    let a = 0;
    let b = 0;
    // Positions of high code units: stream A's in \`high\`, stream B's (from mid on) in \`highB\`.
    const high = this.high;
    const highB = this.highB;
    let na = 0;
    let nb = 0;
    for (let j = 0; j < mid; j++) {
      const ca = text.charCodeAt(j);
      const cb = text.charCodeAt(offB + j);
      seen |= ca | cb;
      let ka = 0;
      if (ca < ASCII) ka = classOf[ca] as number;
      else if (ca < CLASSED) {
        latin = 1;
        ka = classOf[ca] as number;
      } else {
        if (na < HIGH_POSITIONS) high[na] = j;
        na++;
        blocks[ca >> 8] = 1;
        if (ca < HIGH_END) ka = classHigh[ca - CLASSED] as number;
      }
      let kb = 0;
      if (cb < ASCII) kb = classOf[cb] as number;
      else if (cb < CLASSED) {
        latin = 1;
        kb = classOf[cb] as number;
      } else {
        // (Stream B's first characters overlap stream A's last: A records those.)
        if (offB + j >= mid) {
          if (nb < HIGH_POSITIONS) highB[nb] = offB + j;
          nb++;
        }
        blocks[cb >> 8] = 1;
        if (cb < HIGH_END) kb = classHigh[cb - CLASSED] as number;
      }
      a = delta[a * stride + ka] as number;
      b = delta[b * stride + kb] as number;
      if ((a | b) >= outputFlag) {
        if (a >= outputFlag) {
          a -= outputFlag;
          found += this.record(text, a, j + 1, hits, positions);
        }
        if (b >= outputFlag) {
          b -= outputFlag;
          if (offB + j + 1 > mid) found += this.record(text, b, offB + j + 1, hits, positions);
        }
      }
    }
    for (let i = offB + mid; i < n; i++) {
      const c = text.charCodeAt(i);
      seen |= c;
      let k = 0;
      if (c < ASCII) k = classOf[c] as number;
      else if (c < CLASSED) {
        latin = 1;
        k = classOf[c] as number;
      } else {
        if (nb < HIGH_POSITIONS) highB[nb] = i;
        nb++;
        blocks[c >> 8] = 1;
        if (c < HIGH_END) k = classHigh[c - CLASSED] as number;
      }
      b = delta[b * stride + k] as number;
      if (b >= outputFlag) {
        b -= outputFlag;
        if (i + 1 > mid) found += this.record(text, b, i + 1, hits, positions);
      }
    }
    this.seenCodeUnits = seen;
    this.seenLatin = latin === 1;
    if (na + nb <= HIGH_POSITIONS) {
      high.set(highB.subarray(0, nb), na);
      this.highCount = na + nb;
    } else this.highCount = -1;
    this.highText = text;
    return found;
  }
}
