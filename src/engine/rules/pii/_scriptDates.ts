import type { MatchContext } from '../../types';
import { isPlausibleBirthDate } from './_checksums';
import { isWholeCellUnder } from './_context';

/**
 * The check that birth-date rules of a script without keywords share (Hebrew, Thai): a plausible
 * date that its pattern found after its label, or (when the pattern's unlabelled branch matched,
 * its group 1) a whole cell under the script's birth-date column, the script within the 64
 * characters before it (the rows' names and places put the date inside the scanner's view of the
 * script).
 */
export function isScriptBirthDate(date: readonly [number, number, number] | undefined, ctx: MatchContext, script: RegExp, column: RegExp): boolean {
  if (date === undefined || !isPlausibleBirthDate(date)) return false;
  return ctx.match[1] === undefined || (script.test(ctx.text.slice(Math.max(0, ctx.start - 64), ctx.start)) && isWholeCellUnder(ctx, column));
}
