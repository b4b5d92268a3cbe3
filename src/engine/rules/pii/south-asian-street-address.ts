import { defineRule } from '../defineRule';

// A street address as Pakistan and Bangladesh write it, which needs no label: a house, flat or plot
// and its number, then a street, road, lane, block, sector, ward or phase and its number, then one
// to four more parts (a neighbourhood, a city, a postcode): `House 27-C, Street 9, Phase 2,
// Bahria Town, Rawalpindi`, `Flat 4B, Block 11, North Nazimabad, Karachi`, `House 5, Road 12, Sector 7, Uttara, Dhaka 1230`.
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
      '70211\tPK\tA. Example\tHouse 27-C, Street 9, Phase 2, Bahria Town, Rawalpindi\tL2',
      '{"old":"Flat 4B, Block 11, North Nazimabad, Karachi","new":"House 6, Street 33, G-9/4, Islamabad"}',
      'Address for the callback letter: House 5, Road 12, Sector 7, Uttara, Dhaka 1230.',
      'Address per KYC: House 33, Ward 2, Near Jamia Masjid, Sukkur.',
    ],
    negative: ['House 3, Season 2, Episode 5', 'Flat 7C, Block 4', 'the house 12, street food and more'],
  },
});
