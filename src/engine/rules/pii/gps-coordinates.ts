import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import type { MatchContext } from '../../types';
import { enclosingRecord, isInPlaceRecord } from './_context';

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

export default defineRule({
  id: 'gps-coordinates',
  category: 'pii',
  description: "Precise GPS position: a photo's EXIF GPS tags, a map link's pin, or a record's lat/lon with six decimals",
  keywords: ['gps', 'maps.google', 'google.com/maps', 'maps.apple', 'openstreetmap', 'lat', 'lon', 'lng', 'coords', 'coordinates'],
  window: { before: 24, after: 160 },
  pattern:
    /GPS ?(?:Latitude|Longitude|Position)"?[ \t]*[:=][ \t]*"?(\d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?\\?" [NSEW](?:, \d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?\\?" [NSEW])?)|(?:maps\.google\.[a-z.]{2,6}\/(?:maps)?\?(?:[\w=&]{0,80}&)?q=|google\.[a-z.]{2,6}\/maps\/(?:search\/|place\/)?@?|maps\.apple\.com\/\?(?:[\w=&]{0,80}&)?(?:ll|q)=|openstreetmap\.org\/\?mlat=)(-?\d{1,2}\.\d{5,8}(?:,|%2C|&mlon=)-?\d{1,3}\.\d{5,8})|(?<![\w.-])["']?(?:lat|latitude|lng|lon|long|longitude)["']?[ \t]*[:=][ \t]*["']?(-?\d{1,3}\.\d{6,9})(?![\d.])|(?<![\w.-])["']?(?:latlng|lat_lng|latLng|latlon|lat_lon|latLon|coords|coordinates)["']?[ \t]*[:=][ \t]*["']?(-?\d{1,2}\.\d{6,9}, ?-?\d{1,3}\.\d{6,9})(?![\d.])/gu,
  secretGroup: [1, 2, 3, 4],
  validate: (s, ctx) => {
    // A pair in one value: a fix, unless its record names a place other than a home (a trip's
    // drop-off at a landmark or a station, not at `Home`).
    if (ctx.match[4] !== undefined) return !isInPlaceRecord(ctx) && !isNamedPlace(ctx);
    if (ctx.match[3] !== undefined) {
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
      '"GPSLatitude": "46 deg 12\' 17.64\\" N",\n"GPSLongitude": "6 deg 8\' 31.09\\" E",',
      'GPS Position                    : 48 deg 51\' 29.52" N, 2 deg 17\' 40.20" E',
      '"pin": "https://maps.google.com/?q=35.918274,0.093517"',
      '"position": {\n  "lat": 47.392817,\n  "lon": 8.104526,\n  "acc": 8\n}',
      '"pickup": {"name": "Home", "latlng": "52.371807,4.896029"}',
      '{"device": "tracker-7", "coords": "-33.868820,151.209290", "ts": 1733217504}',
    ],
    negative: [
      '{"iata": "XYZ", "lat": 41.2391, "lon": -7.4418}',
      '{"name": "Store 14", "lat": 36.753768, "lng": 3.058756, "hours": "09:00-18:00"}',
      '"lat": 0.000000, "lon": 0.000000',
      'GPS Latitude Ref                : North',
      '"dropoff": {"name": "Central Station", "latlng": "52.378901,4.900277"}',
    ],
  },
});
