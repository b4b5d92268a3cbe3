import { defineRule, fake, luhn } from '../defineRule';
import { withLuhn } from './_checksums';
import { hasContext, inLongerNumber } from './_context';

const RPPS_LABEL = /(?<![a-z])(?:rpps|n[°o] ?rpps|num[eé]ro rpps|identifiant rpps)/u;

// A French health professional's RPPS number (Répertoire partagé des professionnels de santé):
// eleven digits, 10 then nine digits and a Luhn key. It names one doctor, pharmacist or nurse for
// life: a claims system's prescriber column, a mutual's doctors CRM. Under its label or its column
// only, as any eleven digits starting 10 may pass a Luhn key by chance.
export default defineRule({
  id: 'fr-rpps-number',
  category: 'pii',
  description: "French health professional's RPPS number (11 digits with a Luhn key), under its label or column",
  keywords: ['rpps'],
  window: { before: 60, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])10\d{9}(?![\w-])/gu,
  validate: (s, ctx) => luhn(s) && !inLongerNumber(ctx) && hasContext(ctx, RPPS_LABEL, { before: 40 }),
  redactAs: 'health-professional-id',
  references: ['https://esante.gouv.fr/produits-services/repertoire-rpps', 'https://annuaire.sante.fr/'],
  examples: {
    positive: [
      `n_rpps,nom,profession\n${withLuhn('10' + fake('{d8}', 101618))},A. Exemple,Médecin\n`,
      `Prescripteur : Dr A. Exemple (RPPS ${withLuhn('10' + fake('{d8}', 101619))})`,
    ],
    negative: [
      // a wrong Luhn key, and the same digits under another column
      `rpps;nom\n${((v) => v.slice(0, 10) + String((Number(v[10]) + 1) % 10))(withLuhn('10' + fake('{d8}', 101620)))};A. Exemple\n`,
      `Le RPPS du prescripteur manque.\nVoir la note de la caisse.\nDossier ${withLuhn('10' + fake('{d8}', 101621))} transmis.`,
    ],
  },
});
