import type { MatchContext } from '../../types';
import { native } from '../../scan/nativeRegex';
import { columnHeader, lineEndNear, lineStartNear, recordColumns } from './_context';
import { luhn } from '../defineRule';
import { REPORTING_BODY } from './_telecom';

/** Words of a device's own records: an IoT thing, a telematics box (its maker: Teltonika, Queclink; its AVL protocol), a modem's log, firmware, an inventory, a shop's refurbished stock (SKU, shelf, warehouse). */
const ASSET_WORD = native(
  /(?<![A-Za-z])(?:thing|things|tbx|telematics|telematik|tracker|teltonika|queclink|concox|calamp|avl|modem|firmware|fw_?version|fw|hw_?rev|bootloader|inventory|inventar|asset|assets|fleet|flotte|device_id|unit_id|sku|refurb|shelf|warehouse|lager)(?![A-Za-z])/iu,
);

/** Words that tie a record to a person: a name, a subscriber's number, a driver (in Polish, Czech, Slovak, French, Spanish, Italian too; a tracker's `drv1_card`), a keeper, an address to write to, the customer it belongs to (a telecom's `sim_cards.customer_id`), an insurer's policyholder or claimant. */
const PERSON_WORD = native(
  /(?<![A-Za-z])(?:name|names|vorname|nachname|full_?name|msisdn|subscriber|owner|holder|halter|driver|fahrer|besitzer|e-?mail|phone|telefon|mobile|customer(?:_?id)?|client_?id|klient_?id|cliente_?id|cliente|kunde|abonado|suscriptor|titular|policy_?holder|insured|versicherungsnehmer|assur[ée]e?|asegurad[oa]|assicurat[oa]|contraente|claimant|tomador|kierowc[aóy]|kierowcy|[řr]idi[čc]e?|vodi[čc]a?|chauffeur|conducteur|conductor|autista|motorista|drv\d?_?(?:card|id|name))(?![A-Za-z])/iu,
);

const ICCID_SHAPE = /(?<![\w-])89\d{17,18}(?![\w-])/u;
const IMEI_SHAPE = /(?<![\w.-])\d{15}(?![\w-])/gu;
const VIN_SHAPE = /(?<![\w-])[A-HJ-NPR-Z0-9]{13}\d{4}(?![\w-])/u;

/** How far along its line, each way, a device identifier's record is read. */
const REACH = 200;

/** How far around a plate or a VIN, across lines, a person's word ties its record to them. */
const BLOCK_REACH = 300;

/** A delimited table's row: a tab, a pipe, or two commas or semicolons. */
const TABLE_ROW = native(/\t|\||,[^,\n]*,|;[^;\n]*;/u);

export type DeviceIdKind = 'imei' | 'iccid' | 'vin' | 'plate' | 'mac';

/** Whether `line` holds a device identifier of another kind than `kind`. */
function hasOtherDeviceId(line: string, kind: DeviceIdKind): boolean {
  if (kind !== 'iccid' && ICCID_SHAPE.test(line)) return true;
  // (An IMEI names a handset's maker's reporting body and ends in a Luhn digit: not an IMSI, whose
  // fifteen digits start with a country code, as a SIM vendor's file lists it beside each ICCID.)
  if (kind !== 'imei') for (const m of line.matchAll(IMEI_SHAPE)) if (REPORTING_BODY.test(m[0]) && luhn(m[0])) return true;
  if (kind !== 'vin') {
    const vin = VIN_SHAPE.exec(line);
    if (vin !== null && /[A-Z]/u.test(vin[0])) return true;
  }
  return false;
}

/**
 * Whether a device identifier (an IMEI, an ICCID, a VIN, a plate, a MAC address) stands in a record of devices,
 * not of people: its line (200 characters each way), or its table's header row, names a
 * device's parts (a telematics box, a modem, firmware, an inventory) or the line holds an identifier
 * of another kind (a VIN beside an IMEI, an IMEI beside an ICCID), and neither names a person (a
 * name, a subscriber's number, a driver, a keeper, an e-mail address). A fleet's vehicle list, a
 * tracker inventory and a modem's boot log hold a company's assets; a subscriber's SIM record and a
 * customer's own car are a person's.
 */
export function isDeviceRecord(ctx: MatchContext, kind: DeviceIdKind): boolean {
  const { text } = ctx;
  const line = text.slice(lineStartNear(text, ctx.start, REACH), ctx.start) + ' ' + text.slice(ctx.end, lineEndNear(text, ctx.end, REACH));
  // (An SQL dump's row names its columns in its statement or its table's definition: `sim_cards (…, customer_id, iccid, …)`.)
  const header = recordColumns(ctx) ?? '';
  if (PERSON_WORD.test(line) || PERSON_WORD.test(header)) return false;
  // (A plate's or a VIN's record written a field per line names its person on the lines around it: an
  // adjuster's note's policyholder line above the plate and the chassis number, an intake form's insured party before its `<Vehicule>`.)
  // (Not a table's row: its header says whose the rows are, and the rows around it are other records.)
  if ((kind === 'plate' || kind === 'vin') && !TABLE_ROW.test(line) && PERSON_WORD.test(text.slice(Math.max(0, ctx.start - BLOCK_REACH), Math.min(text.length, ctx.end + BLOCK_REACH)))) return false;
  return ASSET_WORD.test(line) || ASSET_WORD.test(header) || hasOtherDeviceId(line, kind);
}

/** Two runs of 32 hex digits on a line: a SIM's Ki and OPc (or its transport-keyed copies). */
const SIM_KEYS = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])[^\n]{1,200}?(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])/u;

/**
 * The match's line is a SIM vendor's personalisation record (the `.out` file of a batch: ICCID,
 * IMSI, PINs and PUKs, then the card's Ki and OPc): a card in stock, no subscriber's yet. The keys
 * on it are secrets of their own rules.
 */
export function isSimPersonalisationRow(ctx: MatchContext): boolean {
  const { text } = ctx;
  const line = text.slice(lineStartNear(text, ctx.start, REACH), lineEndNear(text, ctx.end, REACH));
  return line.length >= 64 && native(SIM_KEYS).test(line);
}

/** A column of a device's id (`device_id`, `deviceId`), which holds a phone's ANDROID_ID or identifierForVendor in many apps' user tables. */
const DEVICE_COLUMN = native(/^["'`]?device[ _-]?id["'`]?$/iu);

/** The device column's name as header rows write it (looked for with lastIndexOf: the header may be many rows up). */
const DEVICE_LABELS = ['device_id', 'deviceId', 'DEVICE_ID', 'device-id', 'device id', 'DeviceId', 'deviceid', 'Device ID'];

/** A column that makes a table one of people: their name, mailbox, mobile number, birth date, customer (`cliente_id`, `kunde_id`), member or user number. */
const PERSON_COLUMN = native(
  /(?:^|[\s,;\t|(])["'`]?(?:full[ _-]?name|first[ _-]?name|last[ _-]?name|e-?mail|mobile(?:[ _-]?(?:no|number|e164))?|phone(?:[ _-]?number)?|msisdn|customer[ _-]?id|client(?:e|es)?[ _-]?id|kunden?[ _-]?(?:id|nr)|member[ _-]?(?:no|id|number)|user[ _-]?id|dob|date[ _-]?of[ _-]?birth)["'`]?(?=[\s,;\t|)]|$)/iu,
);

/**
 * The match is a cell under a `device_id` column of a table of people (a users table's dump, a
 * customer export, a members' device bindings with their member number): their phone's id beside
 * their name, number or account.
 */
export function isPeoplesDeviceCell(ctx: MatchContext): boolean {
  const header = columnHeader(ctx);
  if (header === undefined || !DEVICE_COLUMN.test(header.trim())) return false;
  // (The table's header row, however far up: an export of thousands of rows, a dump's COPY statement.)
  const row = recordColumns(ctx);
  if (row !== undefined) return PERSON_COLUMN.test(row);
  const before = ctx.text.slice(Math.max(0, ctx.start - 16000), ctx.start);
  const at = Math.max(...DEVICE_LABELS.map((l) => before.lastIndexOf(l)));
  if (at === -1) return false;
  const from = before.lastIndexOf('\n', at) + 1;
  const end = before.indexOf('\n', at);
  return PERSON_COLUMN.test(before.slice(from, end === -1 ? before.length : end));
}
