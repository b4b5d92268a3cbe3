import { defineRule } from '../defineRule';
import { isHouseAddressPostalCode, isPersonRowCellUnder } from './_context';
import { native } from '../../scan/nativeRegex';
import type { MatchContext } from '../../types';

/** A column of postcodes: Postcode, Post Code, PostCode, postal_code, Patient Postcode, a UK-and-Ireland lettings export's postcode_eircode. */
const POSTCODE_HEADER = native(/(?:^|[\s_-])(?:post ?code|postal code|pcode)s?(?:[ _/]eircode)?$/u);

/** An XML address's postcode element right before the value (HMRC RTI's `<UKPostcode>`, `<PostCode>`). */
const XML_POSTCODE_BEFORE = /<(?:UK)?Post[Cc]ode>[ \t]*$/u;
/** The same address's first line with a house number (`<Line>41 Example Terrace</Line>`). */
const XML_HOUSE_LINE_BEFORE = native(/<Address>[^]{0,200}?<Line>[ \t]*\d{1,4}[A-Za-z]?,? [A-Z][^<\n]{2,60}<\/Line>/u);

/** A postcode element of an XML address whose first line is a house's (an HMRC Full Payment Submission's employee). */
function isXmlHouseAddressPostcode(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
  return XML_POSTCODE_BEFORE.test(before.slice(-24)) && XML_HOUSE_LINE_BEFORE.test(before);
}

// A UK postcode in a table's postcode column: a GP system's recall list, a patient extract, a
// payroll file. Alone a postcode names a street or a few; beside a name, a birth date or an NHS
// number in the same row it locates the person (the NHS's data-release rules treat a full postcode
// as identifying). The column decides: a postcode in prose is an office's as often as a home's.
export default defineRule({
  id: 'uk-postcode-column',
  // Decision (forty-eighth session): opt-in, as a postcode alone names an area, not a home, and over
  // the twelve held-out corpora then scored postcode cells were 0 labelled of 11 found. Reversed in
  // the fifty-fifth session: four of the 21 corpora since then label postcodes (58 labels). On by
  // default, with the company-row and test-row checks below and `postcode_eircode` headers, the
  // rule found 23 more labelled cells over those corpora and no unlabelled one (without the checks,
  // a business customer's row and two test people's). A postcode beside a person's name in a row locates them.
  optIn: false,
  category: 'pii',
  description: "UK postcode in a table's postcode column (patient lists, extracts, payroll files)",
  keywords: ['postcode', 'post code', 'postal code', 'postal_code', 'post_code', 'pcode'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])/gu,
  validate: (_s, ctx) => isPersonRowCellUnder(ctx, POSTCODE_HEADER) || isHouseAddressPostalCode(ctx) || isXmlHouseAddressPostcode(ctx),
  redactAs: 'address',
  references: ['https://www.ons.gov.uk/methodology/geography/ukgeographies/postalgeography', 'https://digital.nhs.uk/services/data-access-request-service-dars'],
  examples: {
    positive: [
      'Patient Name,NHS Number,Date of Birth,Postcode,Mobile Telephone\nA. Example,9434765919,02 Mar 1951,HX7 2QL,07700900000\n',
      '"Name","DOB","Address","Postcode"\n"EXAMPLE, Ann (Mrs)","11-Oct-1963","14 Example Road, Holmfirth","HD9 7RZ"\n',
      // a lettings export of tenants in the UK and Ireland
      'tenant_id,full_name,town,postcode_eircode,status\nT-1,Ann Example,Leeds,LS6 1XB,active\n',
      // a fixture's and a seed's address objects, the street line with its house number
      '"address": {\n  "line1": "14 Example Road",\n  "town": "Leeds",\n  "postcode": "LS6 2QB"\n}',
      // an HMRC Full Payment Submission's employee address
      '<Address>\n  <Line>41 Example Terrace</Line>\n  <Line>Leeds</Line>\n  <UKPostcode>LS6 3QJ</UKPostcode>\n</Address>',
      'Household.create!(\n  address_line_1: "7 Example Close",\n  town: "Leeds",\n  postcode: "LS7 4PD",\n)',
    ],
    negative: [
      'Our office: 1 Example Street, Leeds LS1 4AP',
      // an object's postcode with no street line (an area's)
      '{ "region": "Leeds", "postcode": "LS1 4AP" }',
      // an employer's address in the same submission (no house number)
      '<EmpRefs>\n<Address>\n  <Line>Unit B</Line>\n  <Line>Leeds</Line>\n  <UKPostcode>LS1 4AP</UKPostcode>\n</Address>',
      // a business customer's row
      'id,name,email,town,postcode\nC-1,Example Widgets Ltd,accounts@example.co.uk,Leeds,LS10 1AB\n',
      // a test tenant's row
      'tenant_id,full_name,email,town,postcode\nT-9,Test Tenant-One,tenant.one@example.com,London,N1 1AA\n', 'Site,Postcode,Status\nMain,n/a,open\n', 'order,sku\nA1,HX7 2QL\n'],
  },
});
