import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isLabelledOrPersonColumnCell } from './_context';

/** The address's label right before it: GhanaPost GPS, (GPS) digital address, GPS address. */
const LABEL_BEFORE = native(/(?:ghana ?post(?: gps)?|digital[ _-]?address|gps[ _-]?address|gps[ _-]?code|gps)["']?[ \t]*[:=]?[ \t]*["'(]?$/iu);
/** A column of such addresses, as columnHeader normalises its header (lower case). */
const ADDRESS_HEADER = native(/^(?:(?:ghana ?post[ _-]?)?gps(?:[ _-]?(?:address|code|addr))?|digital[ _-]?address|ghana ?post(?:[ _-]?(?:address|gps))?)$/u);

// A Ghanaian digital address (GhanaPost GPS): the region's and the district's letters, then a
// three- or four-digit area and a four-digit unit (`GA-183-8164`, `AK-039-5028`). It locates a
// home to within five metres, so it is a home address; the same shape names codes of every kind,
// so it counts after its label or under its column.
export default defineRule({
  id: 'gh-digital-address',
  category: 'pii',
  description: 'Ghanaian digital address (GhanaPost GPS: two letters, area and unit numbers), after its label or in its column',
  keywords: ['gps', 'digital address', 'digital_address', 'digitaladdress', 'ghanapost', 'ghana post'],
  window: { before: 40, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-Z]{2}-\d{3,4}-\d{4}(?![\w-])/gu,
  validate: (s, ctx) => {
    if (/-0{3,4}-|-0000$/u.test(s)) return false;
    // (Under its column, on a person's row: a business's digital address is no one's home.)
    return isLabelledOrPersonColumnCell(ctx, LABEL_BEFORE, 32, ADDRESS_HEADER);
  },
  redactAs: 'address',
  references: ['https://www.ghanapostgps.com/'],
  examples: {
    positive: [
      `Customer's digital address: GA-${fake('{d3}-{d4}', 101694)}, near the market`,
      `wallet,full_name,gps_address,region\n024,A. Example,AK-${fake('{d3}-{d4}', 101695)},Ashanti\n`,
    ],
    negative: [
      `ticket GA-${fake('{d3}-{d4}', 101696)} reopened`,
      'GhanaPost GPS: GA-000-0000',
      // a business's branch list
      `branch,gps_address\nKestrel Foods Ltd,GA-${fake('{d3}-{d4}', 101714)}\n`,
    ],
  },
});
