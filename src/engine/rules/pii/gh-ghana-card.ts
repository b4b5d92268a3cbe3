import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';

// Ghana's national identity number (the Ghana Card's personal ID number): `GHA-`, nine digits, a
// hyphen and one check digit. Its check digit's algorithm is not published, so the format alone
// decides; the country prefix and the fixed hyphens keep order and ticket numbers out
// (`GHA-L417208`). A run of one digit is a form's placeholder.
export default defineRule({
  id: 'gh-ghana-card',
  category: 'pii',
  description: 'Ghana Card personal ID number (GHA-#########-#)',
  keywords: ['gha-'],
  window: { before: 4, after: 16 },
  pattern: /(?<![\w-])GHA-\d{9}-\d(?![\w-])/gu,
  validate: (s) => !isTrivialNumber(s.slice(4, 13)),
  redactAs: 'national-id',
  references: ['https://nia.gov.gh/'],
  examples: {
    positive: [
      `ghana_card_no,momo_number\nGHA-${fake('{d9}', 3401)}-${fake('{d1}', 3402)},0241234567`,
      `The number on my Ghana Card is GHA-${fake('{d9}', 3403)}-${fake('{d1}', 3404)} and the app rejects it`,
      `"ghanaCardPin": "GHA-${fake('{d9}', 3405)}-${fake('{d1}', 3406)}"`,
    ],
    negative: ['app_id: GHA-L417208', 'Ghana Card: GHA-000000000-0', 'GHA-123456789', 'ref GHA-12345678-9', 'XGHA-123456789-1'],
  },
});
