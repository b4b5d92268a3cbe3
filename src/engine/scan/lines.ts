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
 * Start of the line holding `pos`, looking back at most `max` characters (so a 5 MB minified
 * one-line file doesn't make every lookup quadratic).
 */
export function lineStartWithin(text: string, pos: number, max = 4096): number {
  const floor = Math.max(0, pos - max);
  // slice() is O(1) in V8 and lastIndexOf is native: bounded and fast even before the JIT warms up.
  const i = text.slice(floor, pos).lastIndexOf('\n');
  return i === -1 ? floor : floor + i + 1;
}

/** End of the line holding `pos` (exclusive), looking ahead at most `max` characters. */
export function lineEndWithin(text: string, pos: number, max = 4096): number {
  const ceil = Math.min(text.length, pos + max);
  const i = text.slice(pos, ceil).indexOf('\n');
  return i === -1 ? ceil : pos + i;
}
