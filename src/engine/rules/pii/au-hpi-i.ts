import { defineRule, fake } from '../defineRule';
import { isAustralianHealthcareId, sampleAustralianHealthcareId } from './_healthcareIds';

const sample = (seed: number): string => sampleAustralianHealthcareId('800361', seed);

// An Australian Healthcare Provider Identifier – Individual (HPI-I): a clinician's number in the
// national Healthcare Identifiers Service, sixteen digits, 800361 first (80 health, 036 Australia,
// 1 a provider), a Luhn check digit last. Unlike a US NPI (us-npi, opt-in), it is in no public
// register: the HI Service's directory answers only to registered healthcare organisations. Its
// prefix makes it one without a label. (An organisation's HPI-O, 800362, is not a person's.)
export default defineRule({
  id: 'au-hpi-i',
  category: 'pii',
  description: 'Australian healthcare provider identifier of a clinician (HPI-I: 800361…, Luhn)',
  keywords: ['800361', '8003 61'],
  pattern: /(?<![\d.-])8003[ -]?61\d{2}[ -]?\d{4}[ -]?\d{4}(?![\d.-])/gu,
  validate: (s, ctx) => isAustralianHealthcareId(s, '800361', ctx),
  redactAs: 'health-id',
  references: ['https://www.servicesaustralia.gov.au/healthcare-provider-identifiers', 'https://en.wikipedia.org/wiki/Healthcare_identifier'],
  examples: {
    positive: [
      `GP | Example Telehealth\nHPI-I ${sample(101905).replace(/(\d{4})(?=\d)/gu, '$1 ')}`,
      `{"prescriber": "A. Example", "prescriberHpii": "${sample(101906)}"}`,
    ],
    negative: [
      `HPI-I ${sample(101907).slice(0, 15)}${(Number(sample(101907)[15]) + 1) % 10}`,
      `HPI-O 8003620${fake('{d9}', 101908)}`,
      'HPI-I 8003610000000000',
    ],
  },
});
