import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** ISO 3166-1 alpha-2 codes (plus XK, Kosovo, which SWIFT uses). */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
    'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
    'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS YE YT ZA ZM ZW XK'
  ).split(' '),
);

const BIC_CONTEXT = /(?<![a-z])(?:swift|bic(?![a-z])|bic ?code|swift ?code|bank identifier)/u;

// Bank code (4 letters) + ISO country (2 letters) + location (2 alphanumerics, second not "0" for
// live codes... test codes end in 0 and are rejected) + optional branch (3 alphanumerics). Upper-case
// words of 8 or 11 letters are common, so a SWIFT/BIC label must be near.
export default defineRule({
  id: 'swift-bic',
  category: 'pii',
  description: 'SWIFT/BIC bank code, near a label',
  keywords: ['swift', 'bic:', 'bic ', 'bic"', "bic'", 'bic=', 'bic_', '(bic)', 'bic\t'],
  // The value stands near its label (or a few table rows under a header that names it).
  window: { before: 64, after: 400 },
  pattern: /[A-Z](?<![\w-].)[A-Z]{3}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\w:-])/gu,
  validate: (s, ctx) => {
    if (!COUNTRIES.has(s.slice(4, 6)) || s[7] === '0') return false;
    if (/^(?:SWIFT|BICCODE)/u.test(s)) return false;
    return hasContext(ctx, BIC_CONTEXT, { before: 40 });
  },
  redactAs: 'bic',
  references: ['https://www.swift.com/standards/data-standards/bic-business-identifier-code'],
  examples: {
    positive: [`BIC: ${fake('{A4}', 281)}DE${fake('{A2}', 282)}`, `SWIFT code ${fake('{A4}', 283)}GB2L${fake('{A3}', 284)}`],
    negative: [`BIC: ${fake('{A4}', 281)}QQ${fake('{A2}', 282)}`, `BIC: ${fake('{A4}', 281)}DE${fake('{A1}', 282)}0`, `STATUS ${fake('{A4}', 281)}DE${fake('{A2}', 282)}`],
  },
});
