import { lineOf } from './lines';

/**
 * How far from a run of digits a `nearDigits` rule's match (with its lookarounds) may reach:
 * `before` code units back from the first digit pair, `after` forward from the pair's start.
 */
export const NEAR_DIGITS = { before: 32, after: 64 } as const;

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
   * The view of `text` around every run of two or more ASCII digits, padded by `NEAR_DIGITS`;
   * `undefined` when the windows would cover most of the text anyway.
   */
  static nearDigits(text: string): TextView | undefined {
    const runs = /\d{2,}/gu;
    const spans: number[] = [];
    let covered = 0;
    let from = -1;
    let to = -1;
    for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
      const s = Math.max(0, m.index - NEAR_DIGITS.before);
      const e = Math.min(text.length, m.index + m[0].length + NEAR_DIGITS.after);
      if (from !== -1 && s <= to + MERGE_GAP) {
        to = Math.max(to, e);
        continue;
      }
      if (from !== -1) {
        spans.push(from, to);
        covered += to - from;
      }
      from = s;
      to = e;
    }
    if (from !== -1) {
      spans.push(from, to);
      covered += to - from;
    }
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
