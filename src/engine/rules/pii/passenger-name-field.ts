import { defineRule, fake } from '../defineRule';
import { columnHeader, headerMatches } from './_context';
import { GIVEN, NOT_A_PASSENGER, SURNAME } from './passenger-name';
import { native } from '../../scan/nativeRegex';

/** Keys and column headers of a passenger's or a traveller's name in airline form (`pax`, `gds_name`, `passenger_name`). */
const PAX_KEY = String.raw`pax(?:_?name)?|passenger(?:_?name)?|traveller(?:_?name)?|traveler(?:_?name)?|gds_?name|pnr_?name|holder`;

/** The same as a column's whole header. */
const PAX_COLUMN = native(new RegExp(String.raw`^(?:${PAX_KEY}|pax name|passenger name|traveller name|traveler name|gds name)$`, 'u'));

// A passenger's name in airline form, SURNAME/GIVEN, where the record itself says it is one, with
// no title after it (passenger-name reads those):
// - the DOCS element of a PNR (APIS data: `SSR DOCS … /02MAR81/M/15JUL29/SURNAME/GIVEN/P1`), after the
//   birth date, the gender and the passport's expiry;
// - a boarding pass's barcode (IATA BCBP: `M1` and the 20-character name field, then the e-ticket
//   indicator `E`, the booking reference and the route);
// - after a passenger's key (`pax="SURNAME/GIVEN"`, `gds_name: SURNAME/GIVEN`, a kiosk's `holder …`);
// - a cell under a passenger column (an SQL dump's `pax_name`, a manifest's `passenger`).
export default defineRule({
  id: 'passenger-name-field',
  category: 'pii',
  description: "Passenger's name in airline form (SURNAME/GIVEN) in a PNR's DOCS element, a boarding pass's barcode, after a passenger key or under a passenger column",
  keywords: ['ssr docs', 'm1', 'm2', 'm3', 'm4', 'pax', 'passenger', 'traveller', 'traveler', 'gds_name', 'gdsname', 'pnr_name', 'holder'],
  window: { before: 160, after: 160 },
  columns: true,
  pattern: new RegExp(
    // DOCS: document type, issuer, number, nationality, birth date, gender (an infant's MI/FI), expiry, then the name
    // (Each branch starts at a literal or its key and reads what stands before in a lookbehind after it.)
    String.raw`\/(?<=SSR DOCS [^\n]{0,40}\/\d{2}[A-Z]{3}\d{2}\/[MFU]I?\/\d{2}[A-Z]{3}\d{2}\/)(${SURNAME}\/${GIVEN}(?<!['-]))(?=\/|[ \t]*(?:\r?\n|$))` +
      // BCBP: the format code M and the leg count, the padded name, `E`, the booking reference, the route and the carrier
      String.raw`|(?<![A-Za-z0-9])M[1-4](${SURNAME}\/${GIVEN}(?<!['-]))(?= {0,19}E[A-Z0-9]{6,7} ?[A-Z]{6}[A-Z0-9]{2})` +
      // a passenger's key, then the name (quoted or not)
      String.raw`|(?<![A-Za-z])(?:${PAX_KEY}|PAX|Pax|Passenger|PASSENGER|Traveller|Traveler)["']?[ \t]*[:=]?[ \t]*["']?(${SURNAME}\/${GIVEN}(?<!['-]))(?=["']|[ \t]*[,;)\r\n]|$)` +
      // a cell of a delimited row or an SQL tuple (see validate)
      String.raw`|(?:^|[,;\t|(])[ \t]*["']?(${SURNAME}\/${GIVEN}(?<!['-]))(?=["']?[ \t]*(?:[,;\t|)]|\r?\n|$))`,
    'gmu',
  ),
  secretGroup: [1, 2, 3, 4],
  validate: (name, ctx) => {
    if (NOT_A_PASSENGER.test(name)) return false;
    if (ctx.match[4] === undefined) return true;
    const header = columnHeader(ctx);
    return header !== undefined && headerMatches(header, PAX_COLUMN);
  },
  redactAs: 'name',
  references: ['https://www.iata.org/en/publications/manuals/reservations-services-manual/', 'https://www.iata.org/en/programs/passenger/common-use/#tab-2'],
  examples: {
    positive: [
      // a PNR's APIS element and a boarding pass scanned at a gate
      `  4 SSR DOCS XQ HK1 P/CAN/${fake('{A2}{d6}', 101770)}/CAN/02MAR81/M/15JUL29/KESTREL/ANDERS/P1`,
      `2024-06-11T07:15:02Z GATE-B4 M1KESTREL/HELGA        E${fake('{A6}', 101771)} OSLCPHXQ 0482 211Y 14C0021 100`,
      // a check-in log's passenger key, a corporate profile's GDS name, a kiosk's document holder
      'boarding scan ref=QX7T2L pax="KESTREL/MARIT" gate=B4',
      'profiles:\n  - display: "A. Example"\n    gds_name: KESTREL/INGRID\n',
      'document scan rejected (holder KESTREL/TOMAS, expired)',
      // an SQL dump's passenger column
      "INSERT INTO trips (locator, pax_name, cabin) VALUES\n  ('QX7T2L', 'KESTREL/SOLVEIG', 'Y');",
    ],
    negative: [
      'SSR DOCS XQ HK1 P/CAN/QA000001/CAN/01JAN80/F/01JAN30/TEST/PAX/P1',
      'route,carrier\nLHR/JFK,MZ\n',
      "INSERT INTO fares (route, basis) VALUES ('LHR/JFK', 'YLOWGB');",
      'pax="TEST/PASSENGER"',
    ],
  },
});
