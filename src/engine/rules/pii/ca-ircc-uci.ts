import { defineRule } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: UCI, IUC (French), client ID in IRCC's words; a column `UCI`, `Custom: UCI`. */
const UCI_CONTEXT = /(?<![\p{L}])(?:uci|iuc|unique client identifier|identificateur unique de client|client identifier)(?![\p{L}_])/iu;

// The Unique Client Identifier that Immigration, Refugees and Citizenship Canada gives everyone who
// applies to it: eight digits (`1234-5678`, older) or ten (`12-3456-7890`), printed on every visa,
// permit and letter. It has no published check digit, so its label must be near or head the column.
export default defineRule({
  id: 'ca-ircc-uci',
  category: 'pii',
  description: "Canadian immigration client number (IRCC's Unique Client Identifier), near its label",
  // (`uci` with what follows a label: the letters alone stand in reducing, producing, crucial.)
  keywords: ['uci ', 'uci:', 'uci)', 'uci,', 'uci"', "uci'", 'uci\t', 'uci;', 'iuc ', 'iuc:', 'iuc)', 'client identifier', 'identificateur unique'],
  window: { before: 48, after: 320 },
  columns: true,
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)(?:\d-\d{4}-\d{4}|\d{3}-\d{4}|\d{9}|\d{7})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  // (On its own line only; a number in a row's run of digits needs the label right before it.)
  validate: (s, ctx) => !isTrivialNumber(s.replace(/\D/gu, '')) && !inLongerNumber(ctx) && hasContext(ctx, UCI_CONTEXT, { before: s.includes('-') ? 48 : 16, lines: 0 }),
  redactAs: 'national-id',
  references: ['https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account/uci.html'],
  examples: {
    positive: [
      'UCI / IUC: 38-4102-7716',
      'Demandeuse : A. Example — IUC 7305-1948 (visa de visiteur, 2019)',
      'Notes for A. Example: UCI 61-2290-4437, biometrics done',
    ],
    negative: [
      'Unit 1207-4400 Example Highway',
      'UCI: 1234-5678',
      'ticket 38-4102-7716 closed',
      'UCI_FIELD_ID = 40012345',
      // a row's other numbers after a note that names a UCI; a contact's id under a header naming one
      'PR application prepared (UCI on file),1.5,295,442.50,Yes,4403391876',
      'Contact ID,Name,Custom: UCI\n20031177,A. Example,',
    ],
  },
});
