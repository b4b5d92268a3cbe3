import { defineRule, luhn } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';
import { REPORTING_BODY } from './_telecom';
import { isDeviceRecord } from './_devices';

/** Labels of a handset's IMEI: `IMEI:`, `"imei":`, an `imei` or `imei_1` column, `sus.imei ==`. */
const IMEI_CONTEXT = /(?<![a-z])imei(?:s|[ _-]?(?:1|2|number|no))?(?![a-z])/u;

/** The IMEIs that documentation, Wikipedia's article and test suites give as examples. */
// (And 3GPP TS 23.003's own example IMEI, 35-209900-176148-1, which telecom test suites copy.)
const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set(['490154203237518', '356938035643809', '352099001761481']);

// A mobile handset's IMEI: 15 digits (type allocation code, serial, Luhn check digit), also written
// AA-BBBBBB-CCCCCC-D. It identifies one person's phone for years: telecom, fraud and device-management
// logs carry it beside the subscriber's number. One random number in ten passes Luhn, and order and
// tracking numbers run to 15 digits, so it needs a label or an IMEI column.
export default defineRule({
  id: 'imei',
  category: 'pii',
  description: "A handset's IMEI (15 digits, Luhn check digit, a real reporting body) near an IMEI label or column",
  keywords: ['imei'],
  window: { before: 80, after: 60 },
  columns: true,
  // A column header's rows follow it.
  keywordWindows: { imei: { before: 80, after: 4000 } },
  pattern: /(?<![\w.-])(?:\d{15}|\d{2}-\d{6}-\d{6}-\d)(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    // (Not a tracker's or a modem's IMEI in an inventory or a device log: see isDeviceRecord.)
    return !DOCUMENTED_EXAMPLES.has(digits) && luhn(digits) && REPORTING_BODY.test(digits) && !isTrivialNumber(digits.slice(2)) && hasContext(ctx, IMEI_CONTEXT, { before: 60 }) && !isDeviceRecord(ctx, 'imei');
  },
  redactAs: 'imei',
  references: ['https://www.gsma.com/services/gsma-imei/', 'https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity'],
  examples: {
    positive: [
      'Attacker handset IMEI: 357148093262315 (seen on all three new SIMs)',
      '{"msisdn": "2348132204251", "imei": "867692041836244", "event": "sim_swap"}',
      'rica_id,msisdn,iccid,imei,full_name\nRC-1,27615569811,8927000012345678906,353328117877082,Nomvula K',
      'device: IMEI 35-714809-326231-5',
    ],
    negative: [
      // a telematics ingest's log: a Teltonika tracker's AVL batch, the unit's IMEI
      '{"target": "ingestd::codec::teltonika", "msg": "avl batch decoded", "imei": "352093174862051", "records": 18}',
      // 3GPP's example IMEI in a provisioning test
      '    private static final String SPEC_IMEI = "352099001761481"; // IMEI of TS 23.003',
      'The canonical example IMEI `490154203237518` is used in tests.',
      'imei: "356938035643809"  # the check-digit example of the IMEI article',
      // a shop's refurbished stock: a SKU column
      'sku,model,grade,imei,serial\nRF-IP13-128-B,iPhone 13,B,357308104800103,C39QW1XKPLJ4',
      'Attacker handset IMEI: 357148093262316',
      'order 357148093262315 shipped',
      'IMEI: 000000000000000',
      'iccid: 8927000012345678906',
      'IMEI: 123456789012347',
      // a tracker's own IMEI: a fleet's device inventory, a modem's boot log
      'serial;thing;imei;fw\nTRK-2201;trk-0007;357148093262315;2.4.1',
      'I (3120) modem: rev BG95, IMEI 357148093262315, ICCID 8944105260181590832',
    ],
  },
});
