import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isValidDate, luhn, withLuhn } from './_checksums';
import { NATIONAL_ID_LABEL, hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

const CPR_CONTEXT = /(?<![a-z])cpr/u;
const PNR_CONTEXT = native(new RegExp(String.raw`(?<![a-z])(?:person ?nummer|personnr|pnr|samordningsnummer|personal identity number|swedish id|personal ?number|personid|betalningsmottagar(?:e)? ?id|${NATIONAL_ID_LABEL})`, 'u'));

/** Twelve-digit numbers of people born before this year stand without a label: a log's or a build's date is later. */
const STANDALONE_BEFORE = 2010;

// (YY)YYMMDD, "-" ("+" from age 100), four digits with a Luhn check over the last ten digits.
// Co-ordination numbers add 60 to the day. YYMMDD-NNNN stands alone; the twelve-digit form and
// undivided digits need a personnummer label near.
export default defineRule({
  id: 'se-personnummer',
  category: 'pii',
  description: 'Swedish personal identity number (personnummer)',
  // The YYMMDD-XXXX form appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: new RegExp(String.raw`(?<![\w.+-])(?:19|20)?\d{6}([-+]?)\d{4}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    const ten = d.slice(-10);
    // (121212-1212 is Skatteverket's test number, the one every guide and validator's docs print.)
    if (ten === '1212121212' || !luhn(ten) || inLongerNumber(ctx)) return false;
    const yy = Number(ten.slice(0, 2));
    const year = d.length === 12 ? Number(d.slice(0, 4)) : 1900 + yy;
    const day = Number(ten.slice(4, 6));
    if (!isValidDate(year, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day) && !isValidDate(2000 + yy, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day)) return false;
    // Danish CPR (DDMMYY-SSSS) shares the shape; a Nordic payroll's column may name both (`personnummer_fnr_cpr_hetu`).
    if (hasContext(ctx, CPR_CONTEXT, { after: 16 }) && !hasContext(ctx, PNR_CONTEXT, { after: 16 })) return false;
    // Only the ten-digit YYMMDD-NNNN form stands alone, and the twelve-digit one of a birth year
    // before 2010; a later twelve-digit form (YYYYMMDD-NNNN is also a build's or a log's date and
    // time) or one without a separator needs a label.
    if (ctx.match[1] !== '' && (d.length === 10 || (ctx.match[1] === '-' && year < STANDALONE_BEFORE))) return true;
    return hasContext(ctx, PNR_CONTEXT, { after: 16 });
  },
  redactAs: 'personnummer',
  references: ['https://www.skatteverket.se/privat/folkbokforing/personnummer.4.3810a01c150939e893f18c29.html'],
  examples: {
    positive: [`Personnummer: ${withLuhn('850709' + fake('{d3}', 321)).replace(/^(\d{6})/u, '$1-')}`, `pnr 19${withLuhn('911224' + fake('{d3}', 322))}`, `PEP/sanctions lookup failed for personalNumber=${withLuhn('680803' + fake('{d3}', 325))}`,
      // an employer's monthly return (AGI) to Skatteverket: the payee's id in its own element
      `<agd:BetalningsmottagarId faltkod="215">19${withLuhn('810422' + fake('{d3}', 101551))}</agd:BetalningsmottagarId>`,
      // a pay run's list of employees, the twelve-digit form in a table without a label
      `  Erik Lindholm   19${withLuhn('760412' + fake('{d3}', 101479)).replace(/^(\d{6})/u, '$1-')}   nettolön 24 310 kr`],
    negative: [
      '| Swedish test personnummer | `19121212-1212` | Skatteverket |',
      `build 20${withLuhn('240115' + fake('{d3}', 323)).replace(/^(\d{6})/u, '$1-')}`,
      `CPR: ${withLuhn('010203' + fake('{d3}', 324)).replace(/^(\d{6})/u, '$1-')}`,
      `Personnummer: ${breakLastDigit(withLuhn('850709' + fake('{d3}', 321))).replace(/^(\d{6})/u, '$1-')}`,
      `${withLuhn('851309' + fake('{d3}', 321)).replace(/^(\d{6})/u, '$1-')}`,
      `order ${withLuhn('850709' + fake('{d3}', 321))}`,
      // a recent date and a time of day, Luhn-valid by chance
      `run 20${withLuhn('190305' + fake('{d3}', 101480)).replace(/^(\d{6})/u, '$1-')}`,
    ],
  },
});
