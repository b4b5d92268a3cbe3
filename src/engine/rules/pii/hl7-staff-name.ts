import { defineRule } from '../defineRule';
import { hl7FieldAt } from './_hl7';
import { HL7_NOT_A_PERSON_WORDS, TEST_PATIENT_WORDS } from './_names';
import { native } from '../../scan/nativeRegex';

/** HL7's test and placeholder people: DOCTOR^TEST, DOE^JOHN, ZZTEST…. */
const PLACEHOLDER = native(new RegExp(`(?:^|\\^)(?:${TEST_PATIENT_WORDS}|${HL7_NOT_A_PERSON_WORDS}|DOCTOR|PHYSICIAN|PROVIDER|UNKNOWN)(?:\\^|$)`, 'iu'));

const SEGMENTS = ['EVN', 'PV1', 'PD1', 'ORC', 'OBR', 'TXA'];

/**
 * The fields that hold a person as an extended composite id (XCN: `id^FAMILY^GIVEN^…`): the event's
 * operator (EVN-5), the attending, referring, consulting and admitting doctors (PV1-7, -8, -9, -17),
 * the primary care provider (PD1-4), who entered, verified and ordered (ORC-10, -11, -12), the
 * ordering provider and the result's interpreter (OBR-16, -32), and a document's author,
 * transcriptionist and authenticator (TXA-5, -9, -10, -11).
 */
const XCN_FIELDS: Readonly<Record<string, readonly number[]>> = {
  EVN: [5],
  PV1: [7, 8, 9, 17],
  PD1: [4],
  ORC: [10, 11, 12],
  OBR: [16, 32],
  TXA: [5, 9, 10, 11],
};

// A clinician's or a clerk's name in an HL7 v2 message, as the extended composite id writes it:
// the person's id, then FAMILY^GIVEN (`5512^OKONJO^ADAEZE^^^DR^MD`). Messages name the
// registration clerk, the doctors and the document's authors beside the patient's record; in a
// log or a pasted message they are as personal as the patient's name. (The patient, next of kin
// and insured are hl7-patient-name's, which reads PID-5, NK1-2 and IN1-16 from a segment's start.)
export default defineRule({
  id: 'hl7-staff-name',
  category: 'pii',
  description: "A doctor's, clerk's or author's name in an HL7 v2 message (EVN-5, PV1-7/8/9/17, PD1-4, ORC-10/11/12, OBR-16/32, TXA-5/9/10/11: id^FAMILY^GIVEN)",
  keywords: ['evn|', 'pv1|', 'pd1|', 'orc|', 'obr|', 'txa|'],
  pattern: /\^(?<=\|[^|^~\r\n]{0,20}\^)([A-Z\u00C0-\u017F][^|^~\r\n\d&\\]{0,40}\^[A-Z\u00C0-\u017F][^|^~\r\n\d&\\]{0,40})(?=[|^~\r\n])/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (PLACEHOLDER.test(s)) return false;
    // The id before the name starts its field (the name is the XCN's second component).
    const idStart = ctx.text.lastIndexOf('|', ctx.start);
    const id = ctx.text.slice(idStart + 1, ctx.start - 1);
    if (id.includes('^') || id.length === 0) return false;
    const at = hl7FieldAt(ctx.text, ctx.start, SEGMENTS);
    return at !== undefined && (XCN_FIELDS[at.segment]?.includes(at.field) ?? false);
  },
  redactAs: 'name',
  references: ['https://hl7-definition.caristix.com/v2/HL7v2.5.1/DataTypes/XCN', 'https://hl7-definition.caristix.com/v2/HL7v2.5.1/Segments/PV1'],
  examples: {
    positive: [
      'MSH|^~\\&|EPIC|RIVERBEND|PACS|RB|20240411060000||ADT^A04|88412|P|2.5.1\rEVN|A04|20240411060000|||2210^LINDQVIST^SANNA^^^^^^RB\r',
      'PV1|1|E|ED^ED03^01^RB||||5512^OKONJO^ADAEZE^^^DR^MD|6630^BRANDVOLD^TORE^^^DR^MD||MED||||7|||5512^OKONJO^ADAEZE^^^DR^MD|E|8056',
      'ORC|RE|1663^EPIC|Q24^LAB||CM||||20240411100500|3391^KVALSVIK^MAREN|||',
    ],
    negative: ['EVN|A04|20250314134540|||RSHREG01^REGISTRATION^KIOSK', 
      'PV1|1|I|3MS^301^A^RB||||9999^DOCTOR^TEST^^^DR^MD',
      'OBX|1|NM|6690-2^WBC^LN||11.8|10*3/uL|3.8-10.8|H|||F',
      'PV1|1|E|ED^ED03^01^RB||||||MED',
      'EVN|A04|20240411060000',
    ],
  },
});
