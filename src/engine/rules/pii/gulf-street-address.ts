import { defineRule } from '../defineRule';
import { isInPlaceRecord, isOnCompanyLine } from './_context';

// A home in the numbered streets of the Gulf's newer districts, as deliveries and forms write it: a
// villa, a flat or a building and its number, then the street's number, and in Qatar the zone's
// (`Villa 12, Street 7`, `Building 41, Street 230, Zone 25`). A numbered street after a home's
// number is what says it is an address; not a company's (`… LLC` on the line) nor a shop's with its
// opening hours.
export default defineRule({
  id: 'gulf-street-address',
  category: 'pii',
  description: 'Gulf street address (villa, flat or building number, then a numbered street and zone)',
  keywords: ['villa ', 'flat ', 'apt ', 'apt.', 'apartment ', 'building ', 'bldg '],
  window: { before: 0, after: 60 },
  pattern: /(?<![\p{L}\p{N}])(?:Villa|Flat|Apt\.?|Apartment|Building|Bldg\.?) \d{1,5}[A-Z]?, (?:Street|St\.?) \d{1,4}(?:, Zone \d{1,3})?(?![\p{L}\p{N}])/gu,
  validate: (_s, ctx) => !isOnCompanyLine(ctx) && !isInPlaceRecord(ctx),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Addresses_in_Qatar'],
  examples: {
    positive: [
      'driver note: customer not answering, address Villa 18, Street 41, Al Waha. will retry',
      '{"input": "please deliver to Building 12, Street 830, Zone 56 and call first"}',
      'ship_to\n"Flat 7, Street 19"\n',
    ],
    negative: [
      // a company's office on its letterhead line, and a street with no home's number
      'Example Trading LLC, Building 4, Street 12, Industrial Area',
      'Street 12 is closed for works',
    ],
  },
});
