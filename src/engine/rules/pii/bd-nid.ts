import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber, matchLine, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: NID, national id, smart card, voter id, id number (`nid_no`, `cf_nid`, `NID:`). */
const BD_NID_CONTEXT = /(?<![a-z])nid(?![a-z])|(?<=_)nid|nid(?=_)|national[ _-]?id|smart[ _-]?card|voter[ _-]?id|(?<![a-z])id[ _-]?(?:number|no\b|num)|জাতীয় পরিচয়|এনআইডি/u;

/** A Bangladeshi mobile number written nationally (`01935…`, eleven digits): the line is a Bangladeshi's. */
const BD_MOBILE = /(?<![\d+])01[3-9]\d{8}(?!\d)/u;

/** Words that say the text is Bangladeshi: the calling code, the currency, its wallets, its cities. */
const BANGLADESH_HINTS = ['+880', 'bangladesh', 'taka', 'bdt', 'bkash', 'nagad', 'dhaka', 'chattogram', 'chittagong', 'sylhet', 'rajshahi', 'khulna', 'gazipur', 'narayanganj', 'mirpur', 'uttara'];

// Bangladesh's national identity number: ten digits on the smart card, thirteen on the old laminated
// card, or seventeen (the birth year, then the thirteen). No check digit is published, so it needs
// an id label before it or heading its column, in a Bangladeshi text (the calling code, taka,
// bKash or Nagad, a Bangladeshi city); a seventeen-digit one must start with a plausible birth year.
export default defineRule({
  id: 'bd-nid',
  category: 'pii',
  description: 'Bangladeshi national ID (NID, 10, 13 or 17 digits) under an id label, in a Bangladeshi text',
  keywords: ['nid:', 'nid ', 'nid_', '_nid', 'nid"', "nid'", 'nid,', 'nid\t', 'national_id', 'national id', 'nationalid', 'smart card', 'voter id', 'id number', 'id_number', 'idnumber', 'id no', 'id_no'],
  hints: BANGLADESH_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])(?:\d{10}|\d{13}|(?:19|20)\d{15})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    if (isTrivialNumber(s) || inLongerNumber(ctx)) return false;
    // (Or a Bangladeshi mobile on the line, as a support chat quotes the customer's.)
    if (!BANGLADESH_HINTS.some(ctx.hasHint) && !BD_MOBILE.test(matchLine(ctx, 300))) return false;
    if (s.length === 17 && (Number(s.slice(0, 4)) < 1900 || Number(s.slice(0, 4)) > 2025)) return false;
    return hasContext(ctx, BD_NID_CONTEXT, { before: 40 });
  },
  redactAs: 'national-id',
  references: ['https://services.nidw.gov.bd/nid-pub/', 'https://en.wikipedia.org/wiki/National_identity_card_(Bangladesh)'],
  examples: {
    positive: [
      `customer_id,name_en,nid_no,nid_type,wallet_provider\n30412,A. Example,${fake('{d10}', 3401)},SMART10,Nagad\n`,
      `{"cf_nid": "${fake('{d10}', 3402)}", "district": "Gazipur"}`,
      `Customer (Dhaka) gave NID 1992${fake('{d13}', 3403)} for the bKash link`,
      // a support chat's escalation, the customer's mobile beside the id
      `escalation: A. Example (017${fake('{d8}', 101756)}) cannot log in, NID ${fake('{d10}', 101757)}, please check`,
    ],
    negative: [
      // no Bangladeshi text; no id label; a seventeen-digit number that starts with no year
      `nid_no: ${fake('{d10}', 3404)}`,
      `bKash trxID ${fake('{d10}', 3405)} (Dhaka)`,
      `Dhaka NID 3192${fake('{d13}', 3406)}`,
    ],
  },
});
