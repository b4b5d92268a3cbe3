import { defineRule } from '../defineRule';
import { hl7FieldAt, isTestPatientSegment } from './_hl7';

const PID = ['PID'];

/** HL7 v2 identifier types that name a person: medical record, member, Medicare, Medicaid, social security, patient, health card, national, jurisdictional health number, subscriber. */
const PERSON_ID_TYPES = 'MR|MRN|MB|MC|MA|SS|PI|PT|PN|HC|NI|NH|JHN|SB|SN|DL|PPN';

// A patient's identifiers as health-care interchange formats carry them, by the type code the
// format puts beside each one (no label word needed):
//  1. an HL7 v2 PID segment's CX identifiers (`PID|1||KMC00771245^^^KMC^MR~1EG4TE5MK73^^^CMS^MC||…`),
//     ID^check digit^scheme^assigning authority^type, repeated with `~`;
//  2. an X12 837/835/270 subscriber or patient name segment's member id (`NM1*IL*1*…*MI*<id>~`), and
//     the subscriber's supplemental ids (`REF*SY*<ssn>~`, `REF*1W*<member id>~`);
//  3. an X12 837 claim's patient control number (`CLM*<account>*<amount>*…~`), the provider's
//     account number for the patient, which the payer echoes back in the 835 (CLP01);
//  4. an HL7 IN1 segment's policy number (IN1-36).
// Organisations' identifiers (`NM1*85*2*…*XX*`) are NPIs, us-npi's. An MR id of digits alone is
// medical-record-number's too (the overlap keeps one finding); this rule adds the other types and
// ids with letters (`KMC00771245`, `NS-0093341`).
export default defineRule({
  id: 'hl7-x12-patient-id',
  category: 'pii',
  description: "Patient's medical record, member, Medicare or other id in an HL7 PID segment (by its CX type code) or IN1-36, or an X12 subscriber segment (NM1*IL …*MI*, REF*SY/1W) or claim (CLM01)",
  keywords: ['pid|', 'nm1*il*', 'nm1*qc*', 'ref*sy*', 'ref*1w*', 'clm*', 'in1|'],
  window: { before: 16, after: 600 },
  pattern: new RegExp(
    [
      // 1. (only in the windows after `PID|`)
      `(?<=[|~])([A-Za-z0-9][A-Za-z0-9-]{3,24})\\^[^^|~\\r\\n]{0,8}\\^[^^|~\\r\\n]{0,16}\\^[^^|~\\r\\n]{0,40}\\^(?:${PERSON_ID_TYPES})(?=[|~^&\\\\\\r\\n]|$)`,
      // 2.
      `NM1\\*(?:IL|QC)\\*1\\*[^~\\r\\n]{0,160}?\\*MI\\*([A-Za-z0-9-]{4,30})(?=~|\\r?\\n|$)`,
      `REF\\*(?:SY|1W)\\*([A-Za-z0-9-]{4,30})(?=~|\\*|\\r?\\n|$)`,
      // 3. an X12 837 claim's patient control number (CLM01, the provider's account number for the patient)
      `(?<![A-Z0-9])CLM\\*([A-Za-z0-9-]{4,38})(?=\\*\\d)`,
      // 4. an HL7 insurance segment's policy number (IN1-36), the insured's number with the plan
      `(?:^|[\\r\\n]|\\\\[rn])IN1\\|(?:[^|\\r\\n]*\\|){35}([A-Za-z0-9-]{4,30})(?=[|\\r\\n^]|$)`,
    ].join('|'),
    'gu',
  ),
  secretGroup: [1, 2, 3, 4, 5],
  validate: (s, ctx) => {
    // (A run of zeros pads a made-up one: BHP00000000001.)
    if (/^(?:0+|9+|1234\d*|TEST\w*|X+)$/iu.test(s) || /0{6}/u.test(s) || !/\d/u.test(s)) return false;
    if (ctx.match[1] === undefined) return true;
    // Inside a PID segment: `PID|` starts its line (or its message's segment, after a `\r` or an
    // escaped `\r` in JSON).
    // Not a test or placeholder patient's (`DOE^JOHN`, the standard's `EVERYWOMAN^EVE`).
    const at = hl7FieldAt(ctx.text, ctx.start, PID);
    return at !== undefined && !isTestPatientSegment(ctx.text, at);
  },
  redactAs: 'id',
  references: ['https://hl7-definition.caristix.com/v2/HL7v2.5/Tables/0203', 'https://x12.org/codes/reference-identification-qualifier'],
  examples: {
    positive: [
      'PID|1||KMC00771245^^^KMC^MR~2T92CV1MC63^^^CMS^MC||OCONNELL^MARGARET^E^^^^L||19440130|F',
      'NM1*IL*1*GRUENWALD*MARTHA*L****MI*BHP83505906301~',
      'SBR*P*18*GRP-0044817******CI~\nNM1*IL*1*MOROZOVA*SVETLANA****MI*W281736455~\nREF*SY*534592667~',
      '"message": "MSH|^~\\\\&|ADT1|GOOD HEALTH HOSPITAL|||202403120602||ADT^A04|MSG00001|P|2.5\\rPID|1||NS-0093341^^^NSCHC^MR||NGUYEN^ANH"',
      '2024-08-19 01:45:30.492 [DBG] RAW PID: PID|1||QW009214^^^NORTH^MR||HALVORSEN^TRUDE^^^MRS||19510817|F',
      'HL*3*2*22*0~\nSBR*P*18*******CI~\nNM1*IL*1*EXAMPLE*RUTH****MI*W281736455~\nCLM*PA20418833*245.00***11:B:1*Y*A*Y*Y~',
      'IN1|1|PPO01|84980|ACME HEALTH PLAN|PO BOX 1^^DALLAS^TX^75266||||GRP00417|||||||SOLBERG^INGRID|SEL|19670308||||||||||||||||||ACM553019472',
    ],
    negative: [
      'NM1*85*2*LAKEFRONT FAMILY MEDICINE LLC*****XX*1750391827~',
      'OBX|1|NM|2345-7^GLUCOSE^LN||182|mg/dL|70-105|H|||F',
      'PID|1||TEST0000^^^KMC^MR||TESTPATIENT^ONE',
      ' * PID|||PAT58211^^^MYEHR^MR||EVERYWOMAN^EVE^E^^^^L|JONES|19620320|F',
      'parse("PID|1||4SO7TE2MK81^^^CMS^MC||DOE^JOHN||19500101|M");',
      'IN1|1|BCBS-PPO|60054^^^^NIIP|BLUE CROSS',
      '///   NM1*QC*1*TESTER*PAT****MI*BHP00000000001~',
    ],
  },
});
