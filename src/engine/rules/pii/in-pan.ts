import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

const PAN_CONTEXT = /(?<![a-z])(?:pan(?![a-z])|pan ?(?:no|number|card)|permanent account|income ?tax)/u;

// Five letters, four digits, one letter. The fourth letter is the holder type
// (P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority, J juridical, G government).
// Only a person's (P) or a Hindu undivided family's (H) PAN is personal data: a company's, a firm's
// or a trust's names a business (its GSTIN carries it, and client lists and invoices print it). With
// a PAN label either counts; a bare token only when it is a person's PAN and stands as its own token,
// not inside an identifier.
export default defineRule({
  id: 'in-pan',
  category: 'pii',
  description: 'Indian Permanent Account Number (AAAPA1234A)',
  // Personal PANs appear as bare tokens; the pattern starts at an upper-case letter.
  keywords: [],
  pattern: /(?<![A-Za-z0-9])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/gu,
  nearDigits: true,
  validate: (s, ctx) => {
    if (/^(.)\1\1/u.test(s) || /^\D{5}(?:0000|1234)/u.test(s)) return false;
    if (s[3] !== 'P' && s[3] !== 'H') return false;
    if (hasContext(ctx, PAN_CONTEXT, { after: 16 })) return true;
    if (s[3] !== 'P') return false;
    const b = ctx.text[ctx.start - 1] ?? ' ';
    const a = ctx.text[ctx.end] ?? ' ';
    return !/[_./\\$-]/u.test(b) && !/[_/\\-]/u.test(a) && !/\.\w/u.test(ctx.text.slice(ctx.end, ctx.end + 2));
  },
  redactAs: 'pan',
  references: ['https://www.incometax.gov.in/iec/foportal/help/individual/return-applicable-1'],
  examples: {
    positive: [`PAN: ${fake('{A3}', 71)}H${fake('{A1}{d4}{A1}', 72)}`, `Please verify ${fake('{A3}', 73)}P${fake('{A1}{d4}{A1}', 74)} before filing`],
    negative: [
      `ref ${fake('{A3}', 73)}C${fake('{A1}{d4}{A1}', 74)}`,
      `PAN: ${fake('{A3}', 71)}D${fake('{A1}{d4}{A1}', 72)}`,
      'PAN: AAAPA1234A',
      // a client company's PAN (C) in a contacts export, and a firm's (F) on a salary register's letterhead
      `client_code,legal_name,pan\nNLG,"Nilgiri Agro Pvt Ltd",${fake('{A3}', 100801)}C${fake('{A1}{d4}{A1}', 100802)}`,
      `GSTIN: 27${fake('{A3}', 100803)}F${fake('{A1}{d4}{A1}', 100804)}1Z8, PAN: ${fake('{A3}', 100803)}F${fake('{A1}{d4}{A1}', 100804)}`,
      `const KEY_${fake('{A3}', 73)}P${fake('{A1}{d4}{A1}', 74)} = 1`,
    ],
  },
});
