import { lineOf } from './lines';

/**
 * How far from a run of digits a `nearDigits` rule's match (with its lookarounds) may reach:
 * `before` code units back from the first digit pair, `after` forward from the pair's start.
 */
export const NEAR_DIGITS = { before: 32, after: 64 } as const;

/**
 * The promise of a `nearDigits: 'dense'` rule: every match holds at least `min` ASCII digits, in
 * runs that follow each other within `maxGap` characters of `gap` (separators, and the letters
 * some IDs carry between digits: `131052-308T`, `2A`). Such a match lies inside one cluster of
 * digits that holds `min` of them, and clusters that long are far rarer than digit pairs (years,
 * versions, line numbers): the view around them was ~2 MB of the 54 MB bench corpus, the view
 * around digit pairs 12 MB.
 */
export const DENSE_DIGITS = { min: 7, maxGap: 3, gap: ' ./()+\\-A-Z' } as const;

/** A cluster of digits with at least `DENSE_DIGITS.min` of them (a match is a whole cluster). */
const DENSE_CLUSTER = new RegExp(`\\d(?:[${DENSE_DIGITS.gap}]{0,${DENSE_DIGITS.maxGap}}\\d){${DENSE_DIGITS.min - 1},}`, 'gu');

/** Runs of two or more ASCII digits (maximal: see TextView.near). */
const DIGIT_RUNS = /\d{2,}/gu;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Per script range (floor * 0x10000 + ceiling): the pattern of a run of its code units. */
const RANGE_RUNS = new Map<number, RegExp>();

/** Past this share of the text, a view saves nothing: the rules scan the whole text. */
const MAX_VIEW_SHARE = 0.5;

/** Windows closer than this are merged: a short gap costs less than another slice. */
const MERGE_GAP = 16;

/**
 * Some slices of a text joined into one string (by `\n`), with the way back to the original
 * offsets. A rule's regex then runs once over the view instead of once over the whole text.
 */
export class TextView {
  private constructor(
    readonly text: string,
    /** Where each slice starts in the view, ascending. */
    private readonly viewStarts: readonly number[],
    /** Per slice: original offset minus view offset. */
    private readonly deltas: readonly number[],
  ) {}

  /** What to add to a view offset to get the offset in the original text. */
  deltaAt(viewOffset: number): number {
    // The slice holding the offset, found as lineOf finds a line.
    return this.deltas[lineOf(this.viewStarts, viewOffset)] as number;
  }

  /**
   * The view of `text` around every run of two or more ASCII digits (with `dense`, around every
   * cluster of `DENSE_DIGITS`), padded by `NEAR_DIGITS`; `undefined` when the windows would cover
   * most of the text anyway.
   */
  static nearDigits(text: string, dense = false): TextView | undefined {
    if (dense) return TextView.near(text, DENSE_CLUSTER, NEAR_DIGITS.before, NEAR_DIGITS.after);
    return TextView.near(text, DIGIT_RUNS, NEAR_DIGITS.before, NEAR_DIGITS.after, isAsciiDigit);
  }

  /**
   * The view of `text` around every run of code units from `floor` to `ceiling` (a script's block),
   * padded by `before` and `after`; `undefined` when the windows would cover most of the text.
   */
  static nearRange(text: string, floor: number, ceiling: number, before: number, after: number): TextView | undefined {
    const key = floor * 0x10000 + ceiling;
    let runs = RANGE_RUNS.get(key);
    if (runs === undefined) {
      const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
      // (Without `u`: the ranges are in the BMP, and V8 ran the `u` form 5x slower over a 145 KB file.)
      runs = new RegExp(`[${hex(floor)}-${hex(ceiling)}]+`, 'g');
      RANGE_RUNS.set(key, runs);
    }
    return TextView.near(text, runs, before, after, (c) => c >= floor && c <= ceiling);
  }

  /**
   * The view around every match of the global pattern `runs`, padded by `before` and `after` (see
   * the callers). With `inRun`, `runs` matches maximal runs of the code units it accepts, and each
   * run's start is read back from its end: \`test\` allocates no match array (\`exec\`'s were
   * 50 MB over the bench corpus).
   */
  private static near(text: string, runs: RegExp, before: number, after: number, inRun?: (c: number) => boolean): TextView | undefined {
    runs.lastIndex = 0;
    const spans = new Spans(text.length, before, after);
    if (inRun !== undefined) {
      while (runs.test(text)) {
        const end = runs.lastIndex;
        let start = end - 1;
        while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
        spans.add(start, end);
      }
    } else for (let m = runs.exec(text); m !== null; m = runs.exec(text)) spans.add(m.index, m.index + m[0].length);
    runs.lastIndex = 0;
    return TextView.ofSpans(text, spans);
  }

  /**
   * nearRange's view, from the offsets of the text's code units at or above the range's floor (in
   * order: the keyword pass records them, see KeywordAutomaton.highPositions): the runs of those in
   * the range are the runs the pattern would find, without a pass over the text.
   */
  static nearPositions(text: string, positions: Int32Array, floor: number, ceiling: number, before: number, after: number): TextView | undefined {
    const spans = new Spans(text.length, before, after);
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i] as number;
      const c = text.charCodeAt(p);
      if (c < floor || c > ceiling) continue;
      if (p === runEnd) {
        runEnd = p + 1;
        continue;
      }
      if (runStart !== -1) spans.add(runStart, runEnd);
      runStart = p;
      runEnd = p + 1;
    }
    if (runStart !== -1) spans.add(runStart, runEnd);
    return TextView.ofSpans(text, spans);
  }

  /** The view of the spans; `undefined` when they cover most of the text anyway. */
  private static ofSpans(text: string, collected: Spans): TextView | undefined {
    const { spans, covered } = collected.done();
    if (covered > text.length * MAX_VIEW_SHARE) return undefined;
    const parts: string[] = [];
    const viewStarts: number[] = [];
    const deltas: number[] = [];
    let at = 0;
    for (let i = 0; i < spans.length; i += 2) {
      const s = spans[i] as number;
      const e = spans[i + 1] as number;
      viewStarts.push(at);
      deltas.push(s - at);
      parts.push(text.slice(s, e));
      at += e - s + 1;
    }
    return new TextView(parts.join('\n'), viewStarts, deltas);
  }
}

/** The windows around runs (each padded by `before` and `after`), merged when close, as `near` collects them. */
class Spans {
  readonly spans: number[] = [];
  private covered = 0;
  private from = -1;
  private to = -1;

  constructor(
    private readonly length: number,
    private readonly before: number,
    private readonly after: number,
  ) {}

  /** Adds the run from `start` to `end` (after the runs before it). */
  add(start: number, end: number): void {
    const s = Math.max(0, start - this.before);
    const e = Math.min(this.length, end + this.after);
    if (this.from !== -1 && s <= this.to + MERGE_GAP) {
      this.to = Math.max(this.to, e);
      return;
    }
    this.flush();
    this.from = s;
    this.to = e;
  }

  done(): { spans: number[]; covered: number } {
    this.flush();
    return { spans: this.spans, covered: this.covered };
  }

  private flush(): void {
    if (this.from === -1) return;
    this.spans.push(this.from, this.to);
    this.covered += this.to - this.from;
    this.from = -1;
  }
}
