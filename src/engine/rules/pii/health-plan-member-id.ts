import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLabelled, isTrivialNumber, isZeroPadded, labelRegex } from './_context';

/** Labels of a health plan's member or subscriber number (HIPAA's "health plan beneficiary number"). */
const MEMBER_LABEL = labelRegex([
  'member id', 'member no', 'member nr', 'member number', 'member #', 'member', 'subscriber id', 'subscriber no', 'subscriber number',
  // a state Medicaid programme's recipient number (a school district's SHARS claims, a clinic's eligibility check)
  'medicaid id', 'medicaid no', 'medicaid number', 'medicaid #', 'medicaid recipient id',
  'beneficiary id', 'beneficiary number', 'insured id', 'insurance id', 'insurance number', 'health plan id', 'plan member id',
  'scheme member no', 'scheme member number', 'scheme no', 'scheme number', 'medical aid no', 'medical aid number', 'membership no', 'membership number',
  'versichertennummer', 'versicherten-nr', 'numéro d\'adhérent', 'número de afiliado', 'numero di tessera', 'mi número es',
  // Spanish-speaking members of US plans: número de miembro, ID de miembro
  'número de miembro', 'numero de miembro', 'id de miembro', 'número de membresía', 'numero de membresia',
]);

/** Words of a loyalty programme or a club. */
const LOYALTY_WORD = native(/(?<![\p{L}])(?:loyalty|rewards?|points|tier|club|frequent[ -]flyer|miles|cashback|punti|punkte|puntos|pontos|fidélité|fidelite|fidelidad|fidelidade|treue)(?![\p{L}])/iu);

/** Words of health care and insurance. */
const HEALTH_WORD = native(/(?<![\p{L}])(?:health|healthcare|medical|medicaid|medicare|insur\w*|insured|claims?|patient|plan|hmo|ppo|dental|pharmacy|copay|deductible|subscriber|beneficiary|scheme|versicher\w*|krankenkasse|mutuelle|afiliado|sanit\w*|medical aid)(?![\p{L}])/iu);

/** A header row that names the member id as its first cell (`member_id,name,…`): a shop's or a service's export of its members. */
const MEMBER_ID_COLUMN_ONLY = native(/(?:^|\n)["']?member[ _]?(?:id|no|number)["']?[,;\t]/iu);

// A health insurer's member (subscriber, beneficiary) number: a direct identifier of a person, like
// a medical record number. Letters then digits, as plans write them (ABC123456789, XY-1234567,
// W123456789), after a member label on its line or under a member-id column, or in an API path
// (`/members/ABC123456789/claims`).
export default defineRule({
  id: 'health-plan-member-id',
  category: 'pii',
  description: "Health plan member or subscriber number next to its label (Member ID, subscriberId, /members/…)",
  // Not `member` alone: code is full of members. A column header's keywords reach the rows below.
  keywords: [
    'member_id', 'memberid', 'member ', 'member:', 'member=', 'member"', 'member\t', '/members/',
    'subscriber', 'beneficiary', 'scheme', 'medicaid', 'de miembro', 'membresia', 'medical aid', 'membership', 'insured id', 'insurance id', 'insurance number', 'versicherten', 'adh', 'afiliado', 'tessera', 'mi n',
  ],
  window: { before: 64, after: 240 },
  columns: true,
  keywordWindows: Object.fromEntries(['member_id', 'memberid', 'subscriber', 'scheme', 'medicaid'].map((k) => [k, { before: 64, after: 4000 }])),
  // (Or digits alone, nine to twelve of them, as UnitedHealthcare's and the Medicaid programmes' numbers are written.)
  pattern: /\/members\/([A-Z]{1,4}-?\d{6,12})(?=[/?#\s"]|$)|(?<![\w.#/-])([A-Z]{1,4}-?\d{6,12})(?![\w/-])(?!\.\d)|(?<![\w.#/-])(\d{9,12})(?![\w/-])(?!\.\d)/gu,
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    // (A fixture's zero-padded member, `ASH000000001`, is nobody's.)
    if (isTrivialNumber(digits) || /^(.)\1+$/u.test(digits) || isZeroPadded(s)) return false;
    if (ctx.match[1] !== undefined) return true;
    if (!isLabelled(ctx, MEMBER_LABEL, { before: 40, lines: 1 })) return false;
    // A loyalty programme's or a club's member number (a shop's own record number), not an
    // insurer's: the export or the record speaks of tiers and points, and not of health or claims;
    // or a shop's member export under a bare `member_id` column, which speaks of neither.
    const around = `${ctx.text.slice(0, 2000)}\n${ctx.text.slice(Math.max(2000, ctx.start - 2000), ctx.end + 300)}`;
    if (HEALTH_WORD.test(around)) return true;
    // (Digits alone are a health plan's only where the text speaks of health or claims.)
    if (ctx.match[3] !== undefined) return false;
    return !LOYALTY_WORD.test(around) && !MEMBER_ID_COLUMN_ONLY.test(ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start));
  },
  redactAs: 'member-id',
  references: ['https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html'],
  examples: {
    positive: [
      `[16:38:27] Member: Oliver Taylor, 14 November 1947, member no HA${fake('{d8}', 811)}`,
      `"subject": {"member_id": "HU${fake('{d8}', 812)}"}`,
      // a Spanish-speaking caller gives the plan's member number
      `AGENTE: ¿Y su número de miembro?\nCLIENTE: Es KPH${fake('{d9}', 101707)}.`,
      `"subscriberId": "HLH${fake('{d9}', 813)}",`,
      `185.201.77.19 - - [23/Jun/2024:07:40:03 +0000] "GET /api/v2/members/HLH${fake('{d9}', 814)}/claims?page=1 HTTP/2.0" 401 78697`,
      `claim_id,line,member_id,patient\nHLC-2731-555076,1,HLH${fake('{d9}', 815)},"WRIGHT, TYLER"`,
      `Caller: principal member, scheme no SB${fake('{d8}', 819)}`,
      `claim_no,scheme_member_no,dep_code\nCLM-2024-05-216608,SB${fake('{d8}', 820)},00`,
      // a claims export's member column of digits alone, and a patient's mail
      `claim_id,patient_name,member_id,payer\nCLM-1,A. Example,${fake('{d9}', 101863)},UNITEDHEALTHCARE\n`,
      `Insurance: Kestrel Health member ${fake('{d12}', 101864)}, claim for my visit`,
      // a school district's Medicaid (SHARS) claims: the student's Medicaid number under its column
      `Claim_Line,Student_Name,DOB,Medicaid_ID,Campus,Procedure\n000001,"EXAMPLE, ANA",11/23/2018,${fake('{d9}', 102073)},Kestrel Elementary,96130\n`,
    ],
    negative: [
      // a club's member numbers of digits alone, with no word of health
      `member_id,name,tier\n${fake('{d9}', 101865)},A. Example,gold\n`,
      // a shop's export of its members, first column their member number
      `member_id,name_en,opt_in\nHK${fake('{d6}', 101698)},A. Example,N\n`,
      '  "memberId": "ASH000000001",\n  "plan": "HMO-SILVER"',
      '    "memberId": "ASH000000001",',
      `claim ${'CLM'}${fake('{d12}', 816)}`,
      'Member ID: HLH000000000',
      `Group number: GRP${fake('{d6}', 817)}`,
      `order HA${fake('{d8}', 818)}`,
      // a shop's loyalty programme's member numbers
      `"Member No","Name","Tier","Points"\n"LM${fake('{d7}', 100990)}","Ada Byrne","Silver","1723"`,
    ],
  },
});
