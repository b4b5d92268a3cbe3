import { defineRule } from '../defineRule';
import { isInPlaceRecord } from './_context';

// A precise position where a person was: a photo's EXIF GPS tags as exiftool prints them
// (`GPS Latitude : 46 deg 12' 17.64" N`, also in its -json output), a map link dropped for a
// delivery or in a chat (`maps.google.com/?q=35.918274,0.093517`), or a record's `lat`/`lon` with
// six decimals or more (a tenth of a metre: a device's fix, not a city's or a shop's listing).
// (Coordinates in a record with opening hours are a place's.)
export default defineRule({
  id: 'gps-coordinates',
  category: 'pii',
  description: "Precise GPS position: a photo's EXIF GPS tags, a map link's pin, or a record's lat/lon with six decimals",
  keywords: ['gps', 'maps.google', 'google.com/maps', 'maps.apple', 'openstreetmap', 'lat', 'lon', 'lng'],
  window: { before: 24, after: 160 },
  pattern:
    /GPS ?(?:Latitude|Longitude|Position)"?[ \t]*[:=][ \t]*"?(\d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?\\?" [NSEW](?:, \d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?\\?" [NSEW])?)|(?:maps\.google\.[a-z.]{2,6}\/(?:maps)?\?(?:[\w=&]{0,80}&)?q=|google\.[a-z.]{2,6}\/maps\/(?:search\/|place\/)?@?|maps\.apple\.com\/\?(?:[\w=&]{0,80}&)?(?:ll|q)=|openstreetmap\.org\/\?mlat=)(-?\d{1,2}\.\d{5,8}(?:,|%2C|&mlon=)-?\d{1,3}\.\d{5,8})|(?<![\w.-])["']?(?:lat|latitude|lng|lon|long|longitude)["']?[ \t]*[:=][ \t]*["']?(-?\d{1,3}\.\d{6,9})(?![\d.])/gu,
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
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
    ],
    negative: [
      '{"iata": "XYZ", "lat": 41.2391, "lon": -7.4418}',
      '{"name": "Store 14", "lat": 36.753768, "lng": 3.058756, "hours": "09:00-18:00"}',
      '"lat": 0.000000, "lon": 0.000000',
      'GPS Latitude Ref                : North',
    ],
  },
});
