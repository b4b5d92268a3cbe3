import { defineRule, fake } from '../defineRule';
import { hasSsnStructure } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber } from './_context';
import { hl7FieldAt, isTestPatientSegment } from './_hl7';

/** HL7 v2's SSN fields: the patient's (PID-19) and the guarantor's (GT1-12). */
const HL7_SSN_SEGMENTS = ['PID', 'GT1'] as const;
const HL7_SSN_FIELD: Readonly<Record<string, number>> = { PID: 19, GT1: 12 };

/** Labels that make an undashed nine-digit number a Social Security number. */
// (`REF*SY*` is an X12 claim's or enrolment's Social Security number segment.)
// (And an HL7 identifier whose type is SS, after the number: `269391434^^^SSA^SS`.)
const SSN_CONTEXT = /(?<![a-z])(?:ssn|ss#|ss no|soc(?:ial)?[ _.-]?sec(?:urity)?(?: ?(?:no|num|number|#))?|ref\*sy\*$)|^\^\^\^[a-z]{0,8}\^ss(?![a-z])/u;

/** Well-known numbers that are documentation values, not anyone's SSN. */
const SPECIMENS = new Set(['123456789', '078051120', '219099999', '457555462', '987654320']);

// Area (3) + group (2) + serial (4). Dashes make the shape unambiguous; spaces or no separator need
// an SSN label nearby. The separator is captured once and reused, so `123-45 6789` is not a match.
// ITINs (area 9xx) are a separate rule.
/** MISMO's borrower taxpayer identifier, typed as a Social Security number, right before its value. */
const MISMO_SSN_BEFORE = /<TaxpayerIdentifierType>SocialSecurityNumber<\/TaxpayerIdentifierType>\s{0,80}<TaxpayerIdentifierValue>$/u;

export default defineRule({
  id: 'us-ssn',
  category: 'pii',
  description: 'US Social Security number (AAA-GG-SSSS)',
  // Dashed SSNs appear without any label, so the rule runs on every text; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w-])\d{3}([- ]?)\d{2}\1\d{4}(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const sep = ctx.match[1];
    const d = s.replace(/\D/gu, '');
    if (!hasSsnStructure(d)) return false;
    // (Nor a filler: 123-45-…, 111-22-3333, each group one digit repeated.)
    if (SPECIMENS.has(d) || isTrivialNumber(d) || d.startsWith('12345') || /^(\d)\1\1(\d)\2(\d)\3\3\3$/u.test(d)) return false;
    if (inLongerNumber(ctx)) return false;
    // (A MISMO loan file's taxpayer identifier, typed as an SSN in the element before its value.)
    if (sep === '' && MISMO_SSN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start))) return true;
    // (An HL7 message's SSN field, unlabelled: PID-19, GT1-12; not a test patient's.)
    if (sep === '' && ctx.text.charCodeAt(ctx.start - 1) === 124) {
      const at = hl7FieldAt(ctx.text, ctx.start, HL7_SSN_SEGMENTS);
      if (at !== undefined && HL7_SSN_FIELD[at.segment] === at.field) return !isTestPatientSegment(ctx.text, at);
    }
    return sep === '-' || hasContext(ctx, SSN_CONTEXT, { after: 16 });
  },
  redactAs: 'ssn',
  references: ['https://www.ssa.gov/kc/SSAFactSheet--IssuingSSNs.pdf'],
  examples: {
    positive: [
      `Applicant SSN: 5${fake('{d2}-{d2}-{d4}', 11)}`,
      `{"ssn": "4${fake('{d8}', 12)}"}`,
      `NM1*IL*1*RIVERA*ANA****MI*W4471~\nREF*SY*5${fake('{d8}', 16)}~`,
      `PID|1||RB0468341^^^RIVERBEND^MR~5${fake('{d8}', 17)}^^^SSA^SS||SOLBERG^INGRID^L||19670308|F`,
      `employee,ssn\nJ. Doe,6${fake('{d2} {d2} {d4}', 14)}`,
      `id,date_of_birth,ssn,email\nE20410,1998-07-14,5${fake('{d2}-{d2}-{d4}', 15)},m.q@fahrwerk-mobility.com`,
      // a MISMO 3.4 loan file's borrower
      `<TAXPAYER_IDENTIFIER>\n  <TaxpayerIdentifierType>SocialSecurityNumber</TaxpayerIdentifierType>\n  <TaxpayerIdentifierValue>4${fake('{d8}', 101360)}</TaxpayerIdentifierValue>\n</TAXPAYER_IDENTIFIER>`,
      // an HL7 registration: the patient's SSN in PID-19, after the account number
      `PID|1||MR-7^^^EX^MR||EXAMPLE^ANA||19800101|F|||1 Main St^^Town^OH^43000|||||S||V1234|4${fake('{d8}', 101866)}`,
    ],
    negative: [
      // test fillers
      "    my $person4 = Person->new( name => 'Peggy', ssn => '123-45-9999' );",
      '            ssn : 111-22-3333',
      'SSN: 123-45-6789',
      'SSN: 078-05-1120',
      'ssn: 666-12-3456',
      'ref 512-00-1234 and 512-34-0000',
      `order number 4${fake('{d8}', 12)}`,
      'call 1-512-84-30711 now',
    ],
  },
});
