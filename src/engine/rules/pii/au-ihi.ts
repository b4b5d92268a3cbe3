import { defineRule, fake } from '../defineRule';
import { isAustralianHealthcareId, sampleAustralianHealthcareId } from './_healthcareIds';

const sample = (seed: number): string => sampleAustralianHealthcareId('800360', seed);

// An Australian Individual Healthcare Identifier (IHI): sixteen digits, 800360 first (80 health,
// 036 Australia, 0 a person), a Luhn check digit last; written whole or in groups of four. Not a
// provider's HPI-I (800361) or an organisation's HPI-O (800362). Its prefix makes it one without a
// label.
export default defineRule({
  id: 'au-ihi',
  category: 'pii',
  description: 'Australian Individual Healthcare Identifier (IHI: 800360…, Luhn)',
  keywords: ['800360', '8003 60'],
  pattern: /(?<![\d.-])8003[ -]?60\d{2}[ -]?\d{4}[ -]?\d{4}(?![\d.-])/gu,
  validate: (s, ctx) => isAustralianHealthcareId(s, '800360', ctx),
  redactAs: 'health-id',
  references: ['https://www.servicesaustralia.gov.au/individual-healthcare-identifiers', 'https://en.wikipedia.org/wiki/Healthcare_identifier'],
  examples: {
    positive: [`IHI ${sample(1).replace(/(\d{4})(?=\d)/gu, '$1 ')}`, `"system": "http://ns.electronichealth.net.au/id/hi/ihi/1.0", "value": "${sample(2)}"`],
    negative: [
      `IHI ${sample(3).slice(0, 15)}${(Number(sample(3)[15]) + 1) % 10}`,
      `HPI-O 8003620${fake('{d9}', 4)}`,
      'IHI 8003600000000000',
    ],
  },
});
