import { native } from '../../scan/nativeRegex';
import { defineRule, fake, luhn } from '../defineRule';
import { withLuhn } from './_checksums';
import { hasContext, inLongerNumber } from './_context';

const RPPS_LABEL = /(?<![a-z])(?:rpps|n[°o] ?rpps|num[eé]ro rpps|identifiant rpps)/u;

/**
 * The rest of an HL7 v2 XCN component after the number, up to its assigning authority: the ANS's
 * (formerly ASIP Santé) professionals' directory, by name or OID (`^EXEMPLE^Anne^^^DR^^^ASIP-SANTE-PS&1.2.250.1.71.4.2.1&ISO`).
 */
const HL7_RPPS_AUTHORITY_AFTER = native(/^\^[^|~\r\n]{0,80}?(?:ASIP-SANTE-PS|1\.2\.250\.1\.71\.4\.2\.1)(?![\w.])/u);

// A French health professional's RPPS number (Répertoire partagé des professionnels de santé):
// eleven digits, 10 then nine digits and a Luhn key. It names one doctor, pharmacist or nurse for
// life: a claims system's prescriber column, a mutual's doctors CRM. Under its label or its column
// only, as any eleven digits starting 10 may pass a Luhn key by chance.
export default defineRule({
  id: 'fr-rpps-number',
  category: 'pii',
  description: "French health professional's RPPS number (11 digits with a Luhn key), under its label or column",
  keywords: ['rpps', 'asip-sante-ps', '1.2.250.1.71.4.2.1'],
  window: { before: 60, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])10\d{9}(?![\w-])/gu,
  // (Or an HL7 message's practitioner whose identifier the RPPS directory assigned.)
  validate: (s, ctx) =>
    luhn(s) && !inLongerNumber(ctx) && (hasContext(ctx, RPPS_LABEL, { before: 40 }) || HL7_RPPS_AUTHORITY_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 100))),
  redactAs: 'health-professional-id',
  references: ['https://esante.gouv.fr/produits-services/repertoire-rpps', 'https://annuaire.sante.fr/'],
  examples: {
    positive: [
      `n_rpps,nom,profession\n${withLuhn('10' + fake('{d8}', 101618))},A. Exemple,Médecin\n`,
      `Prescripteur : Dr A. Exemple (RPPS ${withLuhn('10' + fake('{d8}', 101619))})`,
      // an ADT message's attending doctor, identified by the professionals' directory
      `PV1|1|O|LFV^CARDIO^101^1||||${withLuhn('10' + fake('{d8}', 102116))}^EXEMPLE^Anne^^^DR^^^ASIP-SANTE-PS&1.2.250.1.71.4.2.1&ISO^D^^^RPPS|`,
    ],
    negative: [
      // a wrong Luhn key, and the same digits under another column
      `rpps;nom\n${((v) => v.slice(0, 10) + String((Number(v[10]) + 1) % 10))(withLuhn('10' + fake('{d8}', 101620)))};A. Exemple\n`,
      `Le RPPS du prescripteur manque.\nVoir la note de la caisse.\nDossier ${withLuhn('10' + fake('{d8}', 101621))} transmis.`,
    ],
  },
});
