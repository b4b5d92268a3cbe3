import { defineRule, fake } from '../defineRule';
import { ruInnChecksum, withRuInn } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Its labels: ИНН, INN, the name written out; a column `inn`, `ИНН`. */
const INN_CONTEXT = /(?<![\p{L}])(?:инн|inn|идентификационный номер налогоплательщика)(?![\p{L}])/iu;

function sample(seed: number): string {
  // (A region's two digits, 01-92, lead a real INN.)
  return withRuInn(`77${fake('{d8}', seed)}`);
}

// A Russian taxpayer number (ИНН) of a person or a sole trader: twelve digits, a region's two and a
// tax office's two first, the last two check digits (see ruInnChecksum). A company's has ten digits
// and is no personal data. One random number in a hundred passes both checks; a label must be near
// or head the column (in Cyrillic, found by the prefilter's transliteration when a rule names it,
// here by the twelve digits: the rule runs near such runs only).
export default defineRule({
  id: 'ru-inn',
  category: 'pii',
  description: 'Russian personal taxpayer number (ИНН, twelve digits with two check digits), near a label',
  keywords: [],
  // Every match is a run of twelve digits: scanned only near such runs.
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)\d{11}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !s.startsWith('00') && ruInnChecksum(s) && !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, INN_CONTEXT, { before: 48 }),
  redactAs: 'tax-id',
  references: ['https://www.nalog.gov.ru/rn77/fl/interest/inn/'],
  examples: {
    positive: [
      `Покупатель: ИП Example A. B., ИНН ${sample(7101)}, ОГРНИП 300000000000000`,
      `<Контрагент>\n  <ИНН>${sample(7102)}</ИНН>\n</Контрагент>`,
      `ФИО;ИНН;Телефон\nA. Example;${sample(7103)};`,
    ],
    negative: [
      `ИНН ${breakLastDigit(sample(7101))}`,
      // no label: an order, a payment reference
      `order ${sample(7104)} shipped`,
    ],
  },
});
