const ALPHA = 128;

/** Texts from this length on are read as two interleaved streams (see `findTwoStreams`). */
const TWO_STREAMS_MIN = 4096;

/** Occurrences recorded per keyword; past this, a windowed rule scans the whole text. */
export const MAX_POSITIONS = 5000;

/** Lower-cases ASCII; every non-ASCII code unit maps to 0, which no keyword contains. */
const FOLD: Uint8Array = (() => {
  const t = new Uint8Array(ALPHA);
  for (let c = 0; c < ALPHA; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
  return t;
})();

/**
 * An Aho-Corasick automaton over lower-cased ASCII keywords: one pass over the text says which
 * keywords occur, case-insensitively. Built once per rule set.
 */
export class KeywordAutomaton {
  private readonly delta: Int32Array;
  private readonly outputs: (readonly number[] | undefined)[];
  private readonly maxKeywordLength: number;
  readonly size: number;

  constructor(keywords: readonly string[]) {
    this.size = keywords.length;
    this.maxKeywordLength = keywords.reduce((m, kw) => Math.max(m, kw.length), 1);
    const gotoRows: Int32Array[] = [new Int32Array(ALPHA).fill(-1)];
    const out: number[][] = [[]];
    keywords.forEach((kw, idx) => {
      if (kw.length === 0) throw new Error('empty keyword');
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const code = kw.charCodeAt(i);
        if (code === 0 || code >= ALPHA) throw new Error(`keyword "${kw}" must be ASCII`);
        const c = FOLD[code] as number;
        const row = gotoRows[s] as Int32Array;
        let next = row[c] as number;
        if (next === -1) {
          next = gotoRows.length;
          row[c] = next;
          gotoRows.push(new Int32Array(ALPHA).fill(-1));
          out.push([]);
        }
        s = next;
      }
      (out[s] as number[]).push(idx);
    });
    const n = gotoRows.length;
    const delta = new Int32Array(n * ALPHA);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    const root = gotoRows[0] as Int32Array;
    for (let c = 0; c < ALPHA; c++) {
      const t = root[c] as number;
      if (t === -1) delta[c] = 0;
      else {
        delta[c] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      const f = fail[s] as number;
      const fo = out[f] as number[];
      if (fo.length > 0) (out[s] as number[]).push(...fo);
      const row = gotoRows[s] as Int32Array;
      for (let c = 0; c < ALPHA; c++) {
        const t = row[c] as number;
        if (t === -1) delta[s * ALPHA + c] = delta[f * ALPHA + c] as number;
        else {
          delta[s * ALPHA + c] = t;
          fail[t] = delta[f * ALPHA + c] as number;
          queue.push(t);
        }
      }
    }
    // Final table: indexed by the raw code unit (upper case folded in), and a state with outputs
    // stored as its bitwise complement, so the scan loop tests one sign instead of an array.
    for (let s = 0; s < n; s++) {
      const row = s * ALPHA;
      const folded = delta.slice(row, row + ALPHA);
      for (let c = 0; c < ALPHA; c++) {
        const t = folded[FOLD[c] as number] as number;
        delta[row + c] = (out[t] as number[]).length > 0 ? ~t : t;
      }
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
  }

  /** The distinct keywords that occur in a short `text`, in order of first occurrence. */
  keywordsIn(text: string): number[] {
    const delta = this.delta;
    const outputs = this.outputs;
    const found: number[] = [];
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      s = delta[(s << 7) | (code < ALPHA ? code : 0)] as number;
      if (s < 0) {
        s = ~s;
        for (const k of outputs[s] as readonly number[]) if (!found.includes(k)) found.push(k);
      }
    }
    return found;
  }

  /**
   * Marks in `hits` (length = keyword count) every keyword that occurs in `text`. Returns the
   * count of distinct hits. For keywords with an array in `positions`, also records the end offset
   * of every occurrence (at most `MAX_POSITIONS`).
   */
  find(text: string, hits: Uint8Array, positions?: readonly (number[] | undefined)[]): number {
    if (positions !== undefined && text.length >= TWO_STREAMS_MIN) return this.findTwoStreams(text, hits, positions);
    const delta = this.delta;
    const outputs = this.outputs;
    let s = 0;
    let found = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      s = delta[(s << 7) | (code < ALPHA ? code : 0)] as number;
      if (s < 0) {
        s = ~s;
        for (const k of outputs[s] as readonly number[]) {
          if (hits[k] === 0) {
            hits[k] = 1;
            found++;
          }
          const list = positions?.[k];
          if (list !== undefined && list.length < MAX_POSITIONS) list.push(i + 1);
        }
        if (found === this.size && positions === undefined) break;
      }
    }
    return found;
  }

  /**
   * `find` over two halves of the text at once: each step advances two independent automaton
   * states, so the CPU overlaps their table lookups (one stream waits on each load in turn).
   * The second half starts `maxKeywordLength - 1` characters early and reports only occurrences
   * that end in its own half, so every occurrence is seen exactly once. Positions per keyword come
   * out in two ascending runs; the scanner sorts its windows anyway.
   */
  private findTwoStreams(text: string, hits: Uint8Array, positions: readonly (number[] | undefined)[]): number {
    const delta = this.delta;
    const outputs = this.outputs;
    const n = text.length;
    const mid = n >> 1;
    const offB = Math.max(0, mid - this.maxKeywordLength + 1);
    let found = 0;
    const emit = (state: number, end: number): void => {
      for (const k of outputs[state] as readonly number[]) {
        if (hits[k] === 0) {
          hits[k] = 1;
          found++;
        }
        const list = positions[k];
        if (list !== undefined && list.length < MAX_POSITIONS) list.push(end);
      }
    };
    let a = 0;
    let b = 0;
    for (let j = 0; j < mid; j++) {
      const ca = text.charCodeAt(j);
      const cb = text.charCodeAt(offB + j);
      a = delta[(a << 7) | (ca < ALPHA ? ca : 0)] as number;
      b = delta[(b << 7) | (cb < ALPHA ? cb : 0)] as number;
      if ((a | b) < 0) {
        if (a < 0) {
          a = ~a;
          emit(a, j + 1);
        }
        if (b < 0) {
          b = ~b;
          if (offB + j + 1 > mid) emit(b, offB + j + 1);
        }
      }
    }
    for (let i = offB + mid; i < n; i++) {
      const c = text.charCodeAt(i);
      b = delta[(b << 7) | (c < ALPHA ? c : 0)] as number;
      if (b < 0) {
        b = ~b;
        if (i + 1 > mid) emit(b, i + 1);
      }
    }
    return found;
  }
}
