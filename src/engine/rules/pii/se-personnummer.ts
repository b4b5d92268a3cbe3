import { defineRule, fake } from '../defineRule';
import { isValidDate, luhn, withLuhn } from './_checksums';
import { hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const PNR_CONTEXT = /(?<![a-z])(?:person ?nummer|personnr|pnr|samordningsnummer|personal identity number|swedish id)/u;

// (YY)YYMMDD, "-" ("+" from age 100), four digits with a Luhn check over the last ten digits.
// Co-ordination numbers add 60 to the day. With the separator the value stands alone; without it a
// personnummer label must be near.
export default defineRule({
  id: 'se-personnummer',
  category: 'pii',
  description: 'Swedish personal identity number (personnummer)',
  // The YYMMDD-XXXX form appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w.+-])(?:19|20)?\d{6}([-+]?)\d{4}(?![\w-])(?![.,]\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    const ten = d.slice(-10);
    if (!luhn(ten) || inLongerNumber(ctx)) return false;
    const yy = Number(ten.slice(0, 2));
    const year = d.length === 12 ? Number(d.slice(0, 4)) : 1900 + yy;
    const day = Number(ten.slice(4, 6));
    if (!isValidDate(year, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day) && !isValidDate(2000 + yy, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day)) return false;
    if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}$/u.test(d.slice(0, 8)) && d.length === 10 && ctx.match[1] === '') return false;
    return ctx.match[1] !== '' || hasContext(ctx, PNR_CONTEXT, { after: 16 });
  },
  redactAs: 'personnummer',
  references: ['https://www.skatteverket.se/privat/folkbokforing/personnummer.4.3810a01c150939e893f18c29.html'],
  examples: {
    positive: [`Personnummer: ${withLuhn('850709' + fake('{d3}', 321)).replace(/^(\d{6})/u, '$1-')}`, `pnr 19${withLuhn('911224' + fake('{d3}', 322))}`],
    negative: [
      `Personnummer: ${breakLastDigit(withLuhn('850709' + fake('{d3}', 321))).replace(/^(\d{6})/u, '$1-')}`,
      `${withLuhn('851309' + fake('{d3}', 321)).replace(/^(\d{6})/u, '$1-')}`,
      `order ${withLuhn('850709' + fake('{d3}', 321))}`,
    ],
  },
});
