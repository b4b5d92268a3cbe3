import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { luhn } from './_checksums';
import type { MatchContext } from '../../types';
import { columnHeader, hasContext, isTrivialNumber, tableHeaderRow } from './_context';

/** Labels of a National Provider Identifier, and the places health-care formats put one. */
const NPI_CONTEXT = /(?<![a-z])(?:npi|national provider(?: id(?:entifier)?)?)(?![a-z])|\*xx\*$|^\^[^|\r\n]{0,60}\^npi(?![a-z])/u;

/** A column of NPIs (`rendering_npi`, `NPI`, `provider npi`). */
const NPI_COLUMN = /(?:^|[^a-z])npi(?:[^a-z]|$)/u;

/** A column of organisations' NPIs: the billing or pay-to provider, a group, a facility. */
const ORGANISATION_COLUMN = /billing|group|org|facility|pay[ _-]?to|payee|practice|clinic|type[ _-]?2/u;

/** An X12 name segment up to the NPI, whose entity type (NM102) is 2: not a person (`NM1*85*2*…*XX*`). */
const X12_ORGANISATION = /NM1\*[0-9A-Z]{2,3}\*2\*[^~\n]{0,160}\*XX\*$/u;

/** Prose that says the NPI is an organisation's: `the group (type 2) NPI 1…`. */
const ORGANISATION_BEFORE = /(?:type[ -]?2|organi[sz]ation(?:al)?|group|billing)\)?[ \t]+npi\b[^\n]{0,24}$/iu;

/** An organisation's name in the next cell or words: a provider directory's row, `1…, MIAMI VALLEY CARDIOLOGY ASSOCIATES`. */
const ORGANISATION_NAME_NEXT = /^["']?[ \t]{0,2}(?:[,;\t|][ \t]{0,2}["']?2["']?[ \t]{0,2})?[,;\t|][ \t]{0,2}["']?[^,;\t|\n]{0,60}?(?<![\p{L}])(?:P?LLC|L\.L\.C\.|INC|P\.?C|P\.?A|GROUP|CENTER|CENTRE|ASSOCIATES|CLINIC|CL[IÍ]NICA|HOSPITAL|PARTNERS|HEALTH|MEDICAL|THERAPY|IMAGING|PHARMACY|LABS?|LABORATORY|PRACTICE)(?![\p{L}])/iu;

/**
 * The key a value is written under (`"PayeeNpi": "…`, `rendering_npi=`), in the 60 characters before it.
 * An NPI's own key decides: one that names an NPI (or a person's role) keeps the value, one that names
 * something else (`"Trn": "…"`, an ERA's trace number beside its payee's NPI) does not.
 */
const OWN_KEY = native(/(?:"([A-Za-z_][\w.-]{0,40})"|(?<![\w.-])([A-Za-z_][\w.-]{0,40}))[ \t]{0,2}[:=][ \t]{0,2}"?$/u);
/** Keys that may hold an NPI without naming it: a FHIR identifier's value, a provider's id. */
const NEUTRAL_KEY = native(/^(?:value|id|identifier|code|number|nr|no|provider|prescriber|physician|doctor|clinician|practitioner|rendering|attending|referring|operating|ordering|supervising)(?:[_-]?(?:id|number|no))?$/iu);

/** A provider table's entity type column (NPPES's `Entity Type Code`: 1 a person, 2 an organisation). */
const ENTITY_TYPE_CELL = native(/^["']?entity[ _-]?type(?:[ _-]?code)?["']?$/iu);
const ENTITY_TYPE_HEADER = native(/entity[ _-]?type/iu);

/** True when the match's row in a provider table says its entity type is 2 (an organisation). */
function isOrganisationRow(ctx: MatchContext): boolean {
  const header = tableHeaderRow(ctx);
  if (header === undefined || !ENTITY_TYPE_HEADER.test(header)) return false;
  const { text } = ctx;
  const rowStart = text.lastIndexOf('\n', ctx.start - 1) + 1;
  const rowEnd = text.indexOf('\n', ctx.end);
  const row = text.slice(rowStart, rowEnd === -1 ? text.length : rowEnd);
  for (const d of [',', ';', '\t', '|']) {
    const names = header.split(d);
    const at = names.findIndex((n) => ENTITY_TYPE_CELL.test(n.trim()));
    if (at === -1) continue;
    const cell = row.split(d)[at];
    return cell !== undefined && cell.trim().replace(/^["']|["']$/gu, '') === '2';
  }
  return false;
}

/** CMS's published example NPI (the check-digit worked example), which is no one's. */
const SPECIMENS = new Set(['1234567893']);

// A US National Provider Identifier: ten digits starting with 1 or 2, the last a Luhn check digit
// over the number prefixed with 80840 (the ISO card-issuer prefix CMS uses). A doctor's NPI names
// the doctor in the public NPPES registry, and claims, HL7 messages and payer files carry it next to
// patients' data. One number in ten passes the check, so a label must be near: NPI, X12's `XX*`
// qualifier (`NM1*82*1*…*XX*1234567893~`), HL7's `^NPI` type after the name
// (`1234567893^WHITCOMB^ALAN^^^DR^^^NPI`), or a table column named for NPIs.
// Decision: an organisation's NPI (a Type 2: a clinic, a group, a billing provider) is no person's
// data. The number does not say which type it is (NPIs are "intelligence-free"), so the place does:
// X12's entity type 2 (`NM1*85*2*`), a billing, group or facility column, prose that says so.
export default defineRule({
  id: 'us-npi',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as customer-id and employee-id are. The twelve held-out
  // corpora of the fifty-first and fifty-second sessions labelled none of its findings (0 true of
  // 6): a provider's NPI is public (NPPES publishes every one), a directory's number, not a secret.
  // A team that counts it switches it on with a level.
  optIn: true,
  description: 'US National Provider Identifier (NPI, Luhn with the 80840 prefix), near a label',
  keywords: ['npi', 'national provider', '*xx*', 'npi,', 'npi;', 'npi\t', 'npi|', 'npi"'],
  window: { before: 64, after: 400 },
  columns: true,
  // A header cell's column runs down a whole table.
  keywordWindows: { 'npi,': { before: 64, after: 65_536 }, 'npi;': { before: 64, after: 65_536 }, 'npi\t': { before: 64, after: 65_536 }, 'npi|': { before: 64, after: 65_536 }, 'npi"': { before: 64, after: 65_536 } },
  pattern: /(?<![\w.-])[12]\d{9}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    if (!luhn(`80840${s}`) || SPECIMENS.has(s) || isTrivialNumber(s)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start);
    if (X12_ORGANISATION.test(before) || ORGANISATION_BEFORE.test(before.slice(-60))) return false;
    if (native(ORGANISATION_NAME_NEXT).test(ctx.text.slice(ctx.end, ctx.end + 100))) return false;
    const key = OWN_KEY.exec(before.slice(-60));
    const keyName = key === null ? undefined : (key[1] ?? key[2] ?? '');
    if (keyName !== undefined && !NEUTRAL_KEY.test(keyName)) {
      if (!/npi/iu.test(keyName) || ORGANISATION_COLUMN.test(keyName.toLowerCase())) return false;
      return !isOrganisationRow(ctx);
    }
    if (isOrganisationRow(ctx)) return false;
    const header = columnHeader(ctx);
    if (header !== undefined && NPI_COLUMN.test(header)) return !ORGANISATION_COLUMN.test(header);
    return hasContext(ctx, NPI_CONTEXT, { before: 48, after: 48 });
  },
  redactAs: 'npi',
  references: ['https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf', 'https://npiregistry.cms.hhs.gov/'],
  examples: {
    positive: [
      'Billing provider: Dr. Marta Lindgren, NPI 1750391827',
      'NM1*82*1*SUBRAMANIAN*RAVI****XX*1493702850~',
      'PV1|1|O|RBFM^EXAM3^01||||2086147339^WHITCOMB^ALAN^^^DR^^^NPI|||||',
      'provider_name,provider_npi,specialty\n"Lindgren, Marta",1316275902,Pediatrics',
      'claim_id,dos,billing_npi,rendering_npi,cpt\n2224050049083,2024-02-11,1316275902,1750391827,93880',
      'npi,entity_type,provider_name,specialty\n1750391827,1,"Lindgren, Marta",Pediatrics',
      '{"claim": "C-1042", "renderingNpi": "1750391827"}',
    ],
    negative: [
      'NPI: 1234567893',
      'NPI: 1750391828',
      'order 1750391827 shipped',
      'Call us on 2086147339 for a quote',
      'NM1*85*2*LAKEFRONT FAMILY MEDICINE LLC*****XX*1750391827~',
      'claim_id,dos,billing_npi,cpt\n2224050049083,2024-02-11,1750391827,93880',
      'PLB01 is the payee id, usually the group (type 2) NPI e.g. 1750391827 for the clinic',
      'entity_type,npi,provider_name,taxonomy\n2,1750391827,LAKEFRONT FAMILY MEDICINE LLC,261QP2300X',
      // an organisation's row in a provider directory (entity type 2), whatever its name says
      'npi,entity_type,provider_name,specialty\n1750391827,2,"Lakefront Pediatrics PLLC",Clinic',
      'npi,provider_name,entity_type\n1750391827,Lakefront Family Care,2',
      // a remittance's trace number beside its payee's NPI, and the payee's NPI itself
      '{"msg": "Split ERA for payee", "Trn": "1750391827", "PayeeNpi": "1316275902"}',
    ],
  },
});
