import { defineRule } from '../defineRule';
import { hasDateAt } from './_dates';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';

const PERSONAS_KODS_CONTEXT = new RegExp(String.raw`personas[ _]?kod|(?<![a-z])p\. ?k\.(?![a-z])|personal[ _]?code|${NATIONAL_ID_LABEL}`, 'u');
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check digit of a code's first ten digits, or -1 where the sum leaves 10 (no such code is issued). */
function checkDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (WEIGHTS[i] as number) * (digits.charCodeAt(i) - 48);
  const c = (1101 - sum) % 11;
  return c === 10 ? -1 : c;
}

/** A code built from a birth date (DDMMYY), a century digit (0 1800s, 1 1900s, 2 2000s) and a serial, with its check digit (for the examples). */
export function withPersonasKods(ddmmyy: string, rest4: string): string {
  const body = ddmmyy + rest4;
  return `${ddmmyy}-${rest4}${checkDigit(body)}`;
}

// A Latvian personal code (personas kods) of the form issued until 2017: DDMMYY-CNNNN K, the birth
// date, a century digit (0 for the 1800s, 1 the 1900s, 2 the 2000s), a serial and a check digit
// (1101 minus a weighted sum, mod 11). The codes issued since 2017 (32…) carry no date and are
// left out. Near a label (personas kods, p.k.) or under its column.
export default defineRule({
  id: 'lv-personas-kods',
  category: 'pii',
  description: 'Latvian personal code (personas kods: birth date, century and check digit), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'personas kod', 'personas_kod', 'personaskod', 'p.k.', 'p. k.', 'personal code', 'personal_code'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.-])\d{6}-[0-2]\d{4}(?![\w-])/gu,
  validate: (s, ctx) => {
    const digits = s.replace('-', '');
    const century = [1800, 1900, 2000][Number(digits[6])] as number;
    if (!hasDateAt(digits, 0, 'DDMMYY', [century]) || checkDigit(digits) !== digits.charCodeAt(10) - 48) return false;
    return !inLongerNumber(ctx) && hasContext(ctx, PERSONAS_KODS_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'personal-code',
  references: ['https://likumi.lv/ta/id/57255'],
  examples: {
    positive: [
      `Mans personas kods ${withPersonasKods('140583', '1172')}, dzīvoju Rīgā.`,
      `lieta,personas_kods,vārds_uzvārds\nL-1,${withPersonasKods('021190', '1204')},Ilze Ozola`,
      `p.k. ${withPersonasKods('300612', '2031')}`,
    ],
    negative: [
      `personas kods: ${withPersonasKods('140583', '1172').slice(0, 11)}${(Number(withPersonasKods('140583', '1172')[11]) + 1) % 10}`,
      `personas kods: ${withPersonasKods('310283', '1172')}`,
      `pasūtījums ${withPersonasKods('140583', '1172')}`,
    ],
  },
});
