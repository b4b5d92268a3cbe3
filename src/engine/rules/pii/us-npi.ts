import { defineRule } from '../defineRule';
import { luhn } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a National Provider Identifier, and the places health-care formats put one. */
const NPI_CONTEXT = /(?<![a-z])(?:npi|national provider(?: id(?:entifier)?)?)(?![a-z])|\*xx\*$|^\^[^|\r\n]{0,60}\^npi(?![a-z])/u;

/** CMS's published example NPI (the check-digit worked example), which is no one's. */
const SPECIMENS = new Set(['1234567893']);

// A US National Provider Identifier: ten digits starting with 1 (a person) or 2 (an organisation),
// the last a Luhn check digit over the number prefixed with 80840 (the ISO card-issuer prefix CMS
// uses). A doctor's NPI names the doctor in the public NPPES registry, and claims, HL7 messages and
// payer files carry it next to patients' data. One number in ten passes the check, so a label must
// be near: NPI, X12's `XX*` qualifier (`NM1*82*1*…*XX*1234567893~`) or HL7's `^NPI` type after the
// name (`1234567893^WHITCOMB^ALAN^^^DR^^^NPI`).
export default defineRule({
  id: 'us-npi',
  category: 'pii',
  description: 'US National Provider Identifier (NPI, Luhn with the 80840 prefix), near a label',
  keywords: ['npi', 'national provider', '*xx*'],
  window: { before: 64, after: 400 },
  pattern: /(?<![\w.-])[12]\d{9}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => luhn(`80840${s}`) && !SPECIMENS.has(s) && !isTrivialNumber(s) && hasContext(ctx, NPI_CONTEXT, { before: 48, after: 48 }),
  redactAs: 'npi',
  references: ['https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf', 'https://npiregistry.cms.hhs.gov/'],
  examples: {
    positive: [
      'Billing provider: Dr. Marta Lindgren, NPI 1750391827',
      'NM1*82*1*SUBRAMANIAN*RAVI****XX*1493702850~',
      'PV1|1|O|RBFM^EXAM3^01||||2086147339^WHITCOMB^ALAN^^^DR^^^NPI|||||',
      'provider_name,provider_npi,specialty\n"Lindgren, Marta",1316275902,Pediatrics',
    ],
    negative: [
      'NPI: 1234567893',
      'NPI: 1750391828',
      'order 1750391827 shipped',
      'Call us on 2086147339 for a quote',
    ],
  },
});
