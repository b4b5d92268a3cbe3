import { defineRule, fake } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** The GIRO weights' sum of `digits` (9, 7, 3, 1, repeated): a valid block's, or an account's sixteen digits', is a multiple of ten. */
function giroSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * ([9, 7, 3, 1][i % 4] as number);
  return sum;
}

const giroValid = (digits: string): boolean => giroSum(digits) % 10 === 0;

/** A block made valid by its last digit, for the examples. */
function withGiroCheck(seven: string): string {
  return seven + String((10 - (giroSum(seven) % 10)) % 10);
}

/** An account's label or column in Hungarian, English or German: bankszámlaszám, számlaszám, bankszámla, account, Konto. */
const ACCOUNT_CONTEXT = /bankszámla|bankszamla|számlaszám|szamlaszam|folyószámla|folyoszamla|(?<![a-z])(?:account|acct|konto|kontonummer)(?![a-z])/u;

// A Hungarian domestic bank account (belföldi számlaszám), as payroll exports and invoices write it:
// two or three blocks of eight digits joined by dashes (`11773016-11111018`,
// `11773016-11111018-00000000`). The first block (bank, branch) and the account's blocks each end in
// the GIRO check digit (weights 9, 7, 3, 1). Two valid blocks happen by chance once in a hundred, so
// an account label or column must be near.
export default defineRule({
  id: 'hu-bank-account',
  category: 'pii',
  description: 'Hungarian domestic bank account number (8-8 or 8-8-8 digits, GIRO check digits), near an account label',
  keywords: ['bankszamla', 'szamlaszam', 'folyoszamla', 'account', 'konto'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.-])\d{8}-\d{8}(?:-\d{8})?(?![\w-])/gu,
  validate: (s, ctx) => {
    const blocks = s.split('-');
    const first = blocks[0] as string;
    // The account's blocks run together: a 16-digit account has one check over its last eight, a
    // 24-digit one a check over its last sixteen (the second and third blocks as one number).
    const rest = blocks.slice(1).join('');
    if (!giroValid(first) || isTrivialNumber(rest) || /^0+$/u.test(rest)) return false;
    if (rest.length === 8 ? !giroValid(rest) : !giroValid(rest.slice(8)) && !giroValid(rest)) return false;
    return hasContext(ctx, ACCOUNT_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'bank-account',
  references: ['https://www.mnb.hu/letoltes/giro-szamlaszam.pdf', 'https://hu.wikipedia.org/wiki/Banksz%C3%A1mlasz%C3%A1m'],
  examples: {
    positive: [
      `törzsszám;név;bankszámlaszám;nettó (Ft)\nHU-1;Minta Anna;${withGiroCheck('1177301')}-${withGiroCheck(fake('{d7}', 101422))};312650\n`,
      `Kérem a bérem a következő számlaszámra utalni: ${withGiroCheck('1040362')}-${withGiroCheck(fake('{d7}', 101423))}`,
    ],
    negative: [
      // a check digit off by one
      `bankszámlaszám: ${withGiroCheck('1177301')}-${fake('{d7}', 101424)}${(Number(withGiroCheck(fake('{d7}', 101424)).slice(-1)) + 1) % 10}`,
      // two valid blocks without an account's label
      `rendelés ${withGiroCheck('1177301')}-${withGiroCheck(fake('{d7}', 101425))}`,
      'bankszámlaszám: 00000000-00000000',
    ],
  },
});

