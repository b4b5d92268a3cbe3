import { defineRule } from '../defineRule';

/** A word of an Uzbek or Kazakh name in Latin letters, with the apostrophes of oʻ and gʻ (Ulug'bek). */
const WORD = "[A-Z][a-z'’ʻ‘]{1,24}";

// A person's full name in Uzbek (or Kazakh) Latin script with its patronymic word: surname, given
// name, father's name, then o'g'li (son of) or qizi (daughter of), as passports, KYC exports and
// forms write it: `Karimov Dilshod Baxtiyor o'g'li`, `Yusupova Nodira Alisher qizi`; Kazakh
// `Bolatuly`/`uly`, `kyzy`. The patronymic word makes the three words before it a name anywhere.
export default defineRule({
  id: 'uzbek-person-name',
  category: 'pii',
  description: "Person's name in Uzbek or Kazakh Latin script with its patronymic word (o'g'li, qizi, uly, kyzy)",
  // (Keywords are ASCII, so o‘g‘li written with curly apostrophes opens no window of its own: a
  // limit of the prefilter.)
  keywords: ["o'g'li", 'ogli', "o'gli", 'qizi', ' uly', ' kyzy'],
  window: { before: 96, after: 16 },
  pattern: new RegExp(`(?<![\\p{L}])${WORD}(?: ${WORD}){1,2} (?:o['’ʻ‘]?g['’ʻ‘]?li|qizi|uly|kyzy)(?![\\p{L}])`, 'gu'),
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Uzbek_name'],
  examples: {
    positive: ['UZ-17-3311,+998949713399,"Karimov Dilshod Baxtiyor o\'g\'li",AA6944518', 'Ismim Tursunova Malika Rustam qizi, tug\'ilgan sana 16.05.2000'],
    negative: ['Bu kitob qizi uchun', "Toshkent sh., Chilonzor tumani o'g'li"],
  },
});
