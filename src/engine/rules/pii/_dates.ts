// Birth dates inside national ids: where the six digits stand, in which order, and which centuries
// the id's other digits allow. The check-digit functions live in _checksums.ts; an id rule asks
// both. Ids that shift a date field to carry more (Bulgaria's month + 40, Norway's day + 40, the
// Czech month + 50) decode their fields first and ask isValidDate.
import { isValidDate } from './_checksums';

/** The order of a date's three two-digit fields. */
export type DateOrder = 'YYMMDD' | 'DDMMYY';

/** True when the six digits of `code` at `at`, read in `order`, make a real date in one of `centuries` (1900, 2000…). */
export function hasDateAt(code: string, at: number, order: DateOrder, centuries: readonly number[]): boolean {
  const a = Number(code.slice(at, at + 2));
  const month = Number(code.slice(at + 2, at + 4));
  const b = Number(code.slice(at + 4, at + 6));
  const [yy, day] = order === 'YYMMDD' ? [a, b] : [b, a];
  return centuries.some((c) => isValidDate(c + yy, month, day));
}

/**
 * The century a leading digit gives, as Lithuania, Estonia and Kazakhstan write it (and sex with
 * it): 1-2 the 1800s, 3-4 the 1900s, 5-6 the 2000s. Empty for any other digit.
 */
export function centuryOfSexDigit(digit: string | undefined): readonly number[] {
  const century = [0, 1800, 1800, 1900, 1900, 2000, 2000][Number(digit)] ?? 0;
  return century > 0 ? [century] : [];
}
