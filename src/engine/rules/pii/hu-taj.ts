import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber } from './_context';

/** The TAJ check digit: the first eight digits weighted 3, 7, 3, 7…, the sum mod 10. */
function tajCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 3 : 7);
  return sum % 10;
}

function sample(seed: number): string {
  const body = fake('{d8}', seed).replace(/^0/u, '1');
  return body + String(tajCheck(body));
}

const TAJ_CONTEXT = /(?<![a-z])taj(?![a-z])|t\.a\.j\.|társadalombiztosítási azonosító|tarsadalombiztositasi azonosito/u;

// A Hungarian social-security number (TAJ szám): nine digits, written whole or in groups of three,
// the last a check digit (weights 3 and 7, mod 10). A random nine-digit number passes one time in
// ten, so a TAJ label or column must be near.
export default defineRule({
  id: 'hu-taj',
  category: 'pii',
  description: 'Hungarian social-security number (TAJ, check digit), near a TAJ label',
  keywords: ['taj', 't.a.j.', 'tarsadalombiztositasi'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.-])\d{3}([ -]?)\d{3}\1\d{3}(?![\w-])/gu,
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (d.length !== 9 || tajCheck(d) !== d.charCodeAt(8) - 48 || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    return hasContext(ctx, TAJ_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'health-id',
  references: ['https://www.neak.gov.hu/', 'https://hu.wikipedia.org/wiki/T%C3%A1rsadalombiztos%C3%ADt%C3%A1si_azonos%C3%ADt%C3%B3_jel'],
  examples: {
    positive: [
      `TAJ szám: ${sample(1).replace(/^(\d{3})(\d{3})(\d{3})$/u, '$1 $2 $3')}`,
      `customer = { taj: '${sample(2)}' }`,
      `first_name;last_name;taj\nKatalin;Szabó;${sample(3)}`,
      // a payroll summary: a title line, then a header whose columns name rates and the currency
      `Bérjegyzék összesítő;Minta Kft.\n\ntörzsszám;név;TAJ szám;SZJA 15%;TB járulék 18,5%;nettó (Ft)\nHU-1;Minta Anna;${sample(6)};58320;71940;263150\n`,
    ],
    negative: [`TAJ: ${sample(4).slice(0, 8)}${(Number(sample(4)[8]) + 1) % 10}`, `order ${sample(5)}`, 'TAJ: 000000000'],
  },
});
