import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { egnChecksum, isValidDate, withEgn } from './_checksums';
import { NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const EGN_CONTEXT = native(new RegExp(`егн|лнч|(?<![a-z])egn(?![a-z])|единен граждански номер|${NATIONAL_ID_LABEL}`, 'u'));

/** YY MM DD, the month plus 20 for the 1800s and plus 40 from 2000. */
function hasBirthDate(code: string): boolean {
  const yy = Number(code.slice(0, 2));
  const mm = Number(code.slice(2, 4));
  const dd = Number(code.slice(4, 6));
  if (mm > 40) return isValidDate(2000 + yy, mm - 40, dd);
  if (mm > 20) return isValidDate(1800 + yy, mm - 20, dd);
  return isValidDate(1900 + yy, mm, dd);
}

// Bulgarian uniform civil number (ЕГН, EGN): YY MM DD NNN K, K a weighted sum mod 11 (see
// egnChecksum). Its label is nearly always written in Cyrillic letters, which the prefilter's ASCII
// keywords cannot name, so the rule runs on every text; ten-digit numbers are common (phone
// numbers, Unix times, order numbers), so a label must be near.
export default defineRule({
  id: 'bg-egn',
  category: 'pii',
  description: 'Bulgarian uniform civil number (ЕГН / EGN), near a label',
  keywords: [],
  // Every match is a run of at least eight digits: scanned only near such runs.
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)\d[0-5]\d[0-3]\d{5}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => egnChecksum(s) && hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, EGN_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'egn',
  references: ['https://www.grao.bg/', 'https://bg.wikipedia.org/wiki/Единен_граждански_номер'],
  examples: {
    positive: [
      `ЕГН: ${withEgn('810722' + fake('{d3}', 2021))}`,
      `"egn": "${withEgn('894330' + fake('{d3}', 2022))}"`,
      `Фамилия,Име,ЕГН/ЛНЧ\nГеоргиева,Десислава,${withEgn('751104' + fake('{d3}', 2023))}\n`,
      // a payroll sheet: a title line, then a header whose first column is the number sign
      `Ведомост за заплати,Пример ЕООД,м. март 2024 г.\n\n№,Име и фамилия,ЕГН,Длъжност,Отработени дни,Брутна заплата (лв.),Осигуровки (лв.)\n1,Пример Примеров,${withEgn('651121' + fake('{d3}', 101427))},Технолог,20,2410.00,331.15\n2,Пример Примерова,${withEgn('770609' + fake('{d3}', 101426))},Шофьор,20,3125.00,429.60\n`,
    ],
    negative: [
      `ЕГН: ${breakLastDigit(withEgn('810722' + fake('{d3}', 2021)))}`,
      `ЕГН: ${withEgn('811322' + fake('{d3}', 2024))}`,
      `Поръчка № ${withEgn('810722' + fake('{d3}', 2025))}`,
    ],
  },
});
