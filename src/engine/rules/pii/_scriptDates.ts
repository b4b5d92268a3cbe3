import type { MatchContext } from '../../types';
import { isPlausibleBirthDate } from './_checksums';
import { isWholeCellUnder } from './_context';
import { native } from '../../scan/nativeRegex';

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

/** Day first (`14/03/1979`, `14.03.1979`, as Israel and Thailand write dates) or ISO. */
const DAY_FIRST = native(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/u);
const ISO = native(/^(\d{4})-(\d{2})-(\d{2})$/u);

/** The (year, month, day) of a day-first or an ISO date, its year as written; undefined for any other. */
export function readDayFirstOrIso(s: string): [number, number, number] | undefined {
  const d = DAY_FIRST.exec(s);
  if (d) return [Number(d[3]), Number(d[2]), Number(d[1])];
  const iso = ISO.exec(s);
  return iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : undefined;
}
