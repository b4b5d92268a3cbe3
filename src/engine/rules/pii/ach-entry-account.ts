import { defineRule } from '../defineRule';
import { abaChecksum } from './_checksums';
import { ACH_ENTRY, isAchRecordLine } from './_ach';

// The receiver's bank routing number and account number in a NACHA (ACH) file's entry detail
// record (see _ach.ts): they sit side by side without a separator, so one finding covers both.
// The routing number's ABA check digit must hold.
export default defineRule({
  id: 'ach-entry-account',
  category: 'pii',
  description: "Receiver's routing and account number in a NACHA (ACH) entry detail record",
  // A file's batch header names its standard entry class (PPD payroll, CCD corporate).
  keywords: ['ppd', 'ccd', 'nacha'],
  pattern: new RegExp(ACH_ENTRY, 'gu'),
  secretGroup: 1,
  validate: (s, ctx) => abaChecksum(ctx.match.groups?.['routing'] ?? '') && /\d{4}/u.test(s.slice(9)) && isAchRecordLine(ctx.text, ctx.start),
  redactAs: 'bank-account',
  references: ['https://achdevguide.nacha.org/ach-file-details'],
  examples: {
    positive: [
      '5220HARBORLINE FREIG                    1842736150PPDPAYROLL   240315240315   1021000020000001\n632104075313606309473        0000383127HLF99003       OKAFOR DANIELLE         0021000020000001\n',
    ],
    negative: [
      // the routing number's check digit fails
      'PPD\n632104075314606309473        0000383127HLF99003       OKAFOR DANIELLE         0021000020000001\n',
      // not a record's 94 characters
      'PPD\n632104075313606309473 0000383127 OKAFOR DANIELLE 0021000020000001\n',
    ],
  },
});
