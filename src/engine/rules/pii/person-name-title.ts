import { defineRule } from '../defineRule';
import { NAMED_BRANDS, foldName, isEastAsianSurname } from './_names';
import { SURNAMES } from './_surnames';

/** Brands and characters named "Dr. <surname>" or "Mr. <surname>": not a person here. */
const TITLED_BRANDS = new Set(['Pepper', 'Oetker', 'Martens', 'Seuss', 'Who', 'Strange', 'House', 'Watson', 'Robot', 'Bean', 'Clean', 'Muscle', 'Freeze', 'Evil']);

/** Dutch, German and French particles before a surname, as written after a title (meneer Van der Berg). */
const PARTICLES = 'van der|van den|van de|van|de|der|den|ter|ten|von|zu|de la|du|Van der|Van den|Van de|Van|De|Ter|Ten|Von|De la|Du';

const PARTICLE_PREFIX = new RegExp(`^(?:${PARTICLES}) `, 'u');

/** Dutch surnames the surname lexicon lacks. */
const KNOWN_DUTCH_SURNAMES = new Set(['Koster', 'Visser', 'Smit', 'Mulder', 'Bos', 'Vos', 'Kok', 'Bakker', 'Meijer', 'Dekker', 'Brouwer', 'Hendriks', 'Schouten', 'Kuipers', 'Veenstra', 'Postma', 'Bosman', 'Verhoeven', 'Lemmens', 'Claes', 'Goossens', 'Wouters', 'Mertens', 'Jacobs']);

/** Québec surnames the surname lexicon lacks (its accents folded, as the lookup folds them). */
const KNOWN_QUEBEC_SURNAMES = new Set(['lapointe', 'thibodeau', 'levesque', 'gagne', 'ouellet', 'ouellette', 'paquette', 'vaillancourt', 'beaulieu', 'cloutier', 'dube', 'laflamme', 'lachance', 'bergeron', 'pelletier']);

// A surname alone after a form of address, in running text: "saw Dr. Marchetti's clinic",
// "Dr. Whitcomb owns 100%", "Mrs Okafor called back". The surname must be in the surname lexicon
// (a title before a common word, "Mr. Right", is no one); a full name after a title is
// person-name's. Brands and characters named so (Dr. Pepper, Dr. Oetker, Dr. Who) are not people.
export default defineRule({
  id: 'person-name-title',
  category: 'pii',
  // Decision (session 29): opt-in. Over thirty independent held-out corpora this rule's findings
  // were 0 true of 5: writers leave a colleague's surname alone unlabelled, and several say so.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  description: "A person's surname after a form of address (Dr. <surname>, Mrs <surname>)",
  keywords: [
    'dr. ', 'mr. ', 'mrs. ', 'ms. ', 'prof. ', 'mrs ', 'dr ', 'mr ', 'ms ',
    // Dutch, German and French forms of address (Geachte heer Koster, mevr. Dijkstra, Frau Brandt)
    'heer ', 'meneer ', 'mevrouw ', 'mevr. ', 'dhr. ', 'herr ', 'frau ', 'monsieur ', 'madame ', 'mme ', 'm. ',
  ],
  window: { before: 8, after: 48 },
  pattern: new RegExp(
    // (French `M.` only with its dot; the surname's letters include accents: `M. Côté`.)
    `(?<![\\w.])(?:Dr|Mr|Mrs|Ms|Prof|Herr|Frau|Monsieur|Madame|Mme|Mevrouw|mevrouw|Mevr|mevr|Meneer|meneer|Dhr|dhr|heer|M(?=\\.))\\.? ((?:(?:${PARTICLES}) )?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,20})?)(?![\\w\u00c0-\u024f-]| [A-Z][a-z])`,
    'gu',
  ),
  secretGroup: 1,
  validate: (s) => {
    const surname = s.replace(PARTICLE_PREFIX, '');
    // (A two-letter surname only when East Asian: `Ms. Wu`, not `M. Le`.)
    if (surname.length < 3 && !isEastAsianSurname(surname)) return false;
    return (
      !TITLED_BRANDS.has(surname) &&
      !NAMED_BRANDS.has(surname) &&
      surname.split('-').every((p) => SURNAMES.has(foldName(p)) || KNOWN_DUTCH_SURNAMES.has(p) || KNOWN_QUEBEC_SURNAMES.has(foldName(p)) || isEastAsianSurname(p))
    );
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      "I'm visiting from Toronto and saw Dr. Marchetti's clinic. Your payment page keeps declining my card.",
      'Owner info for KYC (Dr. Whitcomb owns 100%):',
      'Mrs Okafor called back about the refund.',
      '> Geachte heer Koster,',
      'De schuldhulpverlening van de gemeente (mevr. Dijkstra) is op de hoogte.',
      'Dank u meneer Van der Berg. Kunt u uw postcode bevestigen?',
      // French and Québec forms of address, a surname with its accents, an East Asian surname
      'Rappel de M. Côté : il dit avoir prêté son compte.',
      'Mme Lapointe a été avisée que l’enquête suit son cours.',
      '- Called Ms. Zhou today — she said the money was for furniture.',
    ],
    negative: ['A can of Dr. Pepper and a pack of Dr. Oetker pizza', 'Mr. Right is still out there', 'Dr. Marta Lindgren, NPI pending', 'see Dr. Who series 3', 'Geachte heer, mevrouw, Bijgaand de factuur', 'M. Le Pen', 'voir M. Ouvrage et M. Document'],
  },
});
