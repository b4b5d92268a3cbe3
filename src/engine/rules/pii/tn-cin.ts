import { defineRule, fake } from '../defineRule';
import { isLabelledIdOfCountry, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: CIN, carte d'identité (nationale), a national id's in English. */
const TN_ID_LABEL = /(?<![a-z])(?:c\.?i\.?n\.?|carte d'identit[ée](?: nationale)?|n° ?cin|national[ _-]?id|id[ _-]?(?:number|no\b|num))(?![a-z])/u;

/** Words that say the text is Tunisian: the calling code, the currency, the cities, its wallets. */
const TUNISIA_HINTS = ['+216', 'tunisie', 'tunisia', 'tunis', 'sfax', 'sousse', 'ariana', 'bizerte', 'nabeul', 'monastir', 'gabes', 'tnd', 'dinar', 'konnect', 'flouci', 'd17'];

// Tunisia's national identity card number: eight digits, the first a 0 or a 1, with no check digit.
// Eight-digit numbers are everywhere, so it needs its label right before it or heading its column,
// and a Tunisian text.
export default defineRule({
  id: 'tn-cin',
  category: 'pii',
  description: 'Tunisian national identity card number (CIN, 8 digits) under its label, in a Tunisian text',
  keywords: ['cin', 'carte d', 'national_id', 'national id', 'nationalid', 'id number', 'id_number'],
  hints: TUNISIA_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])[01]\d{7}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !isTrivialNumber(s) && isLabelledIdOfCountry(ctx, TUNISIA_HINTS, TN_ID_LABEL),
  redactAs: 'national-id',
  references: ['https://www.interieur.gov.tn/'],
  examples: {
    positive: [
      `id_client,nom_prenom,cin,date_naissance,tel\nCUS-TN-0400,A. Exemple,0${fake('{d7}', 4185)},14/02/1979,+21698410273\n`,
      `Client à Sfax, CIN ${fake('1{d7}', 4186)} vérifiée`,
    ],
    negative: [`cin: 0${fake('{d7}', 4187)}`, `Commande Tunis n° 1${fake('{d7}', 4188)}`],
  },
});
