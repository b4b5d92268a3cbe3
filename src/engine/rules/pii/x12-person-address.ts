import { defineRule } from '../defineRule';

// A person's street address in an ANSI X12 healthcare transaction: the N3 segment (address lines)
// right after an NM1 segment of entity type 1 (a subscriber, a patient, a dependant; 2 is an
// organisation, whose address is its own), as 837 claims and 834 enrolments write it:
// `NM1*IL*1*OYELARAN*BEATRIZ****MI*…~N3*4412 WESTHEIMER RD APT 3B~`. The first address line is
// the finding (the second, when there is one, is too).
export default defineRule({
  id: 'x12-person-address',
  category: 'pii',
  description: "Subscriber's or patient's street address in an X12 N3 segment after a person's NM1 segment",
  keywords: ['n3*'],
  window: { before: 200, after: 120 },
  // (The match starts at N3's separator and checks the NM1 segment before it in a lookbehind.)
  pattern: /\*(?<=NM1\*[0-9A-Z]{2}\*1\*[^~]{0,160}~[\r\n]{0,2}N3\*)([0-9A-Za-z\u00C0-\u017F][0-9A-Za-z\u00C0-\u017F' .#/,-]{2,54})(?=[*~\r\n])/gu,
  secretGroup: 1,
  validate: (s) => /\d/u.test(s) && /[A-Za-z]{2}/u.test(s),
  redactAs: 'address',
  references: ['https://x12.org/products/transaction-sets'],
  examples: {
    positive: ['NM1*IL*1*OYELARAN*BEATRIZ****MI*XQP204418863~\nN3*4412 WESTHEIMER RD APT 3B~\nN4*HOUSTON*TX*77027~', 'NM1*QC*1*OKONKWO*ADAEZE~N3*12 ELM ST~'],
    negative: ['NM1*85*2*RIVERBEND FAMILY PRACTICE*****XX*1902846613~\nN3*900 MAIN ST STE 200~', 'N3*PO BOX 4410~'],
  },
});
