import { defineRule } from '../defineRule';
import { NAMED_BRANDS } from './_names';
import { SURNAMES } from './_surnames';

/** Brands and characters named "Dr. <surname>" or "Mr. <surname>": not a person here. */
const TITLED_BRANDS = new Set(['Pepper', 'Oetker', 'Martens', 'Seuss', 'Who', 'Strange', 'House', 'Watson', 'Robot', 'Bean', 'Clean', 'Muscle', 'Freeze', 'Evil']);

// A surname alone after a form of address, in running text: "saw Dr. Marchetti's clinic",
// "Dr. Whitcomb owns 100%", "Mrs Okafor called back". The surname must be in the surname lexicon
// (a title before a common word, "Mr. Right", is no one); a full name after a title is
// person-name's. Brands and characters named so (Dr. Pepper, Dr. Oetker, Dr. Who) are not people.
export default defineRule({
  id: 'person-name-title',
  category: 'pii',
  description: "A person's surname after a form of address (Dr. <surname>, Mrs <surname>)",
  keywords: ['dr. ', 'mr. ', 'mrs. ', 'ms. ', 'prof. ', 'mrs ', 'dr ', 'mr ', 'ms '],
  window: { before: 4, after: 40 },
  pattern: /(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof)\.? ([A-Z][a-z]{2,20}(?:-[A-Z][a-z]{2,20})?)(?![\w-]| [A-Z][a-z])/gu,
  secretGroup: 1,
  validate: (s) => !TITLED_BRANDS.has(s) && !NAMED_BRANDS.has(s) && s.split('-').every((p) => SURNAMES.has(p.toLowerCase())),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      "I'm visiting from Toronto and saw Dr. Marchetti's clinic. Your payment page keeps declining my card.",
      'Owner info for KYC (Dr. Whitcomb owns 100%):',
      'Mrs Okafor called back about the refund.',
    ],
    negative: ['A can of Dr. Pepper and a pack of Dr. Oetker pizza', 'Mr. Right is still out there', 'Dr. Marta Lindgren, NPI pending', 'see Dr. Who series 3'],
  },
});
