import { defineRule, fake } from '../defineRule';
import { calcGstinCheck, gstinChecksum } from './_checksums';

function sample(seed: number): string {
  const body = `29${fake('{A3}', seed)}P${fake('{A1}{d4}{A1}', seed + 1)}1Z`;
  return body + calcGstinCheck(body);
}

// An Indian GST identification number whose holder is a person: a sole proprietor's GSTIN is built
// on their own PAN (the fourth letter P), so it carries it. Fifteen characters: a state code
// (01-38, 97), the PAN, the entity number, `Z`, and a check character over the rest (base 36). A
// company's or a firm's GSTIN (C, F, … in the PAN's place) is public business data and is not
// reported.
export default defineRule({
  id: 'in-gstin',
  category: 'pii',
  description: "Indian GSTIN of a sole proprietor (built on the person's PAN), with its check character",
  keywords: [],
  pattern: /(?<![A-Za-z0-9])(?:0[1-9]|[12]\d|3[0-8]|97)[A-Z]{3}P[A-Z]\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Za-z0-9])/gu,
  nearDigits: true,
  validate: (s) => gstinChecksum(s) && !/^\d{2}([A-Z])\1\1/u.test(s),
  redactAs: 'id',
  references: ['https://tutorial.gst.gov.in/userguide/registration/index.htm'],
  examples: {
    positive: [`GSTIN: ${sample(81)}`, `SLR-KA-0048233,Anand M,${sample(83).slice(2, 12)},${sample(83)},PENDING`],
    negative: [`GSTIN: ${sample(81).slice(0, 14)}${sample(81).endsWith('0') ? '1' : '0'}`, '22AAAAA0000A1Z5', `GSTIN: 29${fake('{A3}', 85)}C${fake('{A1}{d4}{A1}', 86)}1Z5`],
  },
});
