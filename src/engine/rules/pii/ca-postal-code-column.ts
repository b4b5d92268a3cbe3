import { defineRule } from '../defineRule';
import { columnHeader, isHouseAddressPostalCode, isOnCompanyRow, isOnPlaceholderPersonLine } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column of postal codes, in English or French: postal_code, Postal Code, postcode, code_postal, Code postal, zip. */
const POSTAL_HEADER = native(/(?:^|[\s_-])(?:postal[ _-]?code|postcode|code[ _-]?postal|codepostal|zip(?:[ _-]?code)?)s?$/iu);

// A Canadian postal code in a table's postal-code column: a clinic's or a study's participant
// list, a CRM export. A postal code (forward sortation area + local delivery unit) covers one side
// of a street or a building; beside a name and a birth date in the same row it locates the person
// (Canada's health-data de-identification guides keep only the first three characters). The
// letters D, F, I, O, Q and U are never used, nor W and Z first. The column decides: a postal code
// in prose is an office's as often as a home's. Canada Post's Santa Claus code, H0H 0H0, is not
// reported.
export default defineRule({
  id: 'ca-postal-code-column',
  // Decision (forty-eighth session): opt-in. A postcode alone names an area, not a home; the street
  // line beside it is postal-address's. Over the twelve held-out corpora scored in the forty-eighth
  // session, postcode cells were 0 labelled of 11 found (uk 8, ca 3): writers label the street line.
  // A team that wants whole addresses out of extracts (the NHS's data-release rules) switches it on.
  // Reversed in the sixty-third session, as uk-postcode-column's was in the fifty-fifth: that
  // session's Canadian payroll and ticket exports labelled every postal-code cell (24). On by
  // default, with a company's row left out (an office's code, not a home's).
  optIn: false,
  category: 'pii',
  description: "Canadian postal code in a table's postal-code column (participant lists, CRM exports)",
  keywords: ['postal_code', 'postal code', 'postalcode', 'code_postal', 'code postal', 'codepostal', 'postcode', 'zip'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/gu,
  validate: (s, ctx) => {
    if (s === 'H0H 0H0' || s === 'H0H0H0') return false;
    // (Or under its key in an address object beside a street line with its number: an onboarding form's `home_address`.)
    if (isHouseAddressPostalCode(ctx)) return true;
    const header = columnHeader(ctx);
    return header !== undefined && POSTAL_HEADER.test(header.trim()) && !isOnPlaceholderPersonLine(ctx) && !isOnCompanyRow(ctx);
  },
  redactAs: 'address',
  references: ['https://www.canadapost-postescanada.ca/cpc/en/support/kb/sending/general-information/postal-codes-canada', 'https://www.ipc.on.ca/wp-content/uploads/2016/08/Deidentification-Guidelines-for-Structured-Data.pdf'],
  examples: {
    positive: [
      'participant_id,surname,given_name,birth_date,postal_code\nP-0007,Examplewood,Ada,1958-06-02,K1N 6N5\n',
      'no;nom;prénom;code_postal;langue\n12;Exemple;Léa;G1R4S9;fr\n',
      // an onboarding form's home address, in Québec's way and with a unit before the civic number
      '"home_address": {"line1": "1840, rue Exemple", "locality": "Québec", "region": "QC", "postal_code": "G1R 4S9", "country": "CA"}',
      '"home_address": {"line1": "7-215 Example Ave W", "locality": "Toronto", "region": "ON", "postal_code": "M5V 2T6"}',
    ],
    negative: [
      'Head office: 100 Example Street, Ottawa ON K1N 6N5',
      // an address object without a street line (a region's code)
      '{"region": "ON", "postal_code": "M5V 2T6"}',
      'participant_id,surname,postal_code\nP-0001,Doe,H0H 0H0\n',
      'order,sku,zip\nA1,K1N6N5X,n/a\n',
      'sku,postal_code\nK1N 6N5,n/a\n',
      // a supplier's row: the company's office
      'supplier,city,postal_code\nMaple Example Supplies Ltd.,Ottawa,K1N 6N5\n',
    ],
  },
});
