import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

const TCKN_CONTEXT = /(?<![a-z])(?:t\.?c\.? ?kimlik|tckn|tc ?no|kimlik ?(?:no|numaras[ıi])|turkish (?:id|identity)|türkiye cumhuriyeti kimlik)/u;

/** Whether eleven digits carry the Turkish identity number's two check digits. */
function tcknChecksum(d: string): boolean {
  if (!/^[1-9]\d{10}$/u.test(d)) return false;
  const n = [...d].map(Number) as number[];
  const odd = (n[0] as number) + (n[2] as number) + (n[4] as number) + (n[6] as number) + (n[8] as number);
  const even = (n[1] as number) + (n[3] as number) + (n[5] as number) + (n[7] as number);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== n[9]) return false;
  return n.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === n[10];
}

function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const body = String(1 + (s % 9)) + fake('{d8}', s);
    const n = [...body].map(Number) as number[];
    const odd = (n[0] as number) + (n[2] as number) + (n[4] as number) + (n[6] as number) + (n[8] as number);
    const even = (n[1] as number) + (n[3] as number) + (n[5] as number) + (n[7] as number);
    const d10 = (((odd * 7 - even) % 10) + 10) % 10;
    const d11 = (n.reduce((a, b) => a + b, 0) + d10) % 10;
    return body + String(d10) + String(d11);
  }
}

// The Turkish identity number (T.C. Kimlik No): eleven digits, first not 0, two check digits. A
// random eleven-digit number passes one time in a hundred, so a label must be near.
export default defineRule({
  id: 'tr-tckn',
  category: 'pii',
  description: 'Turkish identity number (T.C. Kimlik No, two check digits), near a label',
  keywords: ['kimlik', 'tckn', 't.c.', 'tc no', 'tcno', 'turkish id', 'turkish identity'],
  window: { before: 64, after: 4000 },
  pattern: new RegExp(String.raw`(?<![\w.-])[1-9]\d{10}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => tcknChecksum(s) && s !== '10000000146' && !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, TCKN_CONTEXT, { after: 16 }),
  redactAs: 'national-id',
  references: ['https://tckimlik.nvi.gov.tr/'],
  examples: {
    positive: [`T.C. Kimlik No: ${sample(506)}`, `- TCKN: ${sample(507)}`],
    negative: [`T.C. Kimlik No: ${sample(506).slice(0, 10)}${(Number(sample(506)[10]) + 1) % 10}`, 'TCKN: 10000000146', `fatura ${sample(508)}`],
  },
});
