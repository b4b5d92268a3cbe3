import { defineRule } from '../defineRule';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: citizenship (certificate) number, nagarikta, नागरिकता; a column `citizenship_no`. */
const CITIZENSHIP_CONTEXT = /(?<![\p{L}])(?:citizenship|citizen ?ship no\.?|nagarikta|नागरिकता)|ctzn/iu;

// A Nepali citizenship certificate number as district offices write it: four groups, the district's
// code, the office's, the year's two digits and a five-digit serial (`27-01-72-04513`). It has no
// check digit; a label must be near or head the column.
export default defineRule({
  id: 'np-citizenship-number',
  category: 'pii',
  description: 'Nepali citizenship certificate number (NN-NN-NN-NNNNN), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)\d-\d{2}-\d{2}-\d{5}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => Number(s.slice(0, 2)) >= 1 && Number(s.slice(0, 2)) <= 77 && !inLongerNumber(ctx) && hasContext(ctx, CITIZENSHIP_CONTEXT, { before: 48 }),
  redactAs: 'national-id',
  references: ['https://moha.gov.np/'],
  examples: {
    positive: [
      'Citizenship No.: 27-01-72-04513 (Kathmandu DAO)',
      'case_id,name,nationality,id_type,id_number\nAML-1,A. Example,NP,CITIZENSHIP,41-03-66-21870',
      '{"citizenship_no": "35-02-69-10442"}',
    ],
    negative: ['invoice 27-01-72-04513', 'Citizenship No.: 91-01-72-04513'],
  },
});
