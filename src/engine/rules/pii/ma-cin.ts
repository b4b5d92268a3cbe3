import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** The card's own labels: CIN, CNIE, carte nationale (d'identité électronique). */
const CIN_LABEL = /(?<![a-z])(?:c\.?i\.?n\.?|cnie|carte nationale|carte d'identit[ée] nationale|n° ?cin|num[ée]ro (?:de )?(?:la )?cin)(?![a-z])/u;
/** A national id's labels in English, which need a Moroccan text. */
const ID_LABEL = /national[ _-]?id|(?<![a-z])id[ _-]?(?:number|no\b|num)|identity card/u;

/** Words that say the text is Moroccan: the calling code, the currency, the cities, the social security fund. */
const MOROCCO_HINTS = ['+212', 'maroc', 'morocco', 'casablanca', 'rabat', 'marrakech', 'tanger', 'agadir', 'meknes', 'oujda', 'kenitra', ' mad', 'dirham', 'cnss', 'cnie'];

// Morocco's national identity card number (CIN, on the CNIE since 2008): one or two letters for the
// issuing region and five or six digits, with no check digit. Under its own label (CIN, CNIE) it is
// one; under an English national-id label, only in a Moroccan text.
export default defineRule({
  id: 'ma-cin',
  category: 'pii',
  description: 'Moroccan national identity card number (CIN/CNIE: 1-2 letters and 5-6 digits) under its label',
  keywords: ['cin', 'cnie', 'carte nationale', 'national_id', 'national id', 'nationalid', 'id number', 'id_number', 'identity card'],
  hints: MOROCCO_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  // (Not a Hong Kong identity card number, whose check digit follows in brackets: `A123456(7)`.)
  pattern: /(?<![\w-])[A-Z]{1,2}\d{5,6}(?![\w(-])/gu,
  validate: (s, ctx) => {
    if (/^[A-Z]+0+$/u.test(s)) return false;
    return hasContext(ctx, CIN_LABEL, { before: 40 }) || (MOROCCO_HINTS.some(ctx.hasHint) && hasContext(ctx, ID_LABEL, { before: 40 }));
  },
  redactAs: 'national-id',
  references: ['https://www.cnie.ma/'],
  examples: {
    positive: [
      `customer_id;nom_complet;cin;date_naissance\nCUS-MA-0816;A. Exemple;BE${fake('{d6}', 4180)};23/09/1983\n`,
      `17/11/2024, 21:57 - Client: CIN X${fake('{d6}', 4181)}`,
      `{"country": "MA", "city": "Casablanca", "national_id": "G${fake('{d5}', 4182)}"}`,
    ],
    negative: [
      `{"national_id": "G${fake('{d5}', 4183)}"}`,
      `Référence commande: QF${fake('{d6}', 4184)}`,
      'CIN: AB000000',
    ],
  },
});
