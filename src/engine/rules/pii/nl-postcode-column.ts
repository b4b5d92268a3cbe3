import { defineRule } from '../defineRule';
import { isPersonRowCellUnder, nlPostcodeSource } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column of postcodes in Dutch or English: postcode, Postcode, post_code, postal_code, zip. */
const POSTCODE_HEADER = native(/(?:^|[\s_-])(?:post ?code|post_code|postal[ _]?code|zip(?:[ _]?code)?)s?$/u);

// A Dutch postcode (four digits, the first not 0, and two letters: `1015 KM`) in a table's postcode
// column: a provider's subscriber export, a CRM extract. A Dutch postcode covers one side of a street
// or about twenty addresses; with the house number or a name in the same row it locates the person.
// PostNL never issues the letter pairs SA, SD and SS. The column decides, as for uk-postcode-column:
// a postcode in prose is an office's as often as a home's.
export default defineRule({
  id: 'nl-postcode-column',
  // Decision (fifty-fifth session): opt-in, unlike uk-postcode-column. The held-out corpora split:
  // one telecom export labels its Dutch postcode cells (12 found), two shop exports label only the
  // street line beside them (8 found unlabelled). A team that wants whole addresses out switches it on.
  optIn: true,
  category: 'pii',
  description: "Dutch postcode in a table's postcode column (subscriber and CRM exports)",
  keywords: ['postcode', 'post code', 'post_code', 'postal_code', 'postal code', 'zip'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w-])${nlPostcodeSource(' ?')}(?![\w-])`, 'gu'),
  validate: (_s, ctx) => isPersonRowCellUnder(ctx, POSTCODE_HEADER),
  redactAs: 'address',
  references: ['https://www.postnl.nl/zakelijk/klantenservice/'],
  examples: {
    positive: [
      'account_id,full_name,street,postcode,city,status\nPL-1,Ada Example,"Examplestraat 12",3511 AB,Utrecht,active\n',
      'klantnr;naam;adres;postcode;plaats\n1007;A. Voorbeeld;Voorbeeldlaan 4;9712AB;Groningen\n',
    ],
    negative: [
      'Kantoor: Voorbeeldweg 1, 3511 AB Utrecht',
      'sku,postcode\n3511 SA,n/a\n',
      // a business customer's row
      'klant,naam,postcode\nB-1,Voorbeeld Installatietechniek B.V.,3511 AB\n',
      'order,zip\nA1,n/a\n',
    ],
  },
});
