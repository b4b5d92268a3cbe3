import { defineRule } from '../defineRule';
import { columnHeader, hasContext, isOnCompanyLine } from './_context';

/** The 139 routing keys (the first three characters) of Ireland's postcodes. */
const ROUTING_KEYS = new Set(
  (
    'A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15 ' +
    'D01 D02 D03 D04 D05 D06 D07 D08 D09 D10 D11 D12 D13 D14 D15 D16 D17 D18 D20 D22 D24 D6W ' +
    'E21 E25 E32 E34 E41 E45 E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 F93 F94 ' +
    'H12 H14 H16 H18 H23 H53 H54 H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91 ' +
    'P12 P14 P17 P24 P25 P31 P32 P36 P43 P47 P51 P56 P61 P67 P72 P75 P81 P85 R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 ' +
    'T12 T23 T34 T45 T56 V14 V15 V23 V31 V35 V42 V92 V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25 Y34 Y35'
  ).split(' '),
);

/** An Irish address around it: the label, the country, a county (`Co. Cork`) or a county town, a postcode field. */
const IRISH_ADDRESS_CONTEXT =
  /eircode|ireland|[\^,| '"]irl(?![a-z])|co\.? (?:dublin|cork|galway|limerick|waterford|kilkenny|wexford|kerry|mayo|sligo|donegal|clare|tipperary|meath|kildare|wicklow|louth|westmeath|offaly|laois|carlow|cavan|monaghan|longford|leitrim|roscommon)|dublin|cork|galway|limerick|waterford|kilkenny|wexford|tralee|killarney|athlone|drogheda|dundalk|navan|ennis|sligo|letterkenny|postal[ _-]?code|post[ _-]?code/u;

/** A column of Eircodes (`eircode`, `postcode_eircode`). */
const EIRCODE_HEADER = /(?:^|[\s_-])eircodes?$/u;

// An Eircode, Ireland's postcode: a routing key (a letter and two digits, or D6W) and a unique
// identifier of four characters from a reduced alphabet (no B, G, I, J, L, M, O, Q, S, U, Z). Each
// code names one address, so it is personal data like the street. A digit in the identifier and an
// Irish address around it keep words (`A41 FACE`) and other codes out.
export default defineRule({
  id: 'ie-eircode',
  category: 'pii',
  description: 'Irish postcode (Eircode: routing key and unique identifier) in an Irish address',
  keywords: ['eircode', 'ireland', 'irl', 'co. ', 'dublin', 'cork', 'galway', 'limerick', 'waterford', 'kilkenny', 'wexford', 'postalcode', 'postal_code', 'postal code', 'postcode', 'post_code'],
  window: { before: 400, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) ?[0-9ACDEFHKNPRTVWXY]{4}(?![\w-])/gu,
  validate: (s, ctx) => {
    const key = s.slice(0, 3);
    const id = s.slice(-4);
    if (!ROUTING_KEYS.has(key)) return false;
    // (An identifier of letters alone reads as a word, `A41 FACE`, except in an Eircode column.)
    if (!/\d/u.test(id) && !EIRCODE_HEADER.test(columnHeader(ctx) ?? '')) return false;
    // (A company's own, on its letterhead's or its record's line, is no person's.)
    return hasContext(ctx, IRISH_ADDRESS_CONTEXT, { before: 120, after: 40 }) && !isOnCompanyLine(ctx);
  },
  redactAs: 'eircode',
  references: ['https://www.eircode.ie/what-is-eircode'],
  examples: {
    positive: [
      'PID|1||X^^^IRL^PPSN||EXAMPLE^A||19790426|F|||118 Blackrock Road^^Cork^Co. Cork^T12 D2AE^IRL',
      '"address": [{"line": ["Apartment 7"], "city": "Dublin 7", "postalCode": "D07 YX41", "country": "IE"}]',
      "INSERT INTO practice VALUES ('GP0417', 'Example Practice', 'Ballincollig', 'Cork', 'P31 X4C9');",
      'Midleton Health Centre, Main Street, Midleton, Co. Cork P25 YN80',
      'AddressLine1,Town,Eircode\n14 Example Park,Ballincollig,P31K2F8\n',
      // an identifier of letters alone, under an Eircode column
      'account\tname\teircode\nACC-1\tA. Example\tK67 WXRT\n',
    ],
    negative: [
      // a letting agent's letterhead
      'Harbour Example Lettings Ltd, 12 Merrion Row, Dublin 2, D02 X285',
      // no such routing key; no digit in the identifier; no Irish address
      'Co. Cork B31 K2F8',
      'Cork A41 FACE',
      'build P31 K2F8 finished',
    ],
  },
});
