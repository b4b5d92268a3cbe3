import { defineRule, fake } from '../defineRule';
import { calcVinCheck, vinChecksum } from './_checksums';
import { hasContext } from './_context';
import { isDeviceRecord } from './_devices';

const VIN_CONTEXT = /(?<![a-z])(?:vin(?![a-z])|vehicle (?:identification|id)|chassis|fahrgestell|fin(?![a-z])|numéro de série|bastidor)/u;

/** The check-digit example of NHTSA's VIN rule and every VIN decoder's tests: no one's car. */
const TEXTBOOK_VIN = '1M8GDM9AXKP042788';

function sample(seed: number): string {
  const body = `1${fake('{A1}', seed)}${fake('{u6}', seed + 1).replace(/[IOQ]/gu, 'K')}0${'ABCDEFGHJKLMNPRSTVWXY'[seed % 21]}${fake('{d7}', seed + 2)}`;
  const check = calcVinCheck(body.replace(/[IOQ]/gu, 'K'));
  return body.slice(0, 8).replace(/[IOQ]/gu, 'K') + check + body.slice(9);
}

// 17 characters from A-Z and 0-9 without I, O, Q: manufacturer (3), descriptor (5), check digit
// (position 9: weighted sum mod 11, X for 10), model year (position 10: not U, Z or 0), plant and
// serial (the last four always digits). A VIN label must be near (one random 17-character token in
// eleven passes the check digit); with the label, a European VIN without check digit counts too.
export default defineRule({
  id: 'vehicle-vin',
  category: 'pii',
  description: 'Vehicle identification number (VIN)',
  // Seventeen upper-case characters start almost anywhere in code, so the rule runs only where a
  // VIN label occurs (checked per match, see below).
  keywords: ['vin:', 'vin ', 'vin#', 'vin=', 'vin"', "vin'", 'vin_', 'vin\t', 'vin,', 'vin;', 'vin|', '(vin)', 'vehicle', 'chassis', 'fahrgestell', 'fahrzeug', 'bastidor', 'carfax', ';fin;', ',fin,', '\tfin\t'],
  // The value stands near its label (or a few table rows under a header that names it).
  window: { before: 64, after: 400 },
  // (A German claims export's `fin` column: Fahrzeug-Identifizierungsnummer, its rows below it.)
  keywordWindows: { ';fin;': { before: 64, after: 4000 }, ',fin,': { before: 64, after: 4000 }, '\tfin\t': { before: 64, after: 4000 } },
  columns: true,
  pattern: /[A-HJ-NPR-Z0-9](?<![\w-].)[A-HJ-NPR-Z0-9]{16}(?![\w-])/gu,
  validate: (s, ctx) => {
    if (!/[A-Z]/u.test(s) || !/\d/u.test(s) || /[UZ0]/u.test(s[9] as string) || s === TEXTBOOK_VIN) return false;
    // (A serial of five zeros and one digit is a specimen's: the ISO 3779 sample `…ZZZ1JZXW000001` in specs and docs.)
    if (!/\d{4}$/u.test(s) || /(.)\1{5}/u.test(s) || /0{5}[1-9]$/u.test(s)) return false;
    if (!hasContext(ctx, VIN_CONTEXT, { before: 60, after: 16 })) return false;
    // (Not a fleet's car in its vehicle list or its telematics log: see isDeviceRecord.)
    if (isDeviceRecord(ctx, 'vin')) return false;
    // North American VINs carry a check digit; European ones need not, but then the value must
    // look like a VIN: a letter in the manufacturer code and a numeric serial.
    // (A European maker's code starts with a letter and may end in a digit: Renault's VF1, Ford's WF0.)
    return vinChecksum(s) || ((/^[A-Z0-9]{2}[A-Z]/u.test(s) || /^[S-Z][A-Z][0-9]/u.test(s)) && /\d{5}$/u.test(s));
  },
  redactAs: 'vin',
  references: ['https://www.iso.org/standard/52200.html', 'https://www.ecfr.gov/current/title-49/subtitle-B/chapter-V/part-565'],
  examples: {
    positive: [
      `VIN ${sample(291)}`,
      `Fahrgestellnummer: WVWZZZ1KZ${'ABCDEFGHJ'[Number(fake('{d1}', 292)) % 9]}W${fake('{d6}', 293)}`,
      // a claims fixture's Renault, and a German claims export's FIN column
      `"vin": "VF1A014RALD${fake('{d6}', 101362)}",`,
      `schaden_nr;vn_name;kennzeichen;fin;werkstatt\nKFZ-2024-0239;A. Beispiel;L-AB 1234;WF0YG9CS6EW${fake('{d6}', 101363)};Werkstatt Beispiel\n`,
    ],
    negative: [
      // a specification's sample VIN, its serial 000001
      '// Example VIN from the spec: WVWZZZ1JZXW000001 (ISO 3779 sample)\n"vin": "WVWZZZ1JZXW000001",',
      `VIN ${sample(291).slice(0, 8)}${sample(291)[8] === '1' ? '2' : '1'}${sample(291).slice(9, 13)}ABCD`,
      `order ${sample(291)} for the vehicle`.replace('vehicle', 'car'),
      'VIN 11111111111111111',
      '* The example VIN used in unit tests is `1M8GDM9AXKP042788`.',
      `vehicle sha ${fake('{H17}', 296)}`,
      'ABCDEFGHJKLMNPRST',
      // a fleet's car in its telematics log (beside the box's thing name)
      `{"vehicle": {"vin": "${sample(291)}", "thing": "fleet-box-0412"}, "km": 28.8}`,
    ],
  },
});
