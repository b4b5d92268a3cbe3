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
// - the DOCS element of a PNR (APIS data: `SSR DOCS … /19DEC70/F/09OCT28/RAO/ISHITA/P1`), after the
//   birth date, the gender and the passport's expiry;
// - a boarding pass's barcode (IATA BCBP: `M1` and the 20-character name field, then the e-ticket
//   indicator `E`, the booking reference and the route);
// - after a passenger's key (`pax="ALZAABI/FATIMA"`, `gds_name: RAO/PRIYA`, a kiosk's `holder …`);
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
      `  6 SSR DOCS MZ HK1 P/IND/${fake('{A1}{d7}', 101770)}/IND/19DEC70/F/09OCT28/KESTREL/ISHITA/P1`,
      `2024-05-02T09:47:15Z A10-RDR2 M1KESTREL/AISHA       E${fake('{A6}', 101771)} LHRJFKMZ 0117 123Y  2D0138 100`,
      // a check-in log's passenger key, a corporate profile's GDS name, a kiosk's document holder
      'checkin ok pnr=VHQEWP pax="KESTREL/FATIMA" seat=58B',
      'travellers:\n  - name: "A. Example"\n    gds_name: KESTREL/PRIYA\n',
      'check digit mismatch for document ZW612632 (holder KESTREL/VINICIUS, dob 23JUL58)',
      // an SQL dump's passenger column
      "INSERT INTO bookings (pnr, ticket_no, pax_name, nationality) VALUES\n  ('PU8XBT', '6218804932113', 'KESTREL/FARIS', 'SGP');",
    ],
    negative: [
      'SSR DOCS MZ HK1 P/IND/L1091484/IND/19DEC70/F/09OCT28/TEST/PAX/P1',
      'route,carrier\nLHR/JFK,MZ\n',
      "INSERT INTO fares (route, basis) VALUES ('LHR/JFK', 'YLOWGB');",
      'pax="TEST/PASSENGER"',
    ],
  },
});
