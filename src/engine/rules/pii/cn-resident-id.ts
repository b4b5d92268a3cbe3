import { defineRule, fake } from '../defineRule';
import { cnIdCheckChar, isValidDate, withCnId } from './_checksums';
import { NOT_IN_LONGER_NUMBER, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

/** First two digits of an issuing region: the provinces, municipalities and autonomous regions, Taiwan (71), Hong Kong, Macao and Taiwan residents' permits (81-83). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

/** RRRRRR YYYYMMDD SSS C: a region, a birth date that exists, a sequence, and the MOD 11-2 check character. */
function isResidentId(id: string): boolean {
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  if (!isValidDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return cnIdCheckChar(id.slice(0, 17)) === id.charAt(17).toUpperCase();
}

// A PRC resident identity number (居民身份证号码), eighteen characters: the issuing region's six
// digits, the birth date as YYYYMMDD, a three-digit sequence (odd for men), and a check character
// (0-9 or X, ISO 7064 MOD 11-2). The province, the date and the check together leave about one
// random eighteen-digit number in 40,000: reported without a label (HR sheets and WeChat messages
// rarely give one in a language the scanner reads).
export default defineRule({
  id: 'cn-resident-id',
  category: 'pii',
  description: 'PRC resident identity number (18 characters: region, birth date, MOD 11-2 check)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => isResidentId(s) && !inLongerNumber(ctx),
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/Resident_Identity_Card', 'https://www.iso.org/standard/31531.html'],
  examples: {
    positive: [
      `身份证: ${withCnId('45010319880218' + fake('{d3}', 851))}`,
      `badge_no,姓名,pinyin,身份证号\nDG204103,x,Xie Tingting,${withCnId('41130219941124' + fake('{d3}', 852))}`,
      `WARN OperatorSync - duplicate operator card for badge DG204177 id_no=${withCnId('44190019860808' + fake('{d3}', 853))}`,
    ],
    negative: [
      // a wrong check character; an impossible birth date; no province 99; an 18-digit order number
      `身份证: ${breakLastDigit(withCnId('45010319880218' + fake('{d3}', 851)))}`,
      `id_no=${withCnId('44190019861308' + fake('{d3}', 853))}`,
      `id_no=${withCnId('99190019860808' + fake('{d3}', 853))}`,
      'JD order 230145678901234567 shipped',
      `trace=${withCnId('44190019860808' + fake('{d3}', 853))}7`,
    ],
  },
});
