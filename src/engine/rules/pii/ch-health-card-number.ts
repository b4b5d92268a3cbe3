import { defineRule, fake } from '../defineRule';
import { healthCardPattern, healthCardSample, isHealthCardNumber } from './_healthCard';

/** A sample card number: 80756, then fourteen digits, then the Luhn digit. */
const sample = (seed: number): string => healthCardSample('80756', fake('{d14}', seed));

// The number of a Swiss health insurance card (Versichertenkarte, carte d'assuré, the European card's
// Swiss issue): 20 digits, 80 (health) and 756 (Switzerland) first, the insurer's and the card's
// numbers, and a Luhn check digit last, as ISO/IEC 7812 numbers cards. A practice's card lookup or
// a claim names the insured person by it, as by the AHV number printed beside it.
export default defineRule({
  id: 'ch-health-card-number',
  category: 'pii',
  description: 'Swiss health insurance card number (Versichertenkarte / carte d\'assuré: 80756…, Luhn)',
  keywords: ['80756'],
  pattern: healthCardPattern('80756'),
  validate: (s) => isHealthCardNumber(s, '80756'),
  redactAs: 'health-card',
  references: ['https://www.bag.admin.ch/bag/de/home/versicherungen/krankenversicherung/krankenversicherung-versicherte-mit-wohnsitz-in-der-schweiz/versichertenkarte.html', 'https://en.wikipedia.org/wiki/ISO/IEC_7812'],
  examples: {
    positive: [
      `Versichertenkarte geprüft: ${sample(101622)} (gültig)`,
      `Kartennummer der Versichertenkarte ${sample(101623)}, bitte prüfen`,
    ],
    negative: [
      `karte=${((v) => v.slice(0, 19) + String((Number(v[19]) + 1) % 10))(sample(101624))}`,
      'versichertenkarte=80756000000000000000',
    ],
  },
});
