import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isOnPlaceholderPersonLine, isOnTestRecordLine, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { native } from '../../scan/nativeRegex';

/** Its labels as tenants' files, payroll and rental platforms write them (`n° allocataire`, `numéro CAF`, `caf_number`, `matricule CAF`), lower case. */
const CAF_LABEL = native(/(?<![a-z])(?:(?:n[°o]|num[ée]ro|matricule|id(?:entifiant)?)[ _.-]{0,2}(?:d['’ ])?allocataire|caf[ _.-]?(?:no|nr|num|number|numero|id)|(?:n[°o]|num[ée]ro|matricule)[ _.-]{0,2}caf|allocataire[ _.-]?caf)(?![a-z])/u);

// A French family-benefits office's (CAF's) claimant number, the `numéro allocataire`: seven digits
// on every letter and benefit certificate, and in every rental application that asks for a housing
// benefit. It opens the claimant's file on caf.fr with the password, and names one household. No
// check digit, so its label must be near or head its column.
export default defineRule({
  id: 'fr-caf-number',
  category: 'pii',
  description: "French CAF claimant number (numéro allocataire, 7 digits), near its label",
  keywords: ['allocataire', 'caf'],
  window: { before: 24, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{7}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, CAF_LABEL, { before: 40 }) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx),
  redactAs: 'benefit-id',
  references: ['https://www.caf.fr/allocataires/mes-services-en-ligne/faire-une-demande-de-prestation', 'https://www.service-public.fr/particuliers/vosdroits/F12006'],
  examples: {
    positive: [
      `N° allocataire : ${fake('{d7}', 102070)}`,
      `COPY public.tenant (id, first_name, city, caf_number, created_at) FROM stdin;\n10468\tA.\tBordeaux\t${fake('{d7}', 102071)}\t2024-01-02\n\\.\n`,
    ],
    negative: ['N° allocataire : 1234567', `Facture ${fake('{d7}', 102072)} – CAF de la Gironde`],
  },
});
