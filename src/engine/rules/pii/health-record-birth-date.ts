import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isValidDate } from './_checksums';
import { TEST_PATIENT_WORDS } from './_names';

/** A test or placeholder patient's name in the segment before the date. */
const TEST_PATIENT = native(new RegExp(`PID\\|(?:[^|\\r\\n]*\\|){4}(?:${TEST_PATIENT_WORDS})\\^`, 'iu'));

// A patient's or member's date of birth in a health-care message, where the format itself says
// what the date is: HL7 v2's PID-7 (the seventh field of the patient segment, YYYYMMDD with an
// optional time) and X12's DMG segment (`DMG*D8*YYYYMMDD*<sex>~`, the subscriber's or patient's
// demographics in 837, 834 and 270/271 transactions). Segments start a line (HL7) or follow a
// segment terminator (X12).
export default defineRule({
  id: 'health-record-birth-date',
  category: 'pii',
  description: "Date of birth in an HL7 v2 PID, IN1 or GT1 segment (PID-7, the insured's IN1-18, the guarantor's GT1-8), an X12 DMG segment (DMG*D8*…) or a log's DMG02 element",
  keywords: ['pid|', 'in1|', 'gt1|', 'dmg*d8*', 'dmg02'],
  // Each branch starts at the field's separator and checks the segment behind the date with a lookbehind.
  pattern:
    /\|((?:19|20)\d{6})(?<=(?:^|[\r\n]|\\[rn])(?:PID\|(?:[^|\r\n]{0,200}\|){6}|IN1\|(?:[^|\r\n]{0,200}\|){17}|GT1\|(?:[^|\r\n]{0,200}\|){7})\d{8})(?=[|^\r\n]|\d{2,6}(?:[+-]\d{4})?[|^])|\*((?:19|20)\d{6})(?<=DMG\*D8\*\d{8})(?=[*~\r\n])|\bDMG02[ \t]{0,2}[:=]?[ \t]{0,2}((?:19|20)\d{6})(?!\d)/gu,
  secretGroup: [1, 2, 3],
  // 1900-01-01 is the usual unknown-date sentinel; a test patient's segment (TEST^PATIENT, DOE^JOHN) holds no one's date.
  validate: (s, ctx) => {
    if (s.startsWith('1900') || !isValidDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)))) return false;
    return !TEST_PATIENT.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start));
  },
  redactAs: 'date-of-birth',
  references: ['https://hl7-definition.caristix.com/v2/HL7v2.5.1/Segments/PID', 'https://x12.org/'],
  examples: {
    positive: [
      'PID|1||48213377^^^HOSP^MR||LINDQVIST^ASTRID^M||19840517|F|||4 Harbour Row^^Leith^^EH6 6LB^GBR',
      'PID|1||77120945^^^HOSP^MR||OKORO^ADAEZE||197612030000|F',
      'IN1|1|PPO01|84980|ACME HEALTH PLAN|PO BOX 1^^DALLAS^TX^75266||||GRP00417|||||||SOLBERG^INGRID|SEL|19670308|4 ELM ST^^AUSTIN^TX^78701',
      'NM1*IL*1*HALVORSEN*DAGNY****MI*XQP204418863~N3*12 ELM ST~DMG*D8*19911124*F~',
      // a claims validator's log names the X12 element that holds it (loop 2010BA, DMG02)
      'WRN SnipValidator: L4 reject claim LSF0000001: 2010BA DMG02 19670308 does not match eligibility file',
      // the guarantor's (GT1-8)
      'GT1|1||HALVORSEN^DEREK^T||4812 PIEDMONT AVE NE^^AUSTIN^TX^78701|^PRN^PH^^1^512^5550143||19670308|M|SEL',
    ],
    negative: [
      'MSH|^~\\&|EPIC|HOSP|LAB|LAB|20240316143719||ADT^A08|MSG04604617|P|2.5.1',
      'PID|1||48213377^^^HOSP^MR||LINDQVIST^ASTRID||19841317|F',
      'DTP*472*D8*20240312~',
      'PID|1||TST00000003^^^HOSP^MR||TEST^PATIENT^^^^L||19000101|U',
      'PID|1||TST00000004^^^HOSP^MR||TEST^PATIENT^^^^L||19750304|U',
    ],
  },
});
