import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';

/** ICAO 9303's weights for check digits, repeated. */
const WEIGHTS = [7, 3, 1];

/** The value of an MRZ character: digits as themselves, A-Z as 10-35, the filler `<` as 0. */
function mrzValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return 0;
}

/** ICAO 9303's check digit over `s`. */
function checkDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += mrzValue(s.charCodeAt(i)) * (WEIGHTS[i % 3] as number);
  return sum % 10;
}

/**
 * A passport's second MRZ line (TD3, 44 characters) whose check digits hold: the document number's,
 * the birth date's, the expiry date's and the composite one over all three and the optional data.
 */
function isValidTd3Line2(line: string): boolean {
  if (line.length !== 44) return false;
  const digit = (i: number): number => line.charCodeAt(i) - 48;
  if (checkDigit(line.slice(0, 9)) !== digit(9) || checkDigit(line.slice(13, 19)) !== digit(19) || checkDigit(line.slice(21, 27)) !== digit(27)) return false;
  // (The personal number's own check digit may be `<` when it is empty.)
  const personal = line.slice(28, 42);
  if (line.charAt(42) !== '<' || /[^<]/u.test(personal)) {
    if (checkDigit(personal) !== (line.charAt(42) === '<' ? 0 : digit(42))) return false;
  }
  return checkDigit(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)) === digit(43);
}

/** A TD3 first line: `P`, a type letter or filler, the issuing state, then the holder's names. */
const LINE1 = native(/^P[A-Z<][A-Z<]{3}[A-Z]{1,39}<[A-Z<]{1,39}$/u);

/** The fake MRZ of the examples: a made-up holder with valid check digits. */
function sampleMrz(number: string, birth: string, expiry: string): string {
  const personal = '<'.repeat(14);
  const head = `${number}${checkDigit(number)}UTO${birth}${checkDigit(birth)}F${expiry}${checkDigit(expiry)}${personal}<`;
  const composite = checkDigit(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43));
  return `P<UTOEXAMPLE<<ADA<MARIA${'<'.repeat(44 - 23)}\n${head}${composite}`;
}

// The machine-readable zone of a passport's data page (ICAO 9303 TD3: two lines of 44 characters),
// as a KYC log, a PNR's scan or an OCR result prints it: the first line holds the holder's names,
// the second the document number, nationality, date of birth, sex and expiry, each with its check
// digit. The two lines are reported as one value, when the second's check digits all hold; a line
// alone (a JSON field each, a chat's quote) is reported too: the first for its names, the second
// when its four check digits hold.
export default defineRule({
  id: 'passport-mrz',
  category: 'pii',
  description: "Passport machine-readable zone (ICAO 9303 TD3, both lines, check digits validated)",
  keywords: ['<<'],
  window: { before: 100, after: 100 },
  pattern: /(?<![A-Z0-9<])(?:P[A-Z<][A-Z<]{42}(?:\r?\n[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d)?|[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d)(?![A-Z0-9<])/gu,
  validate: (s) => {
    const lines = s.split(/\r?\n/u);
    if (lines.length === 2) return LINE1.test((lines[0] as string).replace(/<+$/u, '')) && isValidTd3Line2(lines[1] as string);
    // One line alone, as an identity-check service's JSON gives them (`"line1": …, "line2": …`) or a
    // chat quotes one: the first with the holder's names, or the second with all its check digits.
    return s.startsWith('P') && !/\d/u.test(s) ? LINE1.test(s.replace(/<+$/u, '')) : isValidTd3Line2(s);
  },
  redactAs: 'passport-mrz',
  references: ['https://www.icao.int/publications/Documents/9303_p4_cons_en.pdf'],
  examples: {
    positive: [
      sampleMrz('B20746158', '740812', '320415'),
      `OCR result:\n${sampleMrz('X41027735', '880301', '310922')}\n`,
      // an identity-check service's result, each line in a field of its own
      `{"mrz": {"line1": "${sampleMrz('C55120487', '910517', '290830').split('\n')[0]}", "line2": "${sampleMrz('C55120487', '910517', '290830').split('\n')[1]}"}}`,
    ],
    negative: [
      // a wrong check digit in the document number
      sampleMrz('B20746158', '740812', '320415').replace(/\nB20746158(\d)/u, (_m, d: string) => `\nB20746158${(Number(d) + 1) % 10}`),
      '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
      // a second line alone whose composite check digit fails
      `"line2": "${sampleMrz('C55120487', '910517', '290830').split('\n')[1]?.replace(/\d$/u, (d) => String((Number(d) + 1) % 10))}"`,
    ],
  },
});
