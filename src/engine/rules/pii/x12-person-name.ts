import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { TEST_PATIENT_WORDS } from './_names';

/** Test and placeholder people in EDI samples. */
const PLACEHOLDER = native(new RegExp(`^(?:${TEST_PATIENT_WORDS}|SMITH|SAMPLE|SUBSCRIBER|DEPENDENT|JOHN|JANE)$`, 'iu'));

// A person's name in an ANSI X12 healthcare transaction (837 claims, 834 enrolment, 270/271
// eligibility): the NM1 segment's entity type 1 ("person"; 2 is an organisation) is followed by the
// last name, the first name and the middle name, each its own element (NM1*IL*1*OYELARAN*BEATRIZ****MI*…~).
// Each element is a finding of its own, so a redaction keeps the segment's separators.
export default defineRule({
  id: 'x12-person-name',
  category: 'pii',
  description: "Subscriber's, patient's or provider's name in an X12 NM1 segment of entity type 1 (person)",
  keywords: ['nm1*'],
  window: { before: 16, after: 200 },
  // (The match starts at the element's separator and checks the segment in a lookbehind.)
  pattern: /\*(?<=NM1\*[0-9A-Z]{2}\*1\*(?:[^*~\r\n]{0,60}\*){0,2})([A-Za-z\u00C0-\u017F][A-Za-z\u00C0-\u017F' .-]{1,59})(?=[*~\r\n]|$)/gu,
  secretGroup: 1,
  validate: (s) => !PLACEHOLDER.test(s.trim()),
  redactAs: 'name',
  references: ['https://x12.org/codes/entity-identifier-codes'],
  examples: {
    positive: ['NM1*IL*1*OYELARAN*BEATRIZ****MI*XQP204418863~', 'NM1*82*1*HALVORSEN*DAGNY*R***XX*1497305521~', 'ISA*00*~NM1*QC*1*OKONKWO*ADAEZE~N3*12 ELM ST~'],
    negative: ['NM1*85*2*RIVERBEND FAMILY PRACTICE*****XX*1902846613~', 'NM1*PR*2*NORTHGATE MUTUAL*****PI*NGM01~', 'NM1*IL*1*DOE*JOHN****MI*123456789~'],
  },
});
