import { defineRule, fake } from '../defineRule';
import { weightedSum } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of a Thai citizen id: the card's Thai name (เลขประจำตัวประชาชน, บัตรประชาชน) and English ones. */
/** A time field's key right before the number. */
const TIME_KEY_BEFORE = /(?:time|ts|timestamp|date|_at|At|epoch|ms|millis)["']?[ \t]*[:=][ \t]*["']?$/u;

const TH_CONTEXT = /(?<![a-z])(?:thai[ _-]?(?:national[ _-]?)?id|national[ _-]?id|citizen[ _-]?id|id[ _-]?card|th[ _-]?id|pid)(?![a-z])|เลขประจำตัวประชาชน|บัตรประชาชน|เลขบัตร|เลขที่บัตร/iu;

const THAI_WEIGHTS = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check digit of a Thai id's first twelve digits: weights 13 down to 2, then 11 minus the sum mod 11, mod 10. */
function thaiCheck(body12: string): number {
  return (11 - (weightedSum(body12, THAI_WEIGHTS) % 11)) % 10;
}

function sample(seed: number, dashed = true): string {
  const body = `${1 + (seed % 8)}${fake('{d11}', seed)}`;
  const d = body + String(thaiCheck(body));
  return dashed ? `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}` : d;
}

// The Thai citizen identification number: thirteen digits, the first 1 to 8 (the holder's kind of
// registration), and a check digit (weights 13 to 2, mod 11). Written X-XXXX-XXXXX-XX-X, which
// says what it is, or in one run, which needs a label near it (one random number in ten passes).
export default defineRule({
  id: 'th-national-id',
  category: 'pii',
  description: 'Thai citizen identification number (X-XXXX-XXXXX-XX-X, mod-11 check digit)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`[1-8](?<![\w.-][1-8])(?:-\d{4}-\d{5}-\d{2}-\d|\d{12})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    if (thaiCheck(digits.slice(0, 12)) !== digits.charCodeAt(12) - 48 || isTrivialNumber(digits.slice(1))) return false;
    // A log line's epoch milliseconds (`"time":1715937257458`) near a `pid` field: a time, not an id.
    if (TIME_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return false;
    return (s.includes('-') && !inLongerNumber(ctx)) || hasContext(ctx, TH_CONTEXT, { before: 64, after: 24 });
  },
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/Thai_identity_card'],
  examples: {
    positive: [`เลขประจำตัวประชาชน ${sample(631)}`, `Thai ID: ${sample(632, false)}`, `ผู้จอง: ${sample(633)}`],
    negative: [`{"level":30,"time":${sample(635, false)},"pid":7,"hostname":"api-7d9f6c5b8-x2kqp"}`, `Thai ID: ${sample(632, false).slice(0, -1)}${(Number(sample(632, false).slice(-1)) + 1) % 10}`, `order ${sample(634, false)}`],
  },
});
