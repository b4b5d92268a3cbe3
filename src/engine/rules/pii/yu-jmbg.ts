import { defineRule, fake } from '../defineRule';
import { isValidDate, jmbgChecksum, withJmbg } from './_checksums';
import { NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const JMBG_CONTEXT = new RegExp(
  `jmbg|јмбг|ембг|(?<![a-z])emšo|(?<![a-z])emso(?![a-z])|матични број|mati[čc]ni broj|mati[čc]na [šs]tevilka|mati[čc]ni broj gra[đd]ana|${NATIONAL_ID_LABEL}`,
  'u',
);

/** DD MM YYY: the day, the month and the year's last three digits (9xx for 1900-1999, 0xx from 2000). */
function hasBirthDate(code: string): boolean {
  const yyy = Number(code.slice(4, 7));
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  return year <= 2030 && isValidDate(year, Number(code.slice(2, 4)), Number(code.slice(0, 2)));
}

// The unique master citizen number of Serbia, Bosnia and Herzegovina, Montenegro and North
// Macedonia (JMBG, ЈМБГ, ЕМБГ) and Slovenia's EMŠO, one format: DD MM YYY RR BBB K, RR a region,
// K a weighted sum mod 11 (see jmbgChecksum). Labels are written in Latin and in Cyrillic letters,
// and the prefilter reads only ASCII keywords, so the rule runs on every text; thirteen-digit
// numbers are everywhere (millisecond timestamps, EAN barcodes), so a label must be near.
export default defineRule({
  id: 'yu-jmbg',
  category: 'pii',
  description: 'JMBG / EMŠO unique master citizen number (Serbia, Slovenia, Bosnia and Herzegovina, Montenegro, North Macedonia), near a label',
  keywords: [],
  // Every match is a run of at least eight digits: scanned only near such runs.
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`[0-3](?<![\w.-][0-3])\d[01]\d[089]\d{8}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => jmbgChecksum(s) && hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, JMBG_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'jmbg',
  references: ['https://sr.wikipedia.org/wiki/Јединствени_матични_број_грађана', 'https://www.uradni-list.si/glasilo-uradni-list-rs/vsebina/2000-01-0001'],
  examples: {
    positive: [
      `JMBG: ${withJmbg('150398771' + fake('{d3}', 2011))}`,
      `ЈМБГ ${withJmbg('0208983' + '73' + fake('{d3}', 2012))}`,
      `Priimek;Ime;EMŠO\nNovak;Maja;${withJmbg('3010980' + '50' + fake('{d3}', 2013))}\n`,
    ],
    negative: [
      `JMBG: ${breakLastDigit(withJmbg('150398771' + fake('{d3}', 2011)))}`,
      `JMBG: ${withJmbg('3202987' + '71' + fake('{d3}', 2014))}`,
      `"created_ms": ${withJmbg('1710120' + '04' + fake('{d3}', 2015))}`,
    ],
  },
});
