import { defineRule } from '../defineRule';
import { TEST_PATIENT_WORDS } from './_names';

/** HL7's test and placeholder people: TEST^PATIENT, DOE^JOHN, ZZTEST…. */
const PLACEHOLDER = new RegExp(`(?:^|\\^)(?:${TEST_PATIENT_WORDS})(?:\\^|$)`, 'iu');

// A person's name in an HL7 v2 message, written FAMILY^GIVEN: the patient (PID-5), the next of kin
// (NK1-2) and the attending doctor (PV1-7, after the doctor's id). Segments start a line (HL7 ends
// them with a carriage return).
export default defineRule({
  id: 'hl7-patient-name',
  category: 'pii',
  description: 'Patient, next-of-kin or doctor name in an HL7 v2 message (PID-5, NK1-2, PV1-7: FAMILY^GIVEN)',
  keywords: ['pid|', 'nk1|', 'pv1|'],
  pattern:
    /(?:^|[\r\n])(?:PID\|(?:[^|\r\n]*\|){4}|NK1\|[^|\r\n]*\||PV1\|(?:[^|\r\n]*\|){6}[^|^~\r\n]*\^)([A-Z\u00C0-\u017F][^|^~\r\n\d&\\]{0,40}\^[A-Z\u00C0-\u017F][^|^~\r\n\d&\\]{0,40})(?=[|^~\r\n])/gmu,
  secretGroup: 1,
  validate: (s) => !PLACEHOLDER.test(s),
  redactAs: 'name',
  references: ['https://hl7-definition.caristix.com/v2/HL7v2.5.1/Segments/PID'],
  examples: {
    positive: [
      'MSH|^~\\&|EPIC|BAYVIEW|CORVELA|CORVELA|20240316143719||ADT^A08|MSG04604617|P|2.5.1\rPID|1||61829374^^^CORV^MR||OKONKWO^MIRIAM^^^^L||19830417|F\rNK1|1|FARRELL^TAMSIN|PAR^Parent\r',
      'PID|1||47158296^^^CORV^MR||VERMEER^INGE^^^^L||19670815|F',
      'PV1|1|I|INT^201^2||||0173874794^DONNELLY^RUTH^^^DR|||MED',
      'PID|1||83261945^^^CORV^MR||AKSOY^İPEK^^^^L||19750212|F',
    ],
    negative: ['PID|1||12345^^^HOSP^MR||TEST^PATIENT^^^^L||19800101|M', 'PID|1||1^^^X^MR||DOE^JOHN||19700101|M', 'OBX|1|NM|2345-7^GLUCOSE^LN||98|mg/dL'],
  },
});
