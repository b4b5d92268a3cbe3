import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';
import { REPORTING_BODY } from './_telecom';

/** Labels of a handset's IMEISV: RADIUS's `3GPP-IMEISV`, Diameter's `User-Equipment-Info-Value`, an `imeisv` field or column. */
const IMEISV_CONTEXT = /(?<![a-z])(?:imeisv|imei-sv|imei_sv|user-equipment-info-value)(?![a-z])/u;

// A handset's IMEISV (3GPP TS 23.003): the IMEI's type allocation code and serial, then a two-digit
// software version instead of the check digit: 16 digits. RADIUS accounting and Diameter charging
// logs carry it beside the subscriber's IMSI; like the IMEI, it identifies one person's phone. No
// check digit, so it is read only after its label or under its column.
export default defineRule({
  id: 'imeisv',
  category: 'pii',
  description: "A handset's IMEISV (16 digits, a real reporting body) after an IMEISV label or in an IMEISV column",
  keywords: ['imeisv', 'imei-sv', 'imei_sv', 'user-equipment-info-value'],
  window: { before: 80, after: 60 },
  columns: true,
  keywordWindows: { imeisv: { before: 80, after: 4000 } },
  pattern: /(?<![\w.-])\d{16}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => REPORTING_BODY.test(s) && !isTrivialNumber(s.slice(2, 14)) && hasContext(ctx, IMEISV_CONTEXT, { before: 60 }),
  redactAs: 'imei',
  references: ['https://www.3gpp.org/dynareport/23003.htm', 'https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity'],
  examples: {
    positive: ['\t3GPP-IMEISV = "3595711777741215"', '        AVP: User-Equipment-Info-Value(460) l=24 f=--- val=3595711777741215', 'msisdn,imeisv\n447700900123,8695711777741215'],
    negative: ['\t3GPP-IMEISV = "0000000000000000"', 'card 3595711777741215', '\t3GPP-IMEISV = "2295711777741215"'],
  },
});
