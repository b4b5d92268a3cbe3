import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** A DEA number's label, in prose, a form or a column header (`DEA #`, `dea_number`, `DEA Reg. No.`). */
const DEA_LABEL = /(?<![a-z])dea(?![a-z])/u;

/**
 * The check digit of a DEA registration number: the sum of the first, third and fifth digits, plus
 * twice the sum of the second, fourth and sixth, ends in the seventh digit.
 */
function hasDeaCheckDigit(digits: string): boolean {
  const d = [...digits].map(Number);
  const total = (d[0] as number) + (d[2] as number) + (d[4] as number) + 2 * ((d[1] as number) + (d[3] as number) + (d[5] as number));
  return total % 10 === d[6];
}

// A US Drug Enforcement Administration registration number: two letters and seven digits, the last
// a check digit. The first letter is the registrant's type, the second the initial of the
// registrant's surname (or `9` for some). Prescriptions, pharmacy and veterinary records carry a
// prescriber's number beside the patient's data, and it names the prescriber in the DEA's registry.
// Decision: only the types a practitioner holds count as a person's (A, B, C, D, E, F, G, H, J for
// practitioners and hospitals, M for mid-level practitioners, X for the buprenorphine waiver); a
// distributor's, manufacturer's or importer's (P, R, K, L, S, T, U…) is a business's. One number
// in ten passes the check, so a DEA label must be near: before the number or over its column.
export default defineRule({
  id: 'us-dea-number',
  category: 'pii',
  description: "US DEA registration number of a prescriber (check digit), near a DEA label",
  keywords: ['dea'],
  window: { before: 64, after: 400 },
  columns: true,
  // A header cell's column runs down a whole table.
  keywordWindows: { dea: { before: 64, after: 65_536 } },
  pattern: /(?<![\w-])[A-HJMX][A-Z9]\d{7}(?![\w-])/gu,
  validate: (s, ctx) => {
    const digits = s.slice(2);
    if (!hasDeaCheckDigit(digits) || isTrivialNumber(digits.slice(0, 6))) return false;
    return hasContext(ctx, DEA_LABEL, { before: 40 });
  },
  redactAs: 'dea-number',
  references: ['https://www.deadiversion.usdoj.gov/drugreg/index.html', 'https://www.ncbi.nlm.nih.gov/books/NBK557596/'],
  examples: {
    positive: [
      'Prescriber: Dr. Helen Okafor, DVM — DEA # AS3615424',
      'vet_name,license_no,dea_number\n"Okafor, Helen",TX-VET-11823,FM7402186',
      '{"prescriber": {"npi": null, "deaNumber": "MJ5928378"}}',
      'DEA Reg. No.: BO4170356 (exp. 2027-03-31)',
    ],
    negative: [
      // the check digit fails
      'DEA # AS3615425',
      // a distributor's registration (type P): a business's, not a person's
      'Supplier DEA: PR4821573',
      // no DEA label near
      'order AS3615424 shipped',
      'vet_name,license_no\n"Okafor, Helen",FM7402186',
    ],
  },
});
