import { defineRule, fake } from '../defineRule';
import { columnHeader, headerMatches, inLongerNumber, isLabelled, isTrivialNumber, labelRegex } from './_context';
import { native } from '../../scan/nativeRegex';

/** Labels of a UK Unique Taxpayer Reference. */
const UTR_LABEL = labelRegex([
  'utr', 'sa utr', 'utr number', 'utr no', 'unique taxpayer reference', 'unique tax reference', 'self assessment utr', 'self-assessment utr', 'taxpayer reference', 'self assessment reference', 'tax reference',
]);

/** A column of UTRs: `utr`, `sa_utr`, `landlord_utr`, `UniqueTaxpayerReference`. */
const UTR_COLUMN = native(/(?:^|[\s_-])(?:sa )?utr(?: (?:number|no|ref))?$|^unique tax(?:payer)? reference$/u);

/** HMRC's weights for the nine digits after the check digit. */
const WEIGHTS = [6, 7, 8, 9, 10, 5, 4, 3, 2];

/** The check digit of a UTR's last nine digits: their weighted sum, mod 11, read off HMRC's table. */
function utrCheckDigit(rest: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (rest.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return '21987654321'.charAt(sum % 11);
}

/** The UTR's first digit is its check digit over the other nine. */
function hasUtrCheckDigit(digits: string): boolean {
  return utrCheckDigit(digits.slice(1)) === digits.charAt(0);
}

/** A fake UTR with its check digit. */
function fakeUtr(seed: number): string {
  const rest = fake('{d9}', seed);
  return utrCheckDigit(rest) + rest;
}

// The UK's Unique Taxpayer Reference: ten digits that HMRC gives each self-assessment taxpayer (a
// landlord, a sole trader), the first a check digit over the other nine. Written whole, in two
// groups of five, or with the `K` of HMRC's online forms. Ten digits are common, so a label or a
// `utr` column must name it, and the check digit must hold.
export default defineRule({
  id: 'uk-utr',
  category: 'pii',
  description: 'UK Unique Taxpayer Reference (UTR) with its check digit, next to its label or column',
  keywords: ['utr', 'taxpayer reference', 'tax reference', 'self assessment reference'],
  window: { before: 64, after: 200 },
  columns: true,
  keywordWindows: { utr: { before: 64, after: 6000 } },
  pattern: /(?<![\w.-])(\d{5} ?\d{5})K?(?![\w-])(?!\.\d)/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const digits = s.replace(/ /gu, '');
    if (isTrivialNumber(digits) || !hasUtrCheckDigit(digits) || inLongerNumber(ctx)) return false;
    const header = columnHeader(ctx);
    if (header !== undefined) return headerMatches(header, UTR_COLUMN);
    return isLabelled(ctx, UTR_LABEL, { before: 40, lines: 1 });
  },
  redactAs: 'uk-utr',
  references: ['https://www.gov.uk/find-utr-number', 'https://arthurdejong.org/python-stdnum/doc/1.20/stdnum.gb.utr'],
  examples: {
    positive: [
      `landlord_id\tlandlord_name\tsort_code\taccount_no\tutr\tnrl_status\nLLD-1000\tAda Example\t11-22-33\t${fake('{d8}', 101154)}\t${fakeUtr(101155)}\tUK resident`,
      `Your Unique Taxpayer Reference (UTR): ${fakeUtr(101156).replace(/^(\d{5})/u, '$1 ')}`,
      `SA UTR ${fakeUtr(101157)}K`,
    ],
    negative: [
      `Invoice ${fakeUtr(101158)}`,
      'UTR: 1234567890',
      // a wrong check digit
      `UTR: ${String((Number(fakeUtr(101159).charAt(0)) + 1) % 10)}${fakeUtr(101159).slice(1)}`,
    ],
  },
});
