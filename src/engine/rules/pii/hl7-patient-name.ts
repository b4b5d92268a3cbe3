import { defineRule } from '../defineRule';
import { HL7_NOT_A_PERSON_WORDS, TEST_PATIENT_WORDS } from './_names';
import { native } from '../../scan/nativeRegex';

/** HL7's test and placeholder people: TEST^PATIENT, DOE^JOHN, ZZTEST…. */
const PLACEHOLDER = native(new RegExp(`(?:^|\\^)(?:${TEST_PATIENT_WORDS}|${HL7_NOT_A_PERSON_WORDS})(?:\\^|$)`, 'iu'));

// A person's name in an HL7 v2 message, written FAMILY^GIVEN: the patient (PID-5), the next of kin
// (NK1-2), the attending doctor (PV1-7), the primary care provider (PD1-4), the ordering provider
// (OBR-16, ORC-12), each after the doctor's id, the insured (IN1-16) and the guarantor (GT1-3). Segments start a line (HL7 ends
// them with a carriage return).
export default defineRule({
  id: 'hl7-patient-name',
  category: 'pii',
  description: 'Patient, next-of-kin, insured, guarantor or doctor name in an HL7 v2 message (PID-5, NK1-2, IN1-16, GT1-3, PV1-7, PD1-4: FAMILY^GIVEN)',
  keywords: ['pid|', 'nk1|', 'pv1|', 'pd1|', 'in1|', 'obr|', 'orc|', 'gt1|'],
  pattern:
    /(?:^|[\r\n]|\\[rn])(?:PID\|(?:[^|\r\n]*\|){4}|NK1\|[^|\r\n]*\||PV1\|(?:[^|\r\n]*\|){6}[^|^~\r\n]*\^|PD1\|(?:[^|\r\n]*\|){3}[^|^~\r\n]*\^|OBR\|(?:[^|\r\n]*\|){15}[^|^~\r\n]*\^|ORC\|(?:[^|\r\n]*\|){11}[^|^~\r\n]*\^|IN1\|(?:[^|\r\n]*\|){15}|GT1\|(?:[^|\r\n]*\|){2})([A-Z\u00C0-\u017F][^|^~\r\n\d&\\]{0,40}\^[A-Z\u00C0-\u017F][^|^~\r\n\d&\\]{0,40})(?=[|^~\r\n])/gmu,
  secretGroup: 1,
  validate: (s) => !PLACEHOLDER.test(s),
  redactAs: 'name',
  references: ['https://hl7-definition.caristix.com/v2/HL7v2.5.1/Segments/PID'],
  examples: {
    positive: [
      'MSH|^~\\&|EPIC|BAYVIEW|CORVELA|CORVELA|20240316143719||ADT^A08|MSG04604617|P|2.5.1\rPID|1||61829374^^^CORV^MR||OKONKWO^MIRIAM^^^^L||19830417|F\rNK1|1|FARRELL^TAMSIN|PAR^Parent\r',
      'PID|1||47158296^^^CORV^MR||VERMEER^INGE^^^^L||19670815|F',
      'PV1|1|I|INT^201^2||||0173874794^DONNELLY^RUTH^^^DR|||MED',
      'PD1|||HARBOUR FAMILY PRACTICE^^1750391829|1750391829^LINDGREN^MARTA^^^DR^^^NPI',
      'IN1|1|PPO01|84980|ACME HEALTH PLAN|PO BOX 1^^DALLAS^TX^75266||||GRP00417|||||||SOLBERG^INGRID|SEL|19670308',
      // the guarantor, who pays the bill (GT1-3)
      'GT1|1||HALVORSEN^DEREK^T||4 ELM ST^^AUSTIN^TX^78701|^PRN^PH^^1^512^5550143||19670308|M|SEL',
      'PID|1||83261945^^^CORV^MR||AKSOY^İPEK^^^^L||19750212|F',
      // the ordering provider of an order and its observation request
      'ORC|RE|36293157|55671716|||||||||10524180105^FAURE^ROMAIN\rOBR|1|||NFS^Bilan||20240314074613||||||||||10524180105^FAURE^ROMAIN\r',
      // an HL7 message pasted into a chat, inside a JSON string
      '"content": "Here is one that fails:\\n```\\nMSH|^~\\\\&|ATHENA|RB|BRIDGE|BF|20240402||ADT^A04|M1|P|2.5.1\\rPID|1||RB0468341^^^RIVERBEND^MR||OKAFOR^SUSAN^L||19970417|F\\r```"',
    ],
    negative: ['PV1|1|O|PATH^^^RGN||||G8512347^SURGERY^PRACTICE^^^DR|||||', 'PID|1||12345^^^HOSP^MR||TEST^PATIENT^^^^L||19800101|M', 'PID|1||1^^^X^MR||DOE^JOHN||19700101|M', 'OBX|1|NM|2345-7^GLUCOSE^LN||98|mg/dL'],
  },
});
