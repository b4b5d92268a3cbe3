import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** A provider number's practice location characters, in the order their values count (0 … 31). */
const LOCATION = '0123456789ABCDEFGHJKLMNPQRTUVWXY';
/** Its check characters, by the weighted sum's remainder mod 11. */
const CHECK = 'YXWTLKJHFBA';

/** Whether a Medicare provider number's last character is its check character. */
function providerChecks(s: string): boolean {
  const weights = [3, 5, 8, 4, 2, 1];
  let sum = LOCATION.indexOf(s.charAt(6)) * 6;
  for (let i = 0; i < 6; i++) sum += Number(s.charAt(i)) * (weights[i] as number);
  return CHECK.charAt(sum % 11) === s.charAt(7);
}

/** A valid number from a six-digit stem and a location character. */
function sample(stem: string, location: string): string {
  for (const c of CHECK) if (providerChecks(`${stem}${location}${c}`)) return `${stem}${location}${c}`;
  return stem;
}

/** What names a provider number: its label, an eRx prescriber's field, HL7's assigning authority, FHIR's identifier system. */
const PROVIDER_CONTEXT = /(?<![a-z])(?:provider(?:[ _-]?(?:no|num(?:ber)?|id))?|prescriber(?:[ _-]?(?:no|num(?:ber)?|id))?|prov[ _-]?no|aushicpr|medicare-provider-number)(?![a-z])/u;

/** Header cells of a column of provider numbers, as the keyword pass reads them. */
const PROVIDER_COLUMN_CELLS = ['provider_no', 'provider_number', 'providerno', 'provider number', 'prov_no', 'prescriber_no'];

// An Australian Medicare provider number: a practitioner's six-digit stem, a practice location
// character and a check character (the stem's digits weighted 3 5 8 4 2 1, the location's value
// times 6, mod 11). It names a doctor at a practice on every referral, request and prescription
// (HL7's `…^AUSHICPR`, FHIR's medicare-provider-number system, an eRx token's `prescriber_no`).
// One random string of the shape in eleven passes the check, so a label must be near.
export default defineRule({
  id: 'au-medicare-provider-number',
  category: 'pii',
  description: 'Australian Medicare provider number (6 digits, location and check characters), near a provider or prescriber label',
  keywords: ['provider', 'prescriber', 'aushicpr', 'prov_no', 'prov no', ...PROVIDER_COLUMN_CELLS],
  window: { before: 160, after: 160 },
  // A claims export's or a provider directory's column: its header cell is followed by its rows.
  columns: true,
  keywordWindows: Object.fromEntries(PROVIDER_COLUMN_CELLS.map((k) => [k, { before: 160, after: 4000 }])),
  pattern: /(?<![\w-])\d{6}[0-9A-HJ-NP-RT-Y][ABFHJKLTWXY](?![\w-])/gu,
  validate: (s, ctx) => providerChecks(s) && hasContext(ctx, PROVIDER_CONTEXT, { before: 120, after: 48 }),
  redactAs: 'health-id',
  references: ['https://www.servicesaustralia.gov.au/medicare-provider-number-for-health-professionals'],
  examples: {
    positive: [
      `{"prescriber": {"name": "A. Example", "prescriber_no": "${sample(fake('{d6}', 101353), '7')}"}}`,
      `PV1|1|O|CLINIC^CONSULT3||||${sample(fake('{d6}', 101354), 'B')}^EXAMPLE^ANNE^^^DR^^^AUSHICPR`,
      `"system": "http://ns.electronichealth.net.au/id/medicare-provider-number",\n"value": "${sample(fake('{d6}', 101355), 'H')}"`,
      // a claims export's column, the rows far below its header
      `ref,item,provider_no,paid\n${Array.from({ length: 12 }, (_, i) => `R-${i},Consultation level B with extended notes and a referral letter attached,${sample(fake('{d6}', 101503), 'A')},yes`).join('\n')}\n`,
    ],
    negative: [
      `"prescriber_no": "${sample(fake('{d6}', 101353), '7').slice(0, 7)}${CHECK.charAt((CHECK.indexOf(sample(fake('{d6}', 101353), '7').charAt(7)) + 1) % 11)}"`,
      `part ${sample(fake('{d6}', 101356), '2')} in stock`,
    ],
  },
});
