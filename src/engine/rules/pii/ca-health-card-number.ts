import { defineRule, luhn } from '../defineRule';
import { hasContext, isOnPlaceholderPersonLine, isTrivialNumber } from './_context';

/**
 * Labels of a Canadian health card number: `hcn`, `health_number`, OHIP, RAMQ's NAM, a BC PHN or
 * MSP number, the carte soleil, and the FHIR naming systems of the provinces' health card numbers.
 */
const HEALTH_CARD_CONTEXT =
  /(?<![a-z])(?:hcn|ohip|ramq|nam|phn|msp|health[ _-]?(?:card|number|no|insurance|ins)|healthnumber|carte[ _-]?soleil|assurance[ _-]?maladie|personal health number|patient[ _-]hcn|healthcare[ _-]id)(?![a-z])/u;

/** Header cells of a health-number column, as the keyword pass reads them. */
const HEADER_CELLS = ['health number', 'health_number', 'healthnumber', 'nam,', 'nam;', 'nam\t', ',nam', ';nam'];

/** BC's Personal Health Number: 10 digits starting with 9, a mod-11 check digit over digits 2 to 9. */
function isBcPhn(d: string): boolean {
  if (!/^9\d{9}$/u.test(d)) return false;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i + 1]) * (weights[i] as number);
  const check = 11 - (sum % 11);
  return check < 10 && check === Number(d[9]);
}

/** Quebec's NAM: three letters of the surname, one of the given name, the birth date (month + 50 for women), two digits. */
function isRamqNam(s: string): boolean {
  const m = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})\d{2}$/u.exec(s);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return ((month >= 1 && month <= 12) || (month >= 51 && month <= 62)) && day >= 1 && day <= 31;
}

// A Canadian provincial health card number, near a label or in a health-number column: Ontario's
// (10 digits with a Luhn check digit, written 4-3-3, and a two-letter version code), British
// Columbia's PHN (10 digits from 9, mod-11 check digit) and Quebec's NAM (4 letters and 8 digits
// that spell the holder's name and birth date, written `ABCD 1234 5678`). A health card number
// opens a person's medical records: personal health information under PHIPA and its peers.
export default defineRule({
  id: 'ca-health-card-number',
  category: 'pii',
  description: 'Canadian health card number (Ontario OHIP with Luhn, BC PHN with mod-11, Quebec RAMQ NAM with its birth date) near a health-number label or column',
  // (Not `nam` or `health` alone: every `name` and every health check would open a window.)
  keywords: ['hcn', 'ohip', 'ramq', 'phn', 'msp', ...HEADER_CELLS, 'health card', 'health_card', 'healthcard', 'health no', 'health insurance', 'carte soleil', 'assurance maladie', 'nam:', 'nam ', 'nam=', '"nam"'],
  window: { before: 120, after: 80 },
  columns: true,
  // A health-number column's header is followed by its rows.
  keywordWindows: Object.fromEntries(['hcn', 'phn', ...HEADER_CELLS].map((k) => [k, { before: 120, after: 4000 }])),
  pattern: /(?<![\w-])(?:\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Z]{2})?|9\d{3} \d{3} \d{3}|[A-Z]{4}[ ]?\d{4}[ ]?\d{4})(?![\w-])/gu,
  validate: (s, ctx) => {
    const compact = s.replace(/[ -]/gu, '');
    const ok = /^[A-Z]/u.test(compact) ? isRamqNam(compact) : isBcPhn(compact.slice(0, 10)) || luhn(compact.slice(0, 10));
    return ok && !isTrivialNumber(compact.replace(/^[A-Z]+|[A-Z]+$/gu, '')) && hasContext(ctx, HEALTH_CARD_CONTEXT, { before: 120 }) && !isOnPlaceholderPersonLine(ctx);
  },
  redactAs: 'health-card',
  references: ['https://www.ontario.ca/page/what-you-need-know-about-your-health-card', 'https://www.ramq.gouv.qc.ca/en/citizens/health-insurance/health-insurance-card', 'https://www2.gov.bc.ca/gov/content/health/health-drug-coverage/msp/bc-residents/personal-health-identification'],
  examples: {
    positive: [
      'intake.validate province=ON hcn="3011 871 260 LX" result=version_code_mismatch',
      'intake.validate province=BC hcn="9860216308" result=not_found_in_registry',
      'intake.validate province=QC hcn="GAUC 6558 1017" result=ok',
      'ref,date,patient,dob,phn,phone\nWL1,2024-05-11,"Gill, H",1961-08-23,9342 105 451,(604) 591-4408',
      '{ "system": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", "value": "1513452464" }',
      "INSERT [dbo].[Patient] ([PatientId], [ClinicId], [GivenName], [Surname], [HealthNumberProvince], [HealthNumber]) VALUES (5520931, 2031, N'Jean', N'Roy', 'QC', 'BELJ77021113');",
    ],
    negative: [
      'intake.validate province=QC hcn="DOEJ 8001 0112" patient="John Doe" result=ok','intake.validate province=BC hcn="9860216307"', 'order 3011 871 260 shipped', 'hcn: 0000 000 000', 'NAM: GAUC 6513 1017', 'health check latency 1513452464 ns'],
  },
});
