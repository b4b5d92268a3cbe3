import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { abaChecksum } from './_checksums';
import { ACH_ENTRY, isAchRecordLine } from './_ach';
import { ALL_GIVEN_NAMES, TEST_PATIENT_WORDS } from './_names';

const PLACEHOLDER = native(new RegExp(`^(?:${TEST_PATIENT_WORDS}|SAMPLE|EMPLOYEE)$`, 'u'));

// The receiver's name in a NACHA (ACH) file's entry detail record (see _ach.ts): an employee paid
// or a customer debited, in capitals, surname or given name first. One of its words must be a
// given name of the wider lexicon (a company's name has none), and the routing number's check must hold.
export default defineRule({
  id: 'ach-entry-name',
  category: 'pii',
  description: "Receiver's name in a NACHA (ACH) entry detail record",
  // A file's batch header names its standard entry class (PPD payroll, CCD corporate).
  keywords: ['ppd', 'ccd', 'nacha'],
  pattern: new RegExp(ACH_ENTRY, 'gu'),
  secretGroup: 3,
  validate: (s, ctx) => {
    if (!abaChecksum(ctx.match.groups?.['routing'] ?? '') || !isAchRecordLine(ctx.text, ctx.start)) return false;
    const words = s.trim().split(/[ ,]+/u).filter((w) => w.length > 0);
    if (words.length < 2 || words.some((w) => PLACEHOLDER.test(w.toUpperCase()))) return false;
    return words.some((w) => ALL_GIVEN_NAMES.has(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
  },
  redactAs: 'name',
  references: ['https://achdevguide.nacha.org/ach-file-details'],
  examples: {
    positive: ['5220HARBORLINE FREIG                    1842736150PPDPAYROLL   240315240315   1021000020000001\n632104075313606309473        0000383127HLF99003       OKAFOR DANIELLE         0021000020000001\n'],
    negative: [
      '5220HARBORLINE FREIG                    1842736150PPDPAYROLL   240315240315   1021000020000001\n622104075313606309473        0000383127HLF99003       NORTHGATE MUTUAL INS    0021000020000001\n',
      '5220HARBORLINE FREIG                    1842736150PPDPAYROLL   240315240315   1021000020000001\n622104075313606309473        0000383127HLF99003       TEST EMPLOYEE           0021000020000001\n',
    ],
  },
});
