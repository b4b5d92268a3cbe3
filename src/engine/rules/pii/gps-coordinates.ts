import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { columnHeader, enclosingRecord, isInPlaceRecord, matchLine, recordColumns, recordTable, tableHeaderRow } from './_context';

// A precise position where a person was: a photo's EXIF GPS tags as exiftool prints them
// (`GPS Latitude : 46 deg 12' 17.64" N`, also in its -json output), a map link dropped for a
// delivery or in a chat (`maps.google.com/?q=35.918274,0.093517`), or a record's `lat`/`lon` with
// six decimals or more (a tenth of a metre: a device's fix, not a city's or a shop's listing).
// (Coordinates in a record with opening hours are a place's.)
/** Words that name a home as a saved place (`Home`, `Nhà`, `Zuhause`, `家`, `집`). */
const HOME = native(/^(?:home|my home|house|nhà|nhà riêng|casa|zuhause|daheim|maison|domicile|thuis|hjem|hemma|koti|dom|doma|otthon|ev|家|自宅|집|우리집)$/iu);

/** A record's name key and its value. */
const PLACE_NAME = native(/"(?:name|label|title|place)"[ \t]*:[ \t]*"([^"\n]{1,60})"/u);

/** The JSON record around the match names a place other than a home: `{"name": "Central Station", "latlng": "…"}`. */
function isNamedPlace(ctx: MatchContext): boolean {
  const record = enclosingRecord(ctx, 200);
  const name = record === undefined ? null : PLACE_NAME.exec(record);
  return name !== null && !HOME.test((name[1] as string).trim());
}

/** A column of latitudes or longitudes (`lat`, `delivery_lng`, `home latitude`), as columnHeader gives its header. */
const COORDINATE_COLUMN = native(/(?:^|[ _-])(?:lat|lng|lon|long|latitude|longitude)$/u);
/** A column of a person's position by its name (`delivery_lat`, `home_lng`, `customer latitude`). */
const PERSON_COORDINATE_COLUMN = native(/(?:delivery|dropoff|drop|pickup|home|customer|client|user|patient|member|rider|driver|courier|device|recipient|consignee|residence)[ _-]?(?:lat|lng|lon|long|latitude|longitude)$/u);
/** A column of a person's position as one pair (`home_latlon`, `driver_coords`, `delivery location`). */
const PERSON_PAIR_COLUMN = native(/(?:delivery|dropoff|drop|pickup|home|customer|client|user|patient|member|rider|driver|courier|device|recipient|consignee|residence)[ _-]?(?:lat[ _-]?(?:lng|lon|long)|coords|coordinates|location|position|gps)$/u);
/** A column of positions as one pair, its name alone (`Position`, `GPS`, `Standort`): a person's in a table about people (PERSON_TABLE). */
const PAIR_COLUMN = native(/^(?:lat[ _-]?(?:lng|lon|long)|coords|coordinates|location|position|gps|geo|standort|koordinaten|koordinater|koordinaatit|coordenadas|coordonn[ée]es)(?:[ _-]?\((?:wgs[ _-]?84|lat[ ,/]+l(?:on|ng)|decimal)\))?$/u);
/** A line about a person's position: a driver's or a customer's home, a rider's or a courier's fix. */
const PERSON_POSITION_LINE = native(/(?<![a-z])(?:home|driver|customer|rider|courier|patient|user|member|resident)(?![a-z])/iu);
/** A table about people, by its header row (a car's trips and speeds are its driver's: a logbook, a telematics trace), also in Dutch, German and French (`ontvanger`, `Empfänger`, `destinataire`). */
const PERSON_TABLE = native(/customer|client|patient|user|member|rider|driver|courier|passenger|delivery|recipient|consignee|student|employee|guest|tenant|subscriber|device|phone|full_?name|fahrer|fahrt|trip|speed|geschwindigkeit|odometer|km_stand|kilometerstand|ontvanger|klant|chauffeur|bezorg|empf[äa]nger|kunde|destinataire|livreur|pasient|patient|potilas|f[øo]dselsnummer|personnummer|henkil[öo]tunnus|hjemmebes[øo]k|hembes[öo]k|kotik[äa]ynti/u);
/** An SQL table of people, by its name (`public.recipients`, `customers`, `klanten`). */
const PEOPLE_SQL_TABLE = native(/(?:^|[._"`])(?:customers?|clients?|patients?|users?|members?|recipients?|consignees?|subscribers?|tenants?|riders?|passengers?|employees?|klanten|ontvangers|kunden|empfaenger)["`]?$/iu);
/** A table about places, by its header row: a property listing, a store list. */
const PLACE_TABLE = native(/listing|property|store|shop|branch|station|venue|poi|merchant|restaurant_name|opening|hours/u);
/** A column of a place's position, not a person's: a store's, a branch's, a station's. */
const PLACE_COLUMN = native(/(?:store|shop|branch|restaurant|merchant|station|office|warehouse|hub|depot|venue|poi|site|locker|atm|airport|stop)/u);

export default defineRule({
  id: 'gps-coordinates',
  category: 'pii',
  description: "Precise GPS position: a photo's EXIF GPS tags, a map link's pin, or a record's lat/lon with six decimals",
  keywords: ['gps', 'maps.google', 'google.com/maps', 'maps.apple', 'openstreetmap', 'lat', 'lon', 'lng', 'coords', 'coordinates', 'position', 'pos=', 'pos:', 'pos":', '"geo"', 'geo=', 'location', 'standort', 'koordinater', 'koordinaatit', ';geo;', ',geo,', '\tgeo\t', ';geo\n', ',geo\n', '\tgeo\n'],
  window: { before: 24, after: 160 },
  pattern:
    /GPS ?(?:Latitude|Longitude|Position)"?[ \t]*[:=][ \t]*"?(\d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?\\?" [NSEW](?:, \d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?\\?" [NSEW])?)|(?:maps\.google\.[a-z.]{2,6}\/(?:maps)?\?(?:[\w=&]{0,80}&)?q=|google\.[a-z.]{2,6}\/maps\/(?:search\/|place\/)?@?|maps\.apple\.com\/\?(?:[\w=&]{0,80}&)?(?:ll|q)=|openstreetmap\.org\/\?mlat=)(-?\d{1,2}\.\d{5,8}(?:,|%2C|&mlon=)-?\d{1,3}\.\d{5,8})|(?<![\w.-])\\?["']?(?:lat|latitude|lng|lon|long|longitude)\\?["']?[ \t]*[:=][ \t]*["']?(-?\d{1,3}\.\d{5,9})(?![\d.])|(?<![\w.-])["']?(?:latlng|lat_lng|latLng|latlon|lat_lon|latLon|coords|coordinates|position|pos|location|gps|geo|standort)["']?[ \t]*[:=][ \t]*["']?(-?\d{1,2}\.\d{6,9}, ?-?\d{1,3}\.\d{6,9})(?![\d.])|(?:^|[;\t|]|,(?="))[ \t]*["']?(-?\d{1,2}\.\d{4,9}, ?-?\d{1,3}\.\d{4,9})["']?[ \t]*(?=[,;\t|]|\r?\n|$)|(?:^|[,;\t|(])[ \t]*["']?(-?\d{1,3}\.\d{5,9})["']?[ \t]*(?=[,;\t|)]|\r?\n|$)/gmu,
  secretGroup: [1, 2, 3, 4, 5, 6],
  columns: true,
  validate: (s, ctx) => {
    // A pair in one value: a fix, unless its record names a place other than a home (a trip's
    // drop-off at a landmark or a station, not at `Home`).
    if (ctx.match[4] !== undefined) return !isInPlaceRecord(ctx) && !isNamedPlace(ctx);
    // A cell under a latitude's or a longitude's column (a CSV export, an SQL dump's INSERT), not a place's.
    // A pair in one cell under a person's position column (`home_latlon`), at five decimals or more (a metre).
    if (ctx.match[5] !== undefined) {
      const header = columnHeader(ctx);
      if (header === undefined || isInPlaceRecord(ctx)) return false;
      if (PERSON_PAIR_COLUMN.test(header)) return true;
      if (!PAIR_COLUMN.test(header.trim())) return false;
      const row = (tableHeaderRow(ctx) ?? '').toLowerCase();
      return PERSON_TABLE.test(row) && !PLACE_TABLE.test(row);
    }
    if (ctx.match[6] !== undefined) {
      const header = columnHeader(ctx);
      if (header === undefined || !COORDINATE_COLUMN.test(header) || PLACE_COLUMN.test(header)) return false;
      // (At five decimals, a metre, only under a person's position column: `Home Lat`, `delivery_lng`, or in
      // an SQL dump's table of people: `COPY public.recipients (…, lat, lng, …)`.)
      if (/\.\d{5}$/u.test(s) && !PERSON_COORDINATE_COLUMN.test(header) && !PEOPLE_SQL_TABLE.test(recordTable(ctx) ?? '')) return false;
      // A bare `lat` / `Latitude` column: the table's other columns must say it is about people
      // (a customer, a delivery, a home), not about places (a property listing, a store list).
      if (!PERSON_COORDINATE_COLUMN.test(header)) {
        const row = (recordColumns(ctx) ?? '').toLowerCase();
        if (!PERSON_TABLE.test(row) || PLACE_TABLE.test(row)) return false;
      }
    }
    // (At five decimals, a metre, only on a line about a person's position: a driver's home, a rider's fix.)
    if (ctx.match[3] !== undefined && /\.\d{5}$/u.test(s) && !PERSON_POSITION_LINE.test(matchLine(ctx, 200))) return false;
    if (ctx.match[3] !== undefined || ctx.match[6] !== undefined) {
      const v = Math.abs(Number(s));
      // (Zero, or a round value padded with zeros, is no one's fix.)
      return v > 0 && v <= 180 && !/\.\d0{4,}$/u.test(s) && !isInPlaceRecord(ctx);
    }
    return true;
  },
  redactAs: 'geolocation',
  references: ['https://exiftool.org/TagNames/GPS.html', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      // a telematics gateway's log of a car's position, and a subject access reply's table of a driver's trips
      `INFO ingest vin=${fake('{u17}', 101585)} pos=52.${fake('{d6}', 101586)},13.${fake('{d6}', 101587)} speed=33`,
      `| Zeitpunkt | Position | Geschwindigkeit |\n|---|---|---|\n| 2025-03-01 07:41 | 53.${fake('{d5}', 101588)},9.${fake('{d6}', 101589)} | 54 km/h |\n`,
      // a driver's logbook: a trip's position in its lat and lon columns
      `fahrt_id,zeitstempel,lat,lon,km_stand\nT1,2025-03-04T07:12:59+01:00,54.${fake('{d6}', 101590)},10.${fake('{d6}', 101591)},21563\n`,
      '"GPSLatitude": "46 deg 12\' 17.64\\" N",\n"GPSLongitude": "6 deg 8\' 31.09\\" E",',
      'GPS Position                    : 48 deg 51\' 29.52" N, 2 deg 17\' 40.20" E',
      '"pin": "https://maps.google.com/?q=35.918274,0.093517"',
      '"position": {\n  "lat": 47.392817,\n  "lon": 8.104526,\n  "acc": 8\n}',
      '"pickup": {"name": "Home", "latlng": "52.371807,4.896029"}',
      '{"device": "tracker-7", "coords": "-33.868820,151.209290", "ts": 1733217504}',
      // an SQL dump's delivery columns, a CSV's home columns, an escaped JSON body
      "INSERT INTO `orders` (`id`,`delivery_lat`,`delivery_lng`,`total`) VALUES\n(91,30.0111721,31.4354922,16153),\n(92,24.8268243,46.6355729,11625);",
      'customer,home_lat,home_lng\nC-1,52.3718071,4.8960292\n',
      'order_id,customer_phone,lat,lng\nO-1,+20 100 000 0000,30.0111721,31.4354922\n',
      '"raw": "{\\n  \\"lat\\": 30.0568325,\\n  \\"lng\\": 30.9801738\\n}"',
      // a driver export's home position as one pair, in a TSV cell and a quoted CSV cell
      'driver_id\tfull_name\thome_latlon\tdepot\nD-1\tA. Example\t51.50012,-0.12456\tLON-1\n',
      'rider_id,rider_name,home_coords,zone\nR-1,A. Example,"48.85661,2.35222",PAR-2\n',
      // a geofence log's match against a driver's home, at five decimals
      'WARN geofence: vehicle V-7 ignition=off; nearest driver home match D-1 lat=51.50012 lon=-0.12456 dist=11m',
      // a recruiter's export: a candidate's home at five decimals under Home Lat and Home Lng
      'Candidate ID,First Name,Last Name,Home Lat,Home Lng,Status\n1001,Ada,Example,52.04117,-0.75823,Placed\n',
      // a parcel carrier's recipients in a pg_dump (five decimals, a bare lat column) and its shipments export's geo column
      'COPY public.recipients (id, customer_no, last_name, postcode, lat, lng) FROM stdin;\n81\tONT-1\tVoorbeeld\t2511 AB\t52.07712\t4.31344\n\\.\n',
      'zendingnummer;ontvanger;postcode;geo;status\nZ-1;J. Voorbeeld;9050;51.05231,3.72118;BEZORGD\n',
      // a field work order's supply point, geolocated under geo
      `{"cliente": {"nombre": "Ana Ejemplo"}, "suministro": {"direccion": "Calle Ejemplo 1", "geo": "41.${fake('{d6}', 8213)},-0.${fake('{d6}', 8214)}"}}`,
      // a Norwegian home-care visit list: the patient's home in its coordinates column (WGS84 in brackets)
      `Besøk-ID;Dato;Pasient;Adresse;Koordinater (WGS84)\nHB-1;25.03.2024;A. Eksempel;Storgata 1;69.${fake('{d6}', 8240)},18.${fake('{d6}', 8241)}\n`,
    ],
    negative: [
      '{"iata": "XYZ", "lat": 41.2391, "lon": -7.4418}',
      '{"name": "Store 14", "lat": 36.753768, "lng": 3.058756, "hours": "09:00-18:00"}',
      '"lat": 0.000000, "lon": 0.000000',
      'GPS Latitude Ref                : North',
      '"dropoff": {"name": "Central Station", "latlng": "52.378901,4.900277"}',
      // a store list's columns, and other decimal columns
      'store_id,store_lat,store_lng\nS-1,52.3718071,4.8960292\n',
      'id,amount,rate\n1,30.0111721,31.4354922\n',
      // a depot's position as one pair
      'depot_id\tdepot_name\tdepot_latlon\nLON-1\tNorth Depot\t51.50012,-0.12456\n',
      // five decimals on a line about a place
      'geofence: vehicle entered depot BHX-03 lat=52.45602 lon=-1.83411',
      // a property listing's columns: the listing's, a public record
      'ListingId,ListPrice,UnparsedAddress,Latitude,Longitude,ListAgentFullName\nL-1,317999,"603 Example St",45.5779851,-122.6781621,"A. Agent"\n',
      // five decimals under a bare lat column of a people's table: too coarse to count there
      'customer,email,lat,lng\nC-1,ada@kestrel-mail.com,52.04117,-0.75823\n',
      // a dump's table of depots at five decimals
      'COPY public.depots (id, code, lat, lng) FROM stdin;\n3\tGNT\t51.05231\t3.72118\n\\.\n',
    ],
  },
});
