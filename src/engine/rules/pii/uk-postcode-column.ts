import { defineRule } from '../defineRule';
import { columnHeader } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column of postcodes: Postcode, Post Code, PostCode, postal_code, Patient Postcode. */
const POSTCODE_HEADER = native(/(?:^|[\s_-])(?:post ?code|postal code|pcode)s?$/u);

// A UK postcode in a table's postcode column: a GP system's recall list, a patient extract, a
// payroll file. Alone a postcode names a street or a few; beside a name, a birth date or an NHS
// number in the same row it locates the person (the NHS's data-release rules treat a full postcode
// as identifying). The column decides: a postcode in prose is an office's as often as a home's.
export default defineRule({
  id: 'uk-postcode-column',
  // Decision (forty-eighth session): opt-in. A postcode alone names an area, not a home; the street
  // line beside it is postal-address's. Over the twelve held-out corpora scored in the forty-eighth
  // session, postcode cells were 0 labelled of 11 found (uk 8, ca 3): writers label the street line.
  // A team that wants whole addresses out of extracts (the NHS's data-release rules) switches it on.
  optIn: true,
  category: 'pii',
  description: "UK postcode in a table's postcode column (patient lists, extracts, payroll files)",
  keywords: ['postcode', 'post code', 'postal code', 'postal_code', 'post_code', 'pcode'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])/gu,
  validate: (_s, ctx) => {
    const header = columnHeader(ctx);
    return header !== undefined && POSTCODE_HEADER.test(header.trim());
  },
  redactAs: 'address',
  references: ['https://www.ons.gov.uk/methodology/geography/ukgeographies/postalgeography', 'https://digital.nhs.uk/services/data-access-request-service-dars'],
  examples: {
    positive: [
      'Patient Name,NHS Number,Date of Birth,Postcode,Mobile Telephone\nA. Example,9434765919,02 Mar 1951,HX7 2QL,07700900000\n',
      '"Name","DOB","Address","Postcode"\n"EXAMPLE, Ann (Mrs)","11-Oct-1963","14 Example Road, Holmfirth","HD9 7RZ"\n',
    ],
    negative: ['Our office: 1 Example Street, Leeds LS1 4AP', 'Site,Postcode,Status\nMain,n/a,open\n', 'order,sku\nA1,HX7 2QL\n'],
  },
});
