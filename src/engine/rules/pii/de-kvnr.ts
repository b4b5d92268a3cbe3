import { defineRule, fake } from '../defineRule';
import { hasContext, NOT_IN_LONGER_NUMBER } from './_context';

const KVNR_CONTEXT = /(?<![a-z])(?:kvnr|krankenversicherten-?(?:nummer|nr)|versicherten-?(?:nummer|nr)|versichertennr|egk|health insurance (?:no|number))/u;

/** The check digit of a KVNR's letter and first eight digits (letter as 01-26, weights 1,2,1,2…, digit sums). */
function kvnrCheck(letter: string, digits8: string): number {
  const s = String(letter.charCodeAt(0) - 64).padStart(2, '0') + digits8;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const p = (s.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10;
}

function sample(seed: number): string {
  const letter = String.fromCharCode(65 + (seed % 26));
  const d = fake('{d8}', seed);
  return letter + d + String(kvnrCheck(letter, d));
}

// The German health insurance number (Krankenversichertennummer, KVNR) on the eGK card: a letter,
// eight digits and a check digit. A label must be near (Versichertennummer, KVNR).
export default defineRule({
  id: 'de-kvnr',
  category: 'pii',
  description: 'German health insurance number (KVNR, check digit), near a label',
  keywords: ['kvnr', 'versicherten', 'versichertennr', 'egk', 'health insurance'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])[A-Z]\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => kvnrCheck(s[0] as string, s.slice(1, 9)) === s.charCodeAt(9) - 48 && s !== 'A123456780' && !/^[A-Z](\d)\1{8}$/u.test(s) && hasContext(ctx, KVNR_CONTEXT, { after: 16 }),
  redactAs: 'national-id',
  references: ['https://www.gkv-datenaustausch.de/leistungserbringer/sonstige_leistungserbringer/kvnr/kvnr.jsp'],
  examples: {
    positive: [`Versichertennummer: ${sample(509)}`, `KVNR;Name\n${sample(510)};Hannah Schmidt`],
    negative: ['Versichertennummer: A123456780', `Versichertennummer: ${sample(509).slice(0, 9)}${(Number(sample(509)[9]) + 1) % 10}`, `Rechnung ${sample(511)}`],
  },
});
