import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { hl7FieldAt, isTestPatientSegment } from './_hl7';

// A patient's, a next of kin's, an insured's or a guarantor's street address in an HL7 v2 message: the street of
// the extended address (XAD) in PID-11 (the patient's), NK1-4 (the next of kin's), IN1-19 (the
// insured's) and GT1-5 (the guarantor's, who pays the bill), before its `^`:
// `PID|1||…||BRENNAN^LATOYA^L||19670308|F||…|5195 FREEPORT BLVD^^SEATTLE^WA^98103^USA^H|`. A UK
// postcode in the address's fifth component (`14 ASHGROVE LANE^^LEEDS^^LS7 3AP^GBR`) is reported too
// (as uk-postcode-column reports one in a person's row).
// Segments start a line (HL7 ends them with a carriage return). The street needs a number and
// letters, before it or, as Latin America and Europe write it, after it (`PASAJE GOULD 1847`,
// `CRA 43A # 38 SUR-55`): a PO box or a bare city is no home.
const SEGMENTS = ['PID', 'IN1', 'NK1', 'GT1'];

/** A post-office box, not a street: `PO BOX 1`, `Casilla 45`. */
const PO_BOX = /^\d{1,6} (?:P\.? ?O\.? )?BOX\b|^(?:P\.? ?O\.? )?BOX\b|^(?:casilla|apartado)\b/iu;

export default defineRule({
  id: 'hl7-patient-address',
  category: 'pii',
  description: "Patient's, next of kin's, insured's or guarantor's street address in an HL7 v2 message (PID-11, NK1-4, IN1-19, GT1-5)",
  keywords: ['pid|', 'in1|', 'nk1|', 'gt1|'],
  pattern: /(?:^|[\r\n]|\\[rn])(?:PID\|(?:[^|\r\n]*\|){10}|IN1\|(?:[^|\r\n]*\|){18}|NK1\|(?:[^|\r\n]*\|){3}|GT1\|(?:[^|\r\n]*\|){4})(\d{1,6}[A-Z]? [0-9A-Za-z\u00C0-\u017F][0-9A-Za-z\u00C0-\u017F' .#/,-]{2,58}|[A-Za-z\u00C0-\u017F][A-Za-z\u00C0-\u017F' .]{2,40} \d{1,6}[A-Za-z]?(?:[ ,][0-9A-Za-z\u00C0-\u017F' .#/,-]{0,30})?)(?=\^)|([A-Z](?<=(?:^|[\r\n]|\\[rn])(?:PID\|(?:[^|\r\n]*\|){10}|IN1\|(?:[^|\r\n]*\|){18}|NK1\|(?:[^|\r\n]*\|){3}|GT1\|(?:[^|\r\n]*\|){4})[^|^\r\n]{3,60}(?:\^[^|^\r\n]{0,40}){3}\^[A-Z])[A-Z]?\d[A-Z\d]? \d[A-Z]{2})(?=[\^|])/gmu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (native(PO_BOX).test(s) || !/[A-Za-z]{2}/u.test(s)) return false;
    // Not a test or placeholder patient's (`TEST^PATIENT`, `ZZTEST`): the pattern found the segment.
    const at = hl7FieldAt(ctx.text, ctx.start, SEGMENTS);
    return at === undefined || !isTestPatientSegment(ctx.text, at);
  },
  redactAs: 'address',
  references: ['https://hl7-definition.caristix.com/v2/HL7v2.5.1/Segments/PID', 'https://hl7-definition.caristix.com/v2/HL7v2.5.1/Segments/IN1'],
  examples: {
    positive: [
      'PID|1||RB0468341^^^RIVERBEND^MR||SOLBERG^INGRID^L||19670308|F||2106-3^White^CDCREC|5195 FREEPORT BLVD^^SEATTLE^WA^98103^USA^H||(206)555-0115^PRN^PH',
      'IN1|1|PPO01|84980|ACME HEALTH PLAN|PO BOX 660044^^DALLAS^TX^75266||||GRP00417|||||||SOLBERG^INGRID|SEL|19670308|2442 PIEDMONT AVE NE^^BALTIMORE^MD^21218',
      'PID|1||991274^^^HCE_ROSARIO^MR||PAEZ LENCINAS^ROMINA SOLEDAD^^^^^L||19880719|F|||PASAJE GOULD 1847^^ROSARIO^S^S2000^ARG||',
      'NK1|1|EXAMPLE^DENIS^^^MR|SPO^Spouse^HL70063|27 Hawthorn Grove^^Ballincollig^Co. Cork^^IRL|',
      // a UK pathology result's patient: the street and the postcode
      'PID|1||4000000000^^^NHS^NH||BRAMBLEWICK^IMOGEN||19610422|F|||14 ASHGROVE LANE^^LEEDS^^LS7 3AP^GBR||',
      // the guarantor's (GT1-5)
      'GT1|1||HALVORSEN^DEREK^T||4812 PIEDMONT AVE NE^^AUSTIN^TX^78701|^PRN^PH^^1^512^5550143||19670308|M|SEL',
    ],
    negative: [
      'PID|1||TEST0001^^^RIVERBEND^MR||TESTPATIENT^ZZTEST||19000101|U|||1 TEST ST^^NOWHERE^TX^00000^USA',
      'IN1|1|PPO01|84980|ACME HEALTH PLAN|PO BOX 660044^^DALLAS^TX^75266',
      'PID|1||RB0468341^^^RIVERBEND^MR||SOLBERG^INGRID^L||19670308|F||2106-3^White^CDCREC|PO BOX 12^^SEATTLE^WA^98103',
    ],
  },
});
