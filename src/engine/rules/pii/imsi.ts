import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';
import { ICCID, IMSI } from './_telecom';
import { isSimPersonalisationRow } from './_devices';

/** Labels of a subscriber's IMSI: `imsi=`, `"imsi":`, RADIUS's `3GPP-IMSI`, Diameter's `Subscription-Id-Data`, an `imsi` column. */
const IMSI_CONTEXT = /(?<![a-z])(?:imsi|subscription-id-data|permanent identity)(?![a-z])/u;

/** An ICCID right before (a SIM vendor's output row: ICCID, IMSI, PIN, Ki, OPc). */
const AFTER_ICCID = new RegExp(`(?<![\\w.-])${ICCID}[ \\t,;|]{1,4}$`, 'u');

// A mobile subscriber's IMSI (3GPP TS 23.003): 15 digits, the country's mobile code (MCC, 202 to
// 750; 001 and 999 are test networks), the network's code and the subscriber's number. The core
// network, RADIUS and Diameter logs, provisioning files and fraud cases key every event on it:
// it identifies one person's subscription (GDPR personal data). No check digit, so it is read only
// after an IMSI label, under an IMSI column, or after its SIM's ICCID on a vendor's row.
export default defineRule({
  id: 'imsi',
  category: 'pii',
  description: "A mobile subscriber's IMSI (15 digits with a real country code) after an IMSI label, in an IMSI column or after its SIM's ICCID",
  keywords: ['imsi', 'subscription-id-data', 'iccid'],
  window: { before: 80, after: 60 },
  columns: true,
  keywordWindows: { imsi: { before: 80, after: 6000 }, iccid: { before: 80, after: 6000 } },
  pattern: new RegExp(`(?<![\\w.-])${IMSI}(?![\\w-])(?!\\.\\d)`, 'gu'),
  validate: (s, ctx) => {
    const mcc = Number(s.slice(0, 3));
    // (A subscriber number that is mostly a run of zeros is a test line's: `…0000000007`.)
    if (mcc < 202 || mcc > 750 || isTrivialNumber(s.slice(5)) || /0{6}/u.test(s.slice(5))) return false;
    // (A card in a SIM vendor's batch output, its Ki and OPc on the line, is no subscriber's yet.)
    if (isSimPersonalisationRow(ctx)) return false;
    // (A device's IMEI under its own key is no subscriber's IMSI, whatever IMSI the line names before it.)
    if (/imei(?:sv)?["']?[ \t]*[:=][ \t]*["']?$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return false;
    return hasContext(ctx, IMSI_CONTEXT, { before: 60 }) || AFTER_ICCID.test(ctx.text.slice(Math.max(0, ctx.start - 28), ctx.start));
  },
  redactAs: 'imsi',
  references: ['https://www.3gpp.org/dynareport/23003.htm', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '2024-04-16 03:12:03 SWx MAA result=2001 imsi=234151760313721 apn=internet',
      '\t3GPP-IMSI = "310260590109281"',
      '        AVP: Subscription-Id-Data(444) l=23 f=-M- val=262015901396245',
      'order,iccid,imsi,plan\nSO-7,8949173909960308248,262015901396245,M-20GB',
      'Var_Out: ICCID/IMSI/PIN1/KI/OPC\n8944105260181590832 234151760313721 0000 B3216FDAEEB975729FAE923D5A4FD12A',
    ],
    negative: [
      // a SIM vendor's batch output: cards in stock, each with its Ki and OPc
      'ICCID,IMSI,PIN,KI,OPC\n8931079175278080175,204080954827512,0000,E95A27F92FEA8742FBD4C4574B0E34FA,47065116B72101B1060AF37C8FA7FD70',
      'imsi=001010000000024',
      'simswap imsi=234159999999999 device_imei=356938035643809', 'imsi=999990000000001', 'order 234151760313721 shipped', 'imsi=234150000000000', 'imsi=234150000000007', 'imsi: 8944105260181590832'],
  },
});
