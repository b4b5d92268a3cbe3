import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { NATIONAL_ID_LABEL, hasContext, isTrivialNumber } from './_context';

/** Check characters by remainder: 0 is W, 1 A … 22 V. */
const CHECK = 'WABCDEFGHIJKLMNOPQRSTUV';

/**
 * The check character of an Irish PPS number: the seven digits weighted 8 down to 2, plus 9 times
 * the second letter's place in the alphabet (A = 1; W or none = 0), modulo 23.
 */
export function ppsnCheck(digits: string, second = ''): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second !== '' && second !== 'W') sum += 9 * (second.charCodeAt(0) - 64);
  return CHECK[sum % 23] as string;
}

/** Labels of a PPS number (in a line before it or its column's header). */
const PPSN_CONTEXT = native(new RegExp(String.raw`pps(?:n| ?no\.?| ?number)?\b|personal public service|${NATIONAL_ID_LABEL}`, 'u'));

function sample(seed: number, second = ''): string {
  const d = fake('{d7}', seed);
  return `${d}${ppsnCheck(d, second)}${second}`;
}

// Ireland's Personal Public Service Number: seven digits, the check letter and, since 2013, a second
// letter (A, B, H…; W in older numbers). One in 23 random digit-and-letter strings passes the check,
// so a PPS label must be near it or head its column.
export default defineRule({
  id: 'ie-ppsn',
  category: 'pii',
  description: 'Irish PPS number (7 digits + check letter, near a PPS label)',
  keywords: [],
  pattern: /(?<![\w-])\d{7}[A-W][A-IW]?(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const second = s.length === 9 ? (s[8] as string) : '';
    if (isTrivialNumber(s.slice(0, 7)) || ppsnCheck(s.slice(0, 7), second) !== s[7]) return false;
    // (The next cell may name the kind of ID: `…,1234567T,pps,IE,…`; HL7 types it after its
    // authority: `1234567T^^^IRL^PPSN`.)
    return hasContext(ctx, PPSN_CONTEXT, { before: 48, lines: 1, after: 12 });
  },
  redactAs: 'ppsn',
  references: ['https://www.gov.ie/en/publication/6a4e31-personal-public-service-number-ppsn/'],
  examples: {
    positive: [`PPS number ............... ${sample(801, 'A')}`, `PID|1||${sample(806)}^^^IRL^PPSN~GP0417-11872^^^GP0417^MR||EXAMPLE^A`, `- [x] PPSN received for payroll: ${sample(802, 'H')}`, `Employee,Name,PPSN,IBAN\nIE878,Deirdre O'Connor,${sample(803, 'A')},n/a`],
    negative: [`PPSN: ${sample(804, 'A').slice(0, 7)}${sample(804, 'A')[7] === 'A' ? 'B' : 'A'}A`, `Order ${sample(805)}`, 'PPSN: 1234567T'],
  },
});
