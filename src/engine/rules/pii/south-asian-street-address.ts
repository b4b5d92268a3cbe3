import { defineRule } from '../defineRule';

// A street address as Pakistan and Bangladesh write it, which needs no label: a house, flat or plot
// and its number, then a street, road, lane, block, sector, ward or phase and its number, then one
// to four more parts (a neighbourhood, a city, a postcode): `House 112-B, Street 4, Phase 5, DHA,
// Lahore`, `Flat 7C, Block 4, Gulshan-e-Iqbal, Karachi`, `House 18, Road 7, Sector 4, Uttara, Dhaka 1230`.
export default defineRule({
  id: 'south-asian-street-address',
  category: 'pii',
  description: 'Street address in the Pakistani and Bangladeshi form (house, then street, road, block or sector, then area and city)',
  keywords: ['house', 'flat', 'plot'],
  window: { before: 8, after: 160 },
  pattern:
    /(?<![\w-])(?:House|Flat|Plot|Apartment|Apt\.?)[ ](?:No\.?[ ]?|#[ ]?)?\d{1,4}[A-Z]?(?:-[A-Z0-9]{1,3})?,[ ](?:Street|St\.|Road|Rd\.|Lane|Gali|Block|Sector|Ward|Phase)[ ](?:No\.?[ ]?)?[0-9A-Z]{1,4}(?:,[ ](?:Near[ ])?[A-Z][\w'./-]{0,24}(?:[ ][A-Z0-9][\w'./-]{0,24}){0,3}){1,4}/gu,
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Address#Pakistan', 'https://en.wikipedia.org/wiki/Address#Bangladesh'],
  examples: {
    positive: [
      '100797\tPK\tU. Example\t923062881311\tHouse 112-B, Street 4, Phase 5, DHA, Lahore\tL2',
      '{"old":"Flat 7C, Block 4, Gulshan-e-Iqbal, Karachi","new":"House 9, Street 21, F-10/2, Islamabad"}',
      'Customer address for callback letter: House 41, Road 3, Chandona Chowrasta, Gazipur 1702.',
      'Primary subject\'s address per KYC: House 12, Ward 6, Near Civil Hospital, Larkana.',
    ],
    negative: ['House 3, Season 2, Episode 5', 'Flat 7C, Block 4', 'the house 12, street food and more'],
  },
});
