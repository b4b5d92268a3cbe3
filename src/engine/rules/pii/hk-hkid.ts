import { defineRule } from '../defineRule';
import { hkidCheck } from './_checksums';
import { hasContext } from './_context';

/** Labels of a Hong Kong identity card number. */
const HKID_CONTEXT = /(?<![a-z])(?:hkid|hk[ _-]?id|hong[ _-]?kong[ _-]?id(?:entity)?[ _-]?card|id[ _-]?card|identity[ _-]?card)(?![a-z])|身份證|身份证|香港身份/iu;

// A Hong Kong identity card number: one or two letters, six digits and a check digit (0-9 or A;
// mod 11 over the letters valued A=10…Z=35 and the digits). Written with the check digit in
// brackets, `K772340(7)`, it says what it is; without them it needs a label near it.
export default defineRule({
  id: 'hk-hkid',
  category: 'pii',
  description: 'Hong Kong identity card number (A123456(7), mod-11 check digit)',
  keywords: [],
  nearDigits: true,
  // (The match is the digits and the check; the letters before them come from a lookbehind, and the
  // whole number from the lookahead inside it: a pattern starting at any letter cost 22 ms a bench pass.)
  pattern: /\d{6}(?:\([0-9A]\)|[0-9A])(?![\w(-])(?<=(?<![\w-])(?=([A-Za-z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A])))[A-Za-z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A]))/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const m = /^([A-Za-z]{1,2})(\d{6})\(?([0-9A])\)?$/u.exec(s);
    if (m === null || hkidCheck((m[1] as string).toUpperCase(), m[2] as string) !== m[3]) return false;
    return s.includes('(') ? /^[A-Z]/u.test(s) || hasContext(ctx, HKID_CONTEXT, { before: 80 }) : hasContext(ctx, HKID_CONTEXT, { before: 80 });
  },
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/Hong_Kong_identity_card'],
  examples: {
    positive: ['hkid card parsed number=A274662(2)', 'HKID: Z6706615', '身份證號碼 XA205459(8)', 'C472866(A)'],
    negative: ['HKID: A274662(3)', 'part no A2746622', 'xa205459(8)'],
  },
});
