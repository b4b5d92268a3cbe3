import { defineRule, fake } from '../defineRule';
import { kzIinChecksum, withKzIin } from './_checksums';
import { centuryOfSexDigit, hasDateAt } from './_dates';
import { NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

/**
 * Its labels: ИИН (Russian), ЖСН (Kazakh), IIN; a column `iin`, `iin_bin`; and ИНН, the Russian
 * taxpayer number's, which Russian software (1C's exchange files) writes for it.
 */
const IIN_CONTEXT = /иин|жсн|(?<![\p{L}])инн(?![\p{L}])|(?<![a-z])iin(?![a-z])|индивидуальный идентификационный номер|жеке сәйкестендіру нөмірі/u;

/** YY MM DD and a seventh digit for the century and sex: 1-2 the 1800s, 3-4 the 1900s, 5-6 from 2000. */
function hasBirthDate(iin: string): boolean {
  return hasDateAt(iin, 0, 'YYMMDD', centuryOfSexDigit(iin[6]));
}

function sample(seed: number, date: string): string {
  for (let s = seed; ; s++) {
    const iin = withKzIin(`${date}3${fake('{d4}', s)}`);
    if (iin !== '') return iin;
  }
}

// Kazakh individual identification number (IIN, ИИН, ЖСН): YY MM DD, a digit for century and sex,
// four digits and a check digit (see kzIinChecksum). A company's BIN has the same check but no
// birth date (its fifth digit, 4-6, is the kind of entity). Its labels are mostly written in
// Cyrillic letters, which the prefilter's ASCII keywords cannot name, so the rule runs on every
// text near runs of digits; a label must be near or head the column.
export default defineRule({
  id: 'kz-iin',
  category: 'pii',
  description: 'Kazakh individual identification number (IIN / ИИН / ЖСН), near a label',
  keywords: [],
  // Every match is a run of twelve digits: scanned only near such runs.
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)\d{11}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => kzIinChecksum(s) && hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, IIN_CONTEXT, { before: 48, after: 16 }),
  redactAs: 'iin',
  references: ['https://egov.kz/cms/en/articles/iin_info'],
  examples: {
    positive: [
      `Для идентификации: ИИН ${sample(2101, '871102')}, адрес регистрации: г. Астана`,
      `ЖСН:             ${sample(2102, '990919')}`,
      `<Контрагент>\n  <ИНН>${sample(2106, '850214')}</ИНН>\n</Контрагент>`,
      `payout_id,recipient_name,iin_bin,amount_kzt\nPO-2404100,"A. Example",${sample(2103, '790625')},92000.00\n`,
    ],
    negative: [
      `ИИН ${breakLastDigit(sample(2101, '871102'))}`,
      // a company's BIN: no birth date
      `iin_bin: ${sample(2104, '050440')}`,
      `subscriber=${sample(2105, '910314')} rated`,
    ],
  },
});
