import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { cellBefore, columnHeader, headerMatches, isLabelled, isOnCompanyLine, isTrivialNumber, labelRegex } from './_context';

/** Labels of a Swedish giro account. */
/** A key naming an organisation's own giro account, right before the value. */
const ORGANISATION_GIRO_KEY = native(/(?:employer|company|org|organisation|organization|foretag|företag|arbetsgivare|merchant|creditor|payee|tenant)[_ .-]?(?:bank|plus)giro(?:[_ .-]?(?:nr|no|number|nummer))?["']?[ \t]*[:=][ \t]*["']?$/iu);
const GIRO_LABEL = labelRegex(['bankgiro', 'bankgironummer', 'bankgiro nr', 'bg nr', 'bg-nr', 'bg', 'plusgiro', 'plusgironummer', 'plusgiro nr', 'pg nr', 'pg-nr', 'pg', 'postgiro']);

/** A payout export's account column, and the giro type in the cell before it (`utbetalning_till;konto` = `BG;123-4567`). */
const ACCOUNT_COLUMN = native(/^(?:konto|kontonummer|kontonr|account|account number|bankgiro|plusgiro|giro|giro number|mottagarkonto|betalningsmottagare konto)$/u);
const GIRO_TYPE_CELL = /^["']?(?:BG|PG|Bankgiro|Plusgiro|bankgiro|plusgiro)["']?$/u;

/** A fake giro number with its Luhn digit, written with its dash. */
function fakeGiro(template: string, seed: number, dashBeforeLast: boolean): string {
  const n = withLuhn(fake(template, seed));
  return dashBeforeLast ? `${n.slice(0, -1)}-${n.slice(-1)}` : `${n.slice(0, -4)}-${n.slice(-4)}`;
}

// A Swedish giro account: Bankgiro (seven or eight digits, written NNN-NNNN or NNNN-NNNN) or
// Plusgiro (two to eight digits, a dash before the last), both ending in a Luhn check digit. A
// claimant's or a member's giro in a payout export or a letter is theirs; a company's own, in its
// letterhead beside its organisation number, is not reported (isOnCompanyLine).
export default defineRule({
  id: 'se-giro-number',
  category: 'pii',
  description: 'Swedish Bankgiro or Plusgiro number (Luhn) next to its label or in a payout column typed BG/PG',
  // (Not `bg` or `pg` alone: `upgrade`, `.jpg`. A label `BG` counts inside a window that another keyword opened.)
  keywords: ['bankgiro', 'plusgiro', 'postgiro', 'konto'],
  window: { before: 64, after: 200 },
  columns: true,
  keywordWindows: { konto: { before: 64, after: 6000 } },
  pattern: /(?<![\w.-])(\d{3,4}-\d{4}|\d{1,7}-\d)(?![\w-])(?!\.\d)/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    if (digits.length < 5 || !luhn(digits) || isTrivialNumber(digits)) return false;
    // An employer's or a company's own giro under its key (`EMPLOYER_BANKGIRO=`, `company_plusgiro:`): a business's account.
    if (ORGANISATION_GIRO_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    const header = columnHeader(ctx);
    if (header !== undefined) {
      if (/bankgiro|plusgiro/u.test(header)) return !isOnCompanyLine(ctx);
      return headerMatches(header, ACCOUNT_COLUMN) && GIRO_TYPE_CELL.test(cellBefore(ctx).trim()) && !isOnCompanyLine(ctx);
    }
    return isLabelled(ctx, GIRO_LABEL, { before: 24, lines: 1 }) && !isOnCompanyLine(ctx);
  },
  redactAs: 'bank-account',
  references: ['https://www.bankgirot.se/en/', 'https://www.bankgirot.se/globalassets/dokument/tekniska-manualer/bankgiroinbetalningar_tekniskmanual_en.pdf'],
  examples: {
    positive: [
      `skadenummer;namn;utbetalning_till;konto;ocr_referens\nSKD-1;Ada Example;BG;${fakeGiro('{d7}', 101171, false)};291526107128\nSKD-2;Eva Example;PG;${fakeGiro('{d6}', 101172, true)};3824648004`,
      `Utbetalning till mitt plusgiro ${fakeGiro('{d5}', 101173, true)}, tack.`,
    ],
    negative: [
      // a payroll service's own bankgiro in its settings
      `EMPLOYER_BANKGIRO=${fakeGiro('{d7}', 101294, false)}`,
      `Nordvik Exempel AB | Org.nr 556677-8899 | Bankgiro ${fakeGiro('{d7}', 101174, false)}`,
      'Version 2.4.1-3 built on 1024-2048',
      // a housing co-operative's own giro in a claims export
      `skadenummer;namn;utbetalning_till;konto\nSKD-3;Brf Ekbacken 2;BG;${fakeGiro('{d7}', 101176, false)}`,
      `Bankgiro ${fakeGiro('{d7}', 101175, false).replace(/\d$/u, (d) => String((Number(d) + 1) % 10))}`,
    ],
  },
});
