import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/**
 * Its labels in English, French and Spanish: an application's, a file's or an acknowledgement of
 * receipt's number (AOR, accusé de réception), an e-APR, IRCC's own field; a column `IRCC Application #`.
 */
const APPLICATION_CONTEXT =
  /(?<![\p{L}])(?:application|app(?:lication)? (?:no|number|#)|file number|e-?apr|aor|acknowledg(?:e)?ment of receipt|demande|num[ée]ro de (?:la )?demande|accus[ée] de r[ée]ception|solicitud|ircc)(?![\p{L}])/iu;

// An application's number at Immigration, Refugees and Citizenship Canada: a letter for the kind of
// application (E an electronic permanent residence application, F a paper one, W a work permit,
// S a study permit, V a visitor visa, B a biometrics request) and nine digits. An order or an
// invoice may be written so too: its label must be near or head the column.
export default defineRule({
  id: 'ca-ircc-application-number',
  category: 'pii',
  description: 'Canadian immigration application number (IRCC: a letter and nine digits), near its label',
  keywords: ['applic', 'file number', 'e-apr', 'eapr', 'aor', 'demande', 'accuse de reception', 'solicitud', 'ircc'],
  // (After: to the end of a long header row, whose table then runs the window on to its end.)
  window: { before: 48, after: 320 },
  columns: true,
  pattern: /(?<![\w-])[BEFSVW]\d{9}(?![\w-])/gu,
  validate: (s, ctx) => !isTrivialNumber(s.slice(1)) && hasContext(ctx, APPLICATION_CONTEXT, { before: 48 }),
  redactAs: 'national-id',
  references: ['https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-status.html'],
  examples: {
    positive: [
      'Numéro de la demande : E004418273',
      'Matter,Client,IRCC application no.\n2023-0412,"Example, Ana",W058213746',
      'Tu solicitud W305118274 ya fue enviada.',
    ],
    negative: ['Order W058213746 shipped', 'Application number: E123456789'],
  },
});
