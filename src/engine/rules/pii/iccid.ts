import { defineRule, luhn } from '../defineRule';
import { isTrivialNumber } from './_context';
import { ICCID } from './_telecom';
import { isDeviceRecord, isSimPersonalisationRow } from './_devices';

// A SIM card's serial number (ICCID, ITU-T E.118): 89 (telecom), the country's calling code, the
// issuer and the card's number, 19 or 20 digits ending in a Luhn check digit. The operator binds it
// to one subscriber for the card's life, so provisioning exports, fraud cases and support tickets
// that carry it identify a person. It is read only near an ICCID label or in a table or file that
// names ICCIDs (a SIM vendor's output file lists them under a `Var_Out: ICCID/IMSI/…` header).
// Not a test network's card (`8900…`), nor a run of one digit. (North American cards write
// their country code 1 as `01`: AT&T's and T-Mobile's `8901…`.)
export default defineRule({
  id: 'iccid',
  category: 'pii',
  description: "A SIM card's ICCID (89, country, issuer, Luhn check digit) in a text that names ICCIDs",
  // (Or a SIM card's own label: `SIM-kaartnummer:`, `Simkartennummer`, `SIM 8931…`.)
  keywords: ['iccid', 'sim-', 'sim ', 'sim:', 'sim_', 'simkaart', 'simkarte', 'simkort'],
  window: { before: 120, after: 120 },
  // The rows of a column or a vendor file follow their header.
  keywordWindows: { iccid: { before: 120, after: 6000 } },
  // (And a table's rows down to its end, under an `iccid` column.)
  columns: true,
  pattern: new RegExp(`(?<![\\w.-])${ICCID}(?![\\w-])(?!\\.\\d)`, 'gu'),
  // (Not a tracker's or a modem's own SIM in an inventory or a device log: see isDeviceRecord.)
  // (Nor a lab card's zero-padded serial, `8948000000000000010`.)
  validate: (s, ctx) => luhn(s) && !s.startsWith('8900') && !isTrivialNumber(s.slice(6)) && !/0{9}/u.test(s) && !isDeviceRecord(ctx, 'iccid') && !isSimPersonalisationRow(ctx),
  redactAs: 'iccid',
  references: ['https://www.itu.int/rec/T-REC-E.118', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'sim swap: old ICCID 8944105260181590832 -> new 8931620166131860915',
      'order_id,msisdn,iccid,plan\nSO-118,447700900123,8949173909960308248,M-20GB',
      '{"message": "sim lookup", "iccid": "8935306281948219932", "status": "active"}',
      // a Dutch ticket's SIM card number, and the SIM named again in the operator's note
      'Mijn toestel is gestolen. SIM-kaartnummer: 8931620166131860915\nGraag blokkeren.',
      'SIM 8931620166131860915 suspended (HLR barring set).',
      // a US carrier's card (country code 1 written 01)
      'order_id,msisdn,iccid,plan\nSO-119,15125550147,8901260371945286012,M-20GB',
      // a telecom CRM's dump: a customer's SIM and the handset last seen with it, on one row
      "CREATE TABLE `sim_cards` (\n  `id` bigint NOT NULL,\n  `customer_id` bigint NOT NULL,\n  `iccid` varchar(20) NOT NULL,\n  `last_imei` varchar(15) DEFAULT NULL\n);\nINSERT INTO `sim_cards` VALUES (5001,117961,'8944105260181590832','353328117877082');",
      // an Argentine activations export: the handset's IMEI beside the SIM, the customer's number (nro_cliente) on the row
      'fecha,sucursal,nro_cliente,linea,iccid,imsi,imei_equipo,modelo_equipo\n30/05/2024,AR-XYZ-001,NVA-1,3816000000,89543902771830516249,722390000000001,354116128305725,Xiaomi Redmi Note 13\n',
      // a long activations export: rows past the header's first 6,000 characters
      `folio\tmsisdn\ticcid\tcanal\n${Array.from({ length: 200 }, (_, i) => `ACT-${1000 + i}\t525500000${String(i).padStart(3, '0')}\t8952140000000000000\tTIENDA`).join('\n')}\nACT-2000\t525500000999\t8952140618309471526\tTIENDA\n`,
    ],
    negative: [
      // a SIM vendor's batch output: cards in stock, each with its Ki and OPc
      'Var_Out: ICCID/IMSI/PIN1/KI/OPC\n8931079175278080175 204080954827512 0000 E95A27F92FEA8742FBD4C4574B0E34FA 47065116B72101B1060AF37C8FA7FD70',
      'iccid: 8944105260181590833',
      'iccid: 8900101000000000024',
      'invoice 8944105260181590832 paid',
      'ICCID 8999999999999999999',
      // a test lab's card, zero-padded
      '    private static final String LAB_ICCID = "8948000000000000010";',
      'simple mode: 8944105260181590832',
      // a telematics box's own SIM in the fleet's device inventory
      'unit_id,model,iccid,firmware\nTBX-118,CT-4,8944105260181590832,3.1.0',
    ],
  },
});
