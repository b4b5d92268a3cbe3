import { onForgetTexts } from './perText';

/** Offsets of the start of every line (after `\n`). */
export function toLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** The 0-based line that holds `offset`, by binary search over `lineStarts`. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A stretch `[from, to)` of a text known to hold no line break: a long line's lookups start where
 * the last one ended. Every helper asks for the line around its match, up to 2 KB either way; on a
 * minified or exported one-line text each of a dense rule's thousand matches read those 2 KB
 * again (a quarter of person-name's scan of a 100 KB line). Dropped when a scan ends, with the
 * scanner's other per-text caches.
 */
let run: { text: string; from: number; to: number } | undefined;
onForgetTexts(() => {
  run = undefined;
});

/** Notes that `[from, to)` of `text` holds no line break, joining the known stretch it touches. */
function noteRun(text: string, from: number, to: number): void {
  if (run !== undefined && run.text === text && from <= run.to && to >= run.from) {
    run.from = Math.min(run.from, from);
    run.to = Math.max(run.to, to);
  } else run = { text, from, to };
}

/**
 * Start of the line holding `pos`, looking back at most `max` characters (so a 5 MB minified
 * one-line file doesn't make every lookup quadratic).
 */
export function lineStartWithin(text: string, pos: number, max = 4096): number {
  const floor = Math.max(0, pos - max);
  let from = floor;
  if (run !== undefined && run.text === text && run.from <= floor && floor <= run.to) {
    if (pos <= run.to) return floor;
    from = run.to;
  }
  // slice() is O(1) in V8 and lastIndexOf is native: bounded and fast even before the JIT warms up.
  const i = text.slice(from, pos).lastIndexOf('\n');
  if (i !== -1) return from + i + 1;
  noteRun(text, floor, pos);
  return floor;
}

/** End of the line holding `pos` (exclusive), looking ahead at most `max` characters. */
export function lineEndWithin(text: string, pos: number, max = 4096): number {
  const ceil = Math.min(text.length, pos + max);
  let from = pos;
  if (run !== undefined && run.text === text && run.from <= pos && pos <= run.to) {
    if (ceil <= run.to) return ceil;
    from = run.to;
  }
  const i = text.slice(from, ceil).indexOf('\n');
  if (i !== -1) return from + i;
  noteRun(text, pos, ceil);
  return ceil;
}
