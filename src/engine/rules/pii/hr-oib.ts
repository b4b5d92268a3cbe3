import { defineRule, fake } from '../defineRule';
import { calcIso7064Mod11_10, iso7064Mod11_10 } from './_checksums';
import { NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber, isOnCompanyRow, isTrivialNumber } from './_context';
import { breakLastDigit } from './_format';

/** Its labels: OIB, its full name, and a tax number's (porezni broj: a person's OIB is their tax number). */
const OIB_CONTEXT = new RegExp(`(?<![a-z])oib(?![a-z])|osobni identifikacijski broj|porezni broj`, 'u');

function sample(seed: number): string {
  const body = `${1 + (Number(fake('{d1}', seed)) % 9)}${fake('{d9}', seed + 1)}`;
  return body + String(calcIso7064Mod11_10(body));
}

// Croatian personal identification number (OIB, osobni identifikacijski broj): eleven digits, the
// last an ISO 7064 MOD 11,10 check digit. One number in ten passes that check, so its own label
// must be near (`OIB:`, an `OIB` column; not a bare `national_id`). Companies have OIBs too: a row or line that names a company (its
// legal form: d.o.o., d.d.) is the company's.
export default defineRule({
  id: 'hr-oib',
  category: 'pii',
  description: 'Croatian personal identification number (OIB), near a label',
  keywords: ['oib', 'osobni identifikacijski', 'porezni broj'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{11}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    iso7064Mod11_10(s) &&
    !isTrivialNumber(s) &&
    !inLongerNumber(ctx) &&
    hasContext(ctx, OIB_CONTEXT, { before: 64, after: 16 }) &&
    !isOnCompanyRow(ctx),
  redactAs: 'oib',
  references: ['https://www.porezna-uprava.hr/HR_OIB/Stranice/default.aspx', 'https://narodne-novine.nn.hr/clanci/sluzbeni/2008_05_60_2033.html'],
  examples: {
    positive: [
      `Ime i prezime: Ivana Perić, OIB: ${sample(2001)}`,
      `"oib": "${sample(2002)}"`,
      `Rbr;Prezime;Ime;OIB;Mjesto\n1;Babić;Luka;${sample(2003)};Zadar\n`,
      `Domaćin;Objekt;Država;Porezni broj;IBAN\nIvo Matić;Apartman Lavanda;HR;${sample(2004)};HR00 0000 0000 0000 0000 0\n`,
    ],
    negative: [
      `OIB: ${breakLastDigit(sample(2001))}`,
      `Broj računa ${sample(2004)}`,
      `Jadran Turist d.o.o., OIB: ${sample(2005)}`,
    ],
  },
});
