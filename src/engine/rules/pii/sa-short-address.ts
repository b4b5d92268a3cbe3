import { defineRule } from '../defineRule';
import { isLabelledOrPersonColumnCell } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column of Saudi short addresses (`short_address`, `Short National Address`). */
const SHORT_ADDRESS_HEADER = native(/(?:^|[\s_-])short[ _-]?(?:national[ _-]?)?address(?:[ _-]?code)?$/iu);
/** Its label or key right before the code (`"shortAddress": "RRRD2929"`). */
const SHORT_ADDRESS_LABEL = native(/short[ _-]?(?:national[ _-]?)?address(?:[ _-]?code)?["']?[ \t]*[:=][ \t]*["']?$/iu);

// Saudi Arabia's short national address: four letters (region, branch and division) and the
// building's four digits (`RRRD2929`). It stands for a whole national address, a home's when the
// row is a person's: so under its column or its label only (four capitals and four digits are any
// code elsewhere).
export default defineRule({
  id: 'sa-short-address',
  category: 'pii',
  description: 'Saudi short national address (four letters and four digits) under its column or label',
  keywords: ['short_address', 'short address', 'shortaddress', 'short-address', 'short national address', 'short_national_address'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-Z]{4}\d{4}(?![\w-])/gu,
  validate: (_s, ctx) => isLabelledOrPersonColumnCell(ctx, SHORT_ADDRESS_LABEL, 40, SHORT_ADDRESS_HEADER),
  redactAs: 'address',
  references: ['https://splonline.com.sa/en/national-address-1/'],
  examples: {
    positive: [
      'customer_id;name_en;city;postal_code;short_address;total_orders\nC-1;A. Example;Riyadh;12244;RAKB3317;4\n',
      '{"city": "Jeddah", "shortAddress": "JEDC4128"}',
    ],
    negative: [
      // a product code, and a short-address column of a company's branches
      'sku;name\nABCD1234;cable',
      'branch;short_address\nHead office LLC;RAKB3317\n',
    ],
  },
});
