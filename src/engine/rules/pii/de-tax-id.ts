import { defineRule, fake } from '../defineRule';
import { calcIso7064Mod11_10, hasTaxIdDigitPattern, iso7064Mod11_10 } from './_checksums';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit, group } from './_format';
import { native } from '../../scan/nativeRegex';

const TAX_ID_CONTEXT =
  /(?<![a-z])(?:steuer[ _-]?(?:liche )?(?:id|identifikations)|identifikationsnummer|id[ .-]?nr|idnr|tax[ _-]?(?:payer[ _-]?)?id|tin(?![a-z])|st\.? ?id)/u;

/** A national id's generic label (`"national_id": …`): the tax id is Germany's only national number for everyone. */
const NATIONAL_ID_CONTEXT = /(?<![a-z])national[ _-]?id(?![a-z])/u;
/** The record is a German's: a +49 phone, a German IBAN, an address at a .de domain, the country named. */
const GERMAN_RECORD = native(/\+49[ \d]|(?<![A-Z])DE\d{2}[ \d]{10}|@[\w.-]+\.de(?![\w.])|Deutschland|Germany|"country(?:_?code)?"[ \t]*:[ \t]*"DE"/u);

/** Values from the BZSt and Elster documentation. */
const SPECIMENS = new Set(['86095742719', '47036892816', '65929970489', '57549285017', '25768131411', '12345678995']);

function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const body = fake('{d10}', s);
    if (body[0] === '0' || !hasTaxIdDigitPattern(body + '0')) continue;
    return body + String(calcIso7064Mod11_10(body));
  }
}

// Eleven digits, first not 0, the digit-repetition rule above, and an ISO 7064 MOD 11,10 check
// digit. Written compact or 2 3 3 3. A label must be near (Steuer-ID, IdNr, TIN).
export default defineRule({
  id: 'de-tax-id',
  category: 'pii',
  description: 'German tax identification number (Steuer-IdNr), near a label',
  keywords: ['steuer', 'idnr', 'id-nr', 'id.-nr', 'identifikationsnummer', 'tax id', 'taxid', 'tax_id', 'tax-id', 'tin:', 'tin ', 'tin=', 'tin"', "tin'", 'tin#', 'tin_', '(tin)', 'national_id', 'national id', 'national-id', 'nationalid'],
  // The value stands near its label (or a few table rows under a header that names it).
  window: { before: 64, after: 400 },
  columns: true,
  // A column header (`Steuer-ID;`) is followed by rows; `tin` (also in Martin, Austin) keeps the short window.
  keywordWindows: Object.fromEntries(
    ['steuer', 'idnr', 'id-nr', 'id.-nr', 'identifikationsnummer', 'tax id', 'taxid', 'tax_id', 'tax-id'].map((k) => [k, { before: 64, after: 4000 }]),
  ),
  pattern: new RegExp(String.raw`(?<![\w.-])[1-9]\d( ?)\d{3}\1\d{3}\1\d{3}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const d = s.replace(/ /gu, '');
    if (!iso7064Mod11_10(d) || !hasTaxIdDigitPattern(d) || SPECIMENS.has(d) || inLongerNumber(ctx)) return false;
    if (hasContext(ctx, TAX_ID_CONTEXT, { after: 16 })) return true;
    // Under a generic national-id key, in a German's record (the checksum and the digit rule pass one random number in a hundred or so).
    return hasContext(ctx, NATIONAL_ID_CONTEXT, { before: 32 }) && GERMAN_RECORD.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400));
  },
  redactAs: 'tax-id',
  references: ['https://www.bzst.de/DE/Privatpersonen/SteuerlicheIdentifikationsnummer/steuerlicheidentifikationsnummer_node.html'],
  examples: {
    positive: [
      `Steuer-ID: ${sample(151)}`,
      `Steuerliche Identifikationsnummer ${group(sample(152), [2, 3, 3, 3])}`,
      // a fixture's identity document, its type a key's name
      `identities:\n  - {kind: steuer_id, value: "${sample(100921)}", holder: B. Example}`,
      `"taxId": "${sample(153)}"`,
      // a German employee's record under a generic key
      `"mail": "k.muster@example-mail.de",\n  "phone": "+49 171 0000000",\n  "national_id": "${sample(100962)}",`,
      // 30 rows (about 900 characters) below its column header
      `Personalnummer;Steuer-ID;Steuerklasse;Brutto\n${'40210;;5;7105,00\n'.repeat(30)}40215;${sample(154)};3;7602,00`,
      // a notebook's printed frame whose id is wider than its header and reaches under the next one
      `  seller_id                  branch   steuer_id  payout_eur\n0 SEL-61653  Frankfurt-am-Main-Ost     ${sample(101036)}  1553.5\n`,
    ],
    negative: [`"national_id": "${sample(100963)}", "country": "PL"`, `Steuer-ID: ${breakLastDigit(sample(151))}`, 'Steuer-ID: 86095742719', `Kundennummer ${sample(151)}`, `Steuer-ID: 11${fake('{d9}', 151)}`],
  },
});
