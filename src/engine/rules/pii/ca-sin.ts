import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { columnHeader, hasContext, inLongerNumber, isLabelled, isTaxNumberOfCountry, isTrivialNumber } from './_context';
import { PHONE_LABEL } from './phone-number';
import { breakLastDigit, group } from './_format';
import { native } from '../../scan/nativeRegex';

/** A tax id's column header (a multi-country payroll's `tax_id`). */
const TAX_ID_HEADER = native(/^["'`]?(?:tax[ _-]?id|tax[ _-]?(?:no|number)|tin)["'`]?$/u);

/** A Canadian record's country cell. */
const CANADA = /^(?:CA|CAN|Canada)$/u;
const SIN_CONTEXT = /(?<![a-z])(?:sin(?![a-z])|sin ?(?:no|number|#)|social insurance|nas(?![a-z])|assurance sociale)/u;
/** A VAT identification number's label and country code right before the digits. */
const VAT_BEFORE = native(/(?:USt-?Id(?:Nr)?\.?|UID(?:-Nr)?\.?|VAT(?: ?(?:No|no|Number|number|ID|Reg))?\.?|MwSt-?Nr\.?)[ \t:]*(?:DE|AT|CH|GB|EU)?[ \t]?$/u);
const PHONE_CONTEXT = /(?<![a-z])(?:phone|tel(?![a-z])|telephone|t[eé]l[eé]fono|mobile|m[oó]vil|cell|fax|call|whats ?app|contact|kom|tel\.)/u;

// Nine digits, 3-3-3, Luhn-valid. The first digit is never 0 or 8 (9 marks temporary residents).
// Dashed values stand alone; spaced ones too unless phone words are near or a +CC precedes them
// (9-digit mobile numbers are written 3 3 3 in Spain and Poland); undashed ones need a SIN label.
/** A French company's register label before its number: `RCS Lyon`, `R.C.S. Paris`, `SIREN`. */
const SIREN_BEFORE = native(/(?:\bRCS|\bR\.C\.S\.)(?: [A-Za-zÀ-ÿ-]{2,30}){1,3} ?:? ?$|\bSIREN ?:? ?$/u);

export default defineRule({
  id: 'ca-sin',
  category: 'pii',
  description: 'Canadian Social Insurance Number (Luhn-valid, 3-3-3)',
  // Grouped SINs appear without a label; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w-])[1-79]\d{2}([ -]?)\d{3}\1\d{3}(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!luhn(d) || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    // (A European VAT number's digits after its label and country: `USt-IdNr. DE 129 274 114`.)
    if (VAT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return false;
    if (hasContext(ctx, SIN_CONTEXT, { after: 16 })) return true;
    const sep = ctx.match[1];
    // A table's cell under a column that names something else (`player_code`, `order_ref`): that
    // column's value, unless it is a tax number's on a Canadian record (a multi-country payroll's).
    // (Or grouped 3-3-3 under a tax id's column, which only a SIN is: an SSN groups 3-2-4, an EIN 2-7.)
    const header = columnHeader(ctx);
    if (header !== undefined) return isTaxNumberOfCountry(ctx, CANADA) || (sep !== '' && TAX_ID_HEADER.test(header));
    if (sep === '-') return true;
    if (sep !== ' ') return false;
    if (/[+(]\s*\d{0,3}\s*$/u.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start))) return false;
    // A colour's red, green and blue (X11's rgb.txt, a palette: `255 250 250\t\tsnow`), each at most 255, without a SIN's label.
    if (s.split(' ').every((g) => Number(g) <= 255)) return false;
    // A French company's SIREN (Luhn-checked too) in its legal mentions: `RCS Lyon 123 456 782`, `SIREN 123 456 782`.
    if (SIREN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    // (Nor a mobile number after a phone label in another language: `ligue para o 9…`, `ring mig på …`.)
    return !hasContext(ctx, PHONE_CONTEXT) && !isLabelled(ctx, PHONE_LABEL, { before: 40, lines: 1, header: false });
  },
  redactAs: 'sin',
  references: ['https://www.canada.ca/en/employment-social-development/services/sin.html'],
  examples: {
    positive: [
      // a payroll import's tax id column, the SIN grouped 3-3-3 (no country column)
      `emp_id\tname\ttax_id\tpay_run\nE-1\tA. Person\t${group(withLuhn('6' + fake('{d7}', 101580)), [3, 3, 3])}\tPR-1\n`,
      `SIN: ${group(withLuhn('5' + fake('{d7}', 51)), [3, 3, 3], '-')}`,
      `Social insurance number ${withLuhn('2' + fake('{d7}', 52))}`,
      `employee sin ${group(withLuhn('4' + fake('{d7}', 53)), [3, 3, 3])}`,
      `employee_id,name,sin\n1042,Marta,${group(withLuhn('4' + fake('{d7}', 57)), [3, 3, 3], '-')}\n`,
      // a multi-country payroll's tax number, on a Canadian record
      `vendor,country,tax id,currency\nV-0291,Canada,${group(withLuhn('7' + fake('{d7}', 100918)), [3, 3, 3])},CAD\n`,
    ],
    negative: [
      // a Portuguese mobile number after a call request (its digits pass Luhn by chance)
      `Rui: à tarde ligue para o ${group(withLuhn('92' + fake('{d6}', 101625)), [3, 3, 3])} por favor`,
      // a German insurer's VAT number in its mail footer
      'USt-IdNr. DE 129 274 114 · Versicherungsteuer-Nr. 807/V90807012345',
      // X11's colour table
      '255 250 250\t\tsnow\n250 235 215\t\tantique white',
      `SIN: ${group(breakLastDigit(withLuhn('5' + fake('{d7}', 51))), [3, 3, 3], '-')}`,
      // a French company's SIREN in its legal mentions
      `Example Conseil SAS – capital 80 000 € – RCS Nantes ${group(withLuhn('6' + fake('{d7}', 55)), [3, 3, 3])}`,
      `SIN: ${group(withLuhn('8' + fake('{d7}', 54)), [3, 3, 3], '-')}`,
      `record ${withLuhn('2' + fake('{d7}', 52))}`,
      `Tel. +34 ${group(withLuhn('6' + fake('{d7}', 55)), [3, 3, 3])}`,
      'SIN: 123-456-782',
      // a game's player codes in a table: the column names them
      `id\tplayer_code\temail\n${fake('{d7}', 58)}\t${group(withLuhn('1' + fake('{d7}', 56)), [3, 3, 3], '-')}\tplayer@example.org\n`,
    ],
  },
});
