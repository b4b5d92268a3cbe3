// Check-digit algorithms shared by the personal-data rules. Every function takes the compact
// value (separators already removed, upper case) and returns whether the check holds; none throws.
// The `calc*` variants compute the check part, so rule examples can build valid values at runtime.
export { luhn } from '../defineRule';

/** True when every character of `s` is one ASCII digit. */
function isDigits(s: string): boolean {
  return /^\d+$/u.test(s);
}

/** Appends the Luhn check digit to a digit string. */
export function withLuhn(body: string): string {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = body.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return body + String((10 - (sum % 10)) % 10);
}

const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffState(digits: string, offset: number): number {
  let c = 0;
  for (let i = digits.length - 1, k = offset; i >= 0; i--, k++) {
    const d = digits.charCodeAt(i) - 48;
    c = (VERHOEFF_D[c] as readonly number[])[(VERHOEFF_P[k % 8] as readonly number[])[d] as number] as number;
  }
  return c;
}

/** Verhoeff check (dihedral group D5), used by Aadhaar. `digits` includes the check digit. */
export function verhoeff(digits: string): boolean {
  return isDigits(digits) && verhoeffState(digits, 0) === 0;
}

/** Appends the Verhoeff check digit. */
export function withVerhoeff(body: string): string {
  return body + String(VERHOEFF_INV[verhoeffState(body, 1)]);
}

/** Remainder of a decimal or alphanumeric (A=10 … Z=35) string modulo 97, computed piecewise. */
export function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/** ISO 13616 IBAN check: the rearranged value modulo 97 is 1. `iban` is compact and upper case. */
export function ibanChecksum(iban: string): boolean {
  return iban.length >= 5 && mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Builds a valid IBAN from a country code and a BBAN. */
export function toIban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** ISO 7064 MOD 11,10 (German Steuer-IdNr): the last digit checks the others. */
export function iso7064Mod11_10(digits: string): boolean {
  if (!isDigits(digits) || digits.length < 2) return false;
  return calcIso7064Mod11_10(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}

/** The ISO 7064 MOD 11,10 check digit for `body`. */
export function calcIso7064Mod11_10(body: string): number {
  let product = 10;
  for (let i = 0; i < body.length; i++) {
    let sum = (body.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Weighted digit sum: `digits[i] * weights[i]`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += (digits.charCodeAt(i) - 48) * (weights[i] as number);
  return s;
}

/**
 * The Czech and Slovak domestic account check (ČNB decree 169/2011): the account number, padded to
 * ten digits, weighted 6 3 7 9 10 5 8 4 2 1, and the prefix, padded to six, weighted 10 5 8 4 2 1,
 * each sum a multiple of eleven.
 */
export function czAccountChecksum(prefix: string, number: string): boolean {
  if (prefix.length > 6 || number.length > 10) return false;
  return weightedSum(prefix.padStart(6, '0'), [10, 5, 8, 4, 2, 1]) % 11 === 0 && weightedSum(number.padStart(10, '0'), [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0;
}

/** An account number made valid from its first digits (for examples): the next body whose check digit is 0-9. */
export function withCzAccount(body: string): string {
  for (let b = Number(body); ; b++) {
    const head = String(b).padStart(body.length, '0');
    const rest = weightedSum(`${head}0`.padStart(10, '0'), [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]) % 11;
    const check = (11 - rest) % 11;
    if (check < 10) return `${head}${check}`;
  }
}

/** The EAN-13 (GTIN-13) check: weights 1 and 3 from the left, the total a multiple of ten. */
export function ean13Checksum(digits: string): boolean {
  return digits.length === 13 && weightedSum(digits, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1]) % 10 === 0;
}

/** Norway's account number as written, 4.2.5 with dots, its last digit a modulus-11 check over the first ten (weights 5,4,3,2,7,6,5,4,3,2). */
export function isNorwegianAccount(s: string): boolean {
  if (!/^\d{4}\.\d{2}\.\d{5}$/u.test(s)) return false;
  const d = s.replace(/\./gu, '');
  const check = (11 - (weightedSum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return check !== 10 && check === d.charCodeAt(10) - 48;
}

/** NHS number (England, Wales, Isle of Man): modulus 11 with weights 10..2; a check of 10 is never issued. */
export function nhsMod11(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const check = calcNhsCheck(digits.slice(0, 9));
  return check !== undefined && check === digits.charCodeAt(9) - 48;
}

/** The NHS check digit for nine digits, or undefined when no valid number has this body. */
export function calcNhsCheck(body: string): number | undefined {
  const r = weightedSum(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  const check = 11 - r;
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

function cpfDigit(digits: string, len: number): number {
  let sum = 0;
  for (let i = 0; i < len; i++) sum += (digits.charCodeAt(i) - 48) * (len + 1 - i);
  const r = (sum * 10) % 11;
  return r === 10 ? 0 : r;
}

/** Brazilian CPF: two modulus-11 check digits over 11 digits. */
export function cpfChecksum(digits: string): boolean {
  if (!/^\d{11}$/u.test(digits)) return false;
  return cpfDigit(digits, 9) === digits.charCodeAt(9) - 48 && cpfDigit(digits, 10) === digits.charCodeAt(10) - 48;
}

/** Appends the two CPF check digits to nine digits. */
export function withCpf(body: string): string {
  const a = body + String(cpfDigit(body, 9));
  return a + String(cpfDigit(a, 10));
}

const CNPJ_W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function cnpjDigit(s: string, weights: readonly number[]): number {
  // Characters count as their code minus 48: digits keep their value, letters (the 2026
  // alphanumeric CNPJ) become 17..42.
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (s.charCodeAt(i) - 48) * (weights[i] as number);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

const PIS_WEIGHTS = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
/** Brazil's PIS/PASEP/NIT check digit: the first ten digits weighted 3, 2, 9 … 2, eleven minus the sum's remainder modulo 11 (10 and 11 give 0). */
export function calcPisCheck(d10: string): number {
  const r = 11 - (weightedSum(d10, PIS_WEIGHTS) % 11);
  return r >= 10 ? 0 : r;
}

/** Brazil's PIS/PASEP/NIT: eleven digits, the last its check digit (calcPisCheck). */
export function pisChecksum(d: string): boolean {
  return d.length === 11 && calcPisCheck(d.slice(0, 10)) === Number(d[10]);
}

/** Brazilian CNPJ: 12 characters (digits, or upper-case letters from 2026) + two check digits. */
export function cnpjChecksum(value: string): boolean {
  if (!/^[0-9A-Z]{12}\d{2}$/u.test(value)) return false;
  return cnpjDigit(value, CNPJ_W1) === value.charCodeAt(12) - 48 && cnpjDigit(value, CNPJ_W2) === value.charCodeAt(13) - 48;
}

/** Appends the two CNPJ check digits to a 12-character body. */
export function withCnpj(body: string): string {
  const a = body + String(cnpjDigit(body, CNPJ_W1));
  return a + String(cnpjDigit(a, CNPJ_W2));
}

/** Dutch BSN "11-test": weights 9..2 and -1 over nine digits; the sum is a multiple of 11. */
export function elevenTest(digits: string): boolean {
  if (!/^\d{9}$/u.test(digits)) return false;
  const s = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  return s > 0 && s % 11 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The Spanish DNI/NIE control letter for a number. */
export function dniLetter(n: number): string {
  return DNI_LETTERS[n % 23] as string;
}

/** Spanish DNI: eight digits and the control letter. */
export function dniChecksum(value: string): boolean {
  const m = /^(\d{8})([A-Z])$/u.exec(value);
  return m !== null && dniLetter(Number(m[1])) === m[2];
}

/** Spanish NIE: X/Y/Z (read as 0/1/2), seven digits and the control letter. */
export function nieChecksum(value: string): boolean {
  const m = /^([XYZ])(\d{7})([A-Z])$/u.exec(value);
  return m !== null && dniLetter(Number(String('XYZ'.indexOf(m[1] as string)) + m[2])) === m[3];
}

/**
 * The two check letters of a Spanish or Portuguese supply point's code (CUPS/CPE): its sixteen digits
 * modulo 529, read as two letters of the DNI's alphabet (quotient and remainder by 23).
 */
export function calcCupsCheckLetters(digits16: string): string {
  // (Sixteen digits exceed 2^53: the remainder is taken in two halves.)
  const r = (Number(digits16.slice(0, 8)) * (100_000_000 % 529) + Number(digits16.slice(8))) % 529;
  return dniLetter(Math.floor(r / 23)) + dniLetter(r % 23);
}

const CF_ODD: Record<string, number> = {};
{
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  for (let i = 0; i < 10; i++) CF_ODD[String(i)] = odd[i] as number;
  for (let i = 0; i < 26; i++) CF_ODD[String.fromCharCode(65 + i)] = odd[i] as number;
}

/** The Italian codice fiscale check letter for the first 15 characters. */
export function calcCodiceFiscaleCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i] as string;
    const c = ch.charCodeAt(0);
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += c <= 57 ? c - 48 : c - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Italian codice fiscale: 16 characters whose last letter checks the first 15. */
export function codiceFiscaleChecksum(value: string): boolean {
  return /^[A-Z0-9]{15}[A-Z]$/u.test(value) && calcCodiceFiscaleCheck(value) === value[15];
}

/**
 * The French NIR key (97 − n mod 97) for the first 13 characters. Corsican departments 2A and 2B
 * count as 19 and 18.
 */
export function calcNirKey(body13: string): number {
  const n = body13.slice(0, 5) + body13.slice(5, 7).replace('2A', '19').replace('2B', '18') + body13.slice(7, 13);
  return 97 - mod97(n);
}

/** French NIR: 13 characters (department may be 2A/2B) + a two-digit key. */
export function nirChecksum(value: string): boolean {
  if (!/^\d{5}(?:\d{2}|2[AB])\d{8}$/u.test(value)) return false;
  return calcNirKey(value.slice(0, 13)) === Number(value.slice(13));
}

/** Australian TFN: weighted sum (8 or 9 digits) divisible by 11. */
export function tfnChecksum(digits: string): boolean {
  if (/^\d{9}$/u.test(digits)) return weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  if (/^\d{8}$/u.test(digits)) return weightedSum(digits, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  return false;
}

/** US ABA routing transit number: 3-7-1 weighted sum divisible by 10. */
/**
 * Australian Medicare card number: ten digits (eleven with the person's reference number), the first
 * 2-6, the ninth the weighted sum of the first eight (1 3 7 9 1 3 7 9) mod 10; the tenth is the card's
 * issue number.
 */
export function auMedicareChecksum(digits: string): boolean {
  if (!/^[2-6]\d{9,10}$/u.test(digits)) return false;
  return weightedSum(digits.slice(0, 8), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(digits[8]);
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The check character of a GSTIN's first fourteen characters: weights 1, 2 alternating, base 36, digits of each product summed. */
export function calcGstinCheck(body14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = BASE36.indexOf(body14.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return BASE36.charAt((36 - (sum % 36)) % 36);
}

/** Indian GSTIN: a state code, the holder's PAN, an entity number, `Z`, and a check character. */
export function gstinChecksum(value: string): boolean {
  return /^\d{2}[A-Z0-9]{13}$/u.test(value) && calcGstinCheck(value.slice(0, 14)) === value.charAt(14);
}

export function abaChecksum(digits: string): boolean {
  return /^\d{9}$/u.test(digits) && weightedSum(digits, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}

/** Appends the ABA check digit to eight digits. */
export function withAba(body: string): string {
  return body + String((10 - (weightedSum(body, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10);
}

const VIN_VALUES: Record<string, number> = {};
{
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = 0; i < letters.length; i++) VIN_VALUES[letters[i] as string] = values[i] as number;
  for (let i = 0; i < 10; i++) VIN_VALUES[String(i)] = i;
}
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check character (position 9) a 17-character VIN must carry: `0`-`9` or `X`. */
export function calcVinCheck(vin: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VIN_VALUES[vin[i] as string];
    if (v === undefined) return undefined;
    sum += v * (VIN_WEIGHTS[i] as number);
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** Vehicle identification number (ISO 3779, North American check digit at position 9). */
export function vinChecksum(vin: string): boolean {
  return vin.length === 17 && calcVinCheck(vin) === vin[8];
}

/** Polish PESEL: weights 1-3-7-9 over ten digits; the eleventh digit makes the sum end in 0. */
export function peselChecksum(digits: string): boolean {
  if (!/^\d{11}$/u.test(digits)) return false;
  const s = weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return (10 - (s % 10)) % 10 === digits.charCodeAt(10) - 48;
}

/** Appends the PESEL check digit to ten digits. */
export function withPesel(body: string): string {
  return body + String((10 - (weightedSum(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The Finnish henkilötunnus check character for DDMMYY + the three-digit individual number. */
export function calcHetuCheck(dateDigits: string, individual: string): string {
  return HETU_CHECK[Number(dateDigits + individual) % 31] as string;
}

/** Finnish henkilötunnus: DDMMYY, century sign, three digits, check character. */
export function hetuChecksum(value: string): boolean {
  const m = /^(\d{6})[-+ABCDEFUVWXY](\d{3})([0-9A-Y])$/u.exec(value);
  return m !== null && calcHetuCheck(m[1] as string, m[2] as string) === m[3];
}

/**
 * Belgian national register number: YYMMDD + three digits + a two-digit check, 97 − n mod 97
 * over the first nine digits (with a leading 2 for people born from 2000 on).
 */
export function belgianNationalNumberChecksum(digits: string): boolean {
  if (!/^\d{11}$/u.test(digits)) return false;
  const check = Number(digits.slice(9));
  return 97 - mod97(digits.slice(0, 9)) === check || 97 - mod97('2' + digits.slice(0, 9)) === check;
}

/** Appends the Belgian check digits (for a birth year before 2000 when `born2000` is false). */
export function withBelgianCheck(body9: string, born2000 = false): string {
  return body9 + String(97 - mod97((born2000 ? '2' : '') + body9)).padStart(2, '0');
}

/** True for a real calendar date (month 1-12, day within the month, leap years included). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= dim;
}

/** A date someone alive could be born on: a real date, in the past, at most 125 years ago. */
export function isPlausibleBirthDate([y, m, d]: readonly [number, number, number]): boolean {
  if (!isValidDate(y, m, d)) return false;
  const now = new Date();
  return y >= now.getFullYear() - 125 && Date.UTC(y, m - 1, d) <= now.getTime();
}

/**
 * The Steuer-IdNr digit rule: in the first ten digits exactly one digit occurs twice or three times
 * (never three in a row) and every other digit at most once.
 */
export function hasTaxIdDigitPattern(d: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) {
    const k = d.charCodeAt(i) - 48;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  let repeated = 0;
  for (const c of counts) {
    if (c > 3) return false;
    if (c >= 2) repeated++;
  }
  if (repeated !== 1) return false;
  return !/(\d)\1\1/u.test(d.slice(0, 10));
}

/** The characters of a Mexican CURP in the order whose index is their value for the check digit. */
const CURP_VALUES = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** The Mexican CURP check digit for the first 17 characters: weights 18 down to 2, then 10 − sum mod 10. */
export function calcCurpCheck(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_VALUES.indexOf(body17[i] as string) * (18 - i);
  return String((10 - (sum % 10)) % 10);
}

/** Mexican CURP: 18 characters whose last digit checks the first 17. */
export function curpChecksum(value: string): boolean {
  return value.length === 18 && calcCurpCheck(value) === value[17];
}

/** The characters of a Mexican RFC in the order whose index is their value for the check character. */
const RFC_VALUES = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/**
 * The Mexican RFC check character for the first 11 (company) or 12 (person) characters: a
 * company's RFC is padded with a leading space; weights 13 down to 2; 11 − sum mod 11, where 11 is
 * `0` and 10 is `A`.
 */
export function calcRfcCheck(body: string): string {
  const padded = body.length === 11 ? ` ${body}` : body;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += RFC_VALUES.indexOf(padded[i] as string) * (13 - i);
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'A' : String(r);
}

/** Mexican RFC (12 or 13 characters): the last character checks the others. */
export function rfcChecksum(value: string): boolean {
  return (value.length === 12 || value.length === 13) && calcRfcCheck(value.slice(0, -1)) === value[value.length - 1];
}

/** The Argentine CUIT/CUIL check digit for its first ten digits (weights 5432765432, 11 − sum mod 11), or undefined when it would be 10. */
export function calcCuitCheck(digits10: string): number | undefined {
  const r = 11 - (weightedSum(digits10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return r === 11 ? 0 : r === 10 ? undefined : r;
}

/** Argentine CUIT/CUIL: eleven digits whose last checks the first ten. */
export function cuitChecksum(digits: string): boolean {
  return /^\d{11}$/u.test(digits) && calcCuitCheck(digits.slice(0, 10)) === Number(digits[10]);
}

/** The Chilean RUT/RUN check character for its body digits: weights 2-7 from the right, 11 − sum mod 11 (11 is 0, 10 is K). */
export function calcRutCheck(body: string): string {
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += (body.charCodeAt(i) - 48) * w;
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

/** The Mexican CLABE check digit for its first 17 digits: weights 3, 7, 1, each product mod 10, then 10 − sum mod 10. */
export function calcClabeCheck(digits17: string): number {
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((digits17.charCodeAt(i) - 48) * (w[i % 3] as number)) % 10;
  return (10 - (sum % 10)) % 10;
}

/** The check digit closing a block of an Argentine CBU/CVU: weights 3, 1, 7, 9 from the right of the block's body. */
export function calcCbuCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(i) - 48) * ([3, 1, 7, 9][(body.length - 1 - i) % 4] as number);
  return (10 - (sum % 10)) % 10;
}

/** An Argentine CBU/CVU: 22 digits, a check digit closing the bank block (8) and one closing the account block (14). */
export function cbuChecksum(digits: string): boolean {
  if (!/^\d{22}$/u.test(digits)) return false;
  return calcCbuCheck(digits.slice(0, 7)) === Number(digits[7]) && calcCbuCheck(digits.slice(8, 21)) === Number(digits[21]);
}

/** Swiss social security number (AHV/AVS, AHVN13): 756 and ten digits, an EAN-13 check digit. */
export function ahvChecksum(digits: string): boolean {
  return /^756\d{10}$/u.test(digits) && ean13Checksum(digits);
}

/** Appends the EAN-13 check digit to an AHV number's first twelve digits. */
export function withAhv(body12: string): string {
  const sum = weightedSum(body12, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return body12 + String((10 - (sum % 10)) % 10);
}

const SVNR_WEIGHTS = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];

/**
 * Austrian social security number (Versicherungsnummer): three serial digits, a check digit, and
 * the birth date DDMMYY; the check digit is the weighted sum (3 7 9, then 5 8 4 2 1 6 over the
 * date) modulo 11, and a remainder of 10 is never issued.
 */
export function svnrChecksum(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const r = weightedSum(digits, SVNR_WEIGHTS) % 11;
  return r !== 10 && r === Number(digits[3]);
}

/** Inserts the check digit into a serial (three digits) and a birth date (DDMMYY); undefined when the remainder is 10. */
export function withSvnr(serial3: string, date6: string): string | undefined {
  const r = weightedSum(`${serial3}0${date6}`, SVNR_WEIGHTS) % 11;
  return r === 10 ? undefined : `${serial3}${r}${date6}`;
}

/** Polish tax identification number (NIP): ten digits, the last the weighted sum (6 5 7 2 3 4 5 6 7) modulo 11, never 10. */
export function nipChecksum(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const r = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return r !== 10 && r === Number(digits[9]);
}

/** Appends a NIP's check digit to its first nine digits (undefined when the remainder is 10). */
export function withNip(body9: string): string | undefined {
  const r = weightedSum(body9, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return r === 10 ? undefined : body9 + String(r);
}

/**
 * German pension insurance number (Rentenversicherungsnummer, the social security number on the
 * SV-Ausweis): area (2 digits), birth date DDMMYY, the birth surname's initial, a serial (2 digits)
 * and a check digit. The initial counts as its place in the alphabet (A = 01); the twelve digits are
 * weighted 2 1 2 5 7 1 2 1 2 1 2 1, the products' digit sums added, and the total's last digit is the check.
 */
export function rvnrChecksum(value: string): boolean {
  const m = /^(\d{8})([A-Z])(\d{2})(\d)$/u.exec(value);
  if (m === null) return false;
  return calcRvnrCheck(`${m[1]}${m[2]}${m[3]}`) === Number(m[4]);
}

/** The check digit of a pension insurance number's first eleven characters (`24211295V24`). */
export function calcRvnrCheck(body: string): number {
  const digits = body.slice(0, 8) + String(body.charCodeAt(8) - 64).padStart(2, '0') + body.slice(9, 11);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let total = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * (weights[i] as number);
    total += Math.floor(p / 10) + (p % 10);
  }
  return total % 10;
}

/** The two mod-11 check digits of a Norwegian fødselsnummer's first nine digits, or undefined when a remainder leaves none. */
function fodselsnummerChecks(body9: string): string | undefined {
  const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (digits: string, weights: readonly number[]): number => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] as number);
    const k = 11 - (sum % 11);
    return k === 11 ? 0 : k;
  };
  const k1 = check(body9, k1w);
  if (k1 === 10) return undefined;
  const k2 = check(body9 + String(k1), k2w);
  return k2 === 10 ? undefined : `${k1}${k2}`;
}

/** Norwegian fødselsnummer (and D-number) of eleven digits: DDMMYY, three individual digits, two mod-11 check digits. */
export function fodselsnummerChecksum(digits: string): boolean {
  return /^\d{11}$/u.test(digits) && fodselsnummerChecks(digits.slice(0, 9)) === digits.slice(9);
}

/** Appends the two check digits to a fødselsnummer's first nine digits (undefined when that body has none). */
export function withFodselsnummer(body9: string): string | undefined {
  const checks = fodselsnummerChecks(body9);
  return checks === undefined ? undefined : body9 + checks;
}

/**
 * Czech and Slovak birth number (rodné číslo) of ten digits, YYMMDD + four: the whole number is a
 * multiple of 11, or the first nine leave 10 and the last digit is 0 (numbers issued before 1985).
 */
export function birthNumberChecksum(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const first9 = Number(digits.slice(0, 9)) % 11;
  return Number(digits) % 11 === 0 || (first9 === 10 && digits[9] === '0');
}

/** Appends the check digit to a birth number's first nine digits (ten times the body is the body mod 11, negated). */
export function withBirthNumber(body9: string): string {
  const r = Number(body9) % 11;
  return body9 + (r === 10 ? '0' : String(r));
}

/**
 * Lithuanian and Estonian personal code: G YYMMDD NNN K, where K is the digit sum weighted 1-9,1
 * mod 11, or weighted 3-9,1-3 when the first gives 10 (and 0 when both do).
 */
function balticCheckDigit(body10: string): number {
  const a = weightedSum(body10, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (a !== 10) return a;
  const b = weightedSum(body10, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return b === 10 ? 0 : b;
}

/** A Lithuanian or Estonian personal code of eleven digits whose last is its check digit. */
export function balticPersonalCodeChecksum(digits: string): boolean {
  return /^\d{11}$/u.test(digits) && balticCheckDigit(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

/** Appends the check digit to a Lithuanian or Estonian personal code's first ten digits. */
export function withBalticPersonalCode(body10: string): string {
  return body10 + String(balticCheckDigit(body10));
}

/** Latvian personal code (the form issued until 2017): 1101 minus the weighted sum of ten digits, mod 11; -1 where that leaves 10 (no such code is issued). */
function personasKodsCheckDigit(body10: string): number {
  const c = (1101 - weightedSum(body10, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11;
  return c === 10 ? -1 : c;
}

/** A Latvian personal code's eleven digits (DDMMYY, century, serial, check), hyphen removed, whose last is its check digit. */
export function personasKodsChecksum(digits: string): boolean {
  return /^\d{11}$/u.test(digits) && personasKodsCheckDigit(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

/** A Latvian personal code written DDMMYY-CNNNNK from its date and its century digit and serial (for the examples). */
export function withPersonasKods(ddmmyy: string, rest4: string): string {
  return `${ddmmyy}-${rest4}${personasKodsCheckDigit(ddmmyy + rest4)}`;
}

/** Romanian CNP: weights 2 7 9 1 4 6 3 5 8 2 7 9 over twelve digits, mod 11, 10 read as 1. */
function cnpCheckDigit(body12: string): number {
  const r = weightedSum(body12, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return r === 10 ? 1 : r;
}

/** A Romanian CNP of thirteen digits whose last is its check digit. */
export function cnpChecksum(digits: string): boolean {
  return /^\d{13}$/u.test(digits) && cnpCheckDigit(digits.slice(0, 12)) === digits.charCodeAt(12) - 48;
}

/** Appends the check digit to a CNP's first twelve digits. */
export function withCnp(body12: string): string {
  return body12 + String(cnpCheckDigit(body12));
}

/** Singapore NRIC/FIN check letter (S, T, F, G series): weights 2,7,6,5,4,3,2, +4 for T and G, then a table per series. */
export function sgNricLetter(prefix: string, digits7: string): string | undefined {
  const sum = weightedSum(digits7, [2, 7, 6, 5, 4, 3, 2]) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'F' || prefix === 'G' ? 'XWUTRQPNMLK' : undefined;
  return table?.charAt(sum % 11);
}

/** Hong Kong identity card check digit (0-9 or A) for one or two letters and six digits: mod 11, the letters valued A=10…Z=35, a missing first letter 36. */
export function hkidCheck(letters: string, digits6: string): string {
  const value = (c: string): number => c.charCodeAt(0) - 55;
  const [a, b] = letters.length === 2 ? [value(letters[0] as string), value(letters[1] as string)] : [36, value(letters)];
  const sum = a * 9 + b * 8 + weightedSum(digits6, [7, 6, 5, 4, 3, 2]);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

/** New Zealand IRD number (8 or 9 digits, 10,000,000 to 150,000,000): mod 11 with a second set of weights when the first gives 10. */
export function nzIrdChecksum(digits: string): boolean {
  if (!/^\d{8,9}$/u.test(digits)) return false;
  const n = digits.padStart(9, '0');
  const value = Number(n);
  if (value <= 10_000_000 || value >= 150_000_000) return false;
  const base = n.slice(0, 8);
  const checkOf = (weights: readonly number[]): number => {
    const r = weightedSum(base, weights) % 11;
    return r === 0 ? 0 : 11 - r;
  };
  let check = checkOf([3, 2, 7, 6, 5, 4, 3, 2]);
  if (check === 10) check = checkOf([7, 4, 3, 2, 5, 2, 7, 6]);
  return check !== 10 && check === n.charCodeAt(8) - 48;
}

/** Japan's Individual Number (マイナンバー): twelve digits, the last a check digit over the eleven before it. */
export function myNumberChecksum(digits: string): boolean {
  if (!/^\d{12}$/u.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === digits.charCodeAt(11) - 48;
}

/** Korean resident registration number check digit (numbers issued before October 2020): weights 2-9,2-5, (11 - sum mod 11) mod 10. */
export function krRrnChecksum(digits: string): boolean {
  if (!/^\d{13}$/u.test(digits)) return false;
  return (11 - (weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === digits.charCodeAt(12) - 48;
}

/** Uruguay's cédula de identidad: seven digits (padded with a leading 0) and a check digit (weights 2,9,8,7,6,3,4, mod 10). */
export function uyCiChecksum(digits: string): boolean {
  if (!/^\d{7,8}$/u.test(digits)) return false;
  const body = digits.slice(0, -1).padStart(7, '0');
  return (10 - (weightedSum(body, [2, 9, 8, 7, 6, 3, 4]) % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}

/** Weights of a PRC resident identity number's first seventeen digits (ISO 7064 MOD 11-2). */
const CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check character (0-9 or X) of a PRC resident identity number's first seventeen digits: ISO 7064 MOD 11-2. */
export function cnIdCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * (CN_ID_WEIGHTS[i] as number);
  return '10X98765432'.charAt(sum % 11);
}

/** Appends the check character to a PRC resident identity number's first seventeen digits. */
export function withCnId(body17: string): string {
  return body17 + cnIdCheckChar(body17);
}

/** The two-digit values of a Taiwan national identification number's first letter (I, O, W to Z out of order: they came later). */
const TW_LETTER_VALUES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/**
 * Taiwan national identification number (and the 2021 resident certificate): a letter worth 10-35,
 * then nine digits; the letter's two digits weighted 1 and 9, the digits 8 down to 1 and the check
 * digit 1, sum to a multiple of ten.
 */
export function twIdChecksum(id: string): boolean {
  if (!/^[A-Z]\d{9}$/u.test(id)) return false;
  const v = TW_LETTER_VALUES.indexOf(id.charAt(0)) + 10;
  let sum = Math.floor(v / 10) + (v % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += (id.charCodeAt(i) - 48) * (9 - i);
  sum += id.charCodeAt(9) - 48;
  return sum % 10 === 0;
}

/** Appends the check digit to a Taiwan identification number's letter and first eight digits. */
export function withTwId(body9: string): string {
  for (let d = 0; d <= 9; d++) if (twIdChecksum(body9 + String(d))) return body9 + String(d);
  return body9 + '0';
}

/**
 * The check digit of a JMBG (the former Yugoslav states' unique master citizen number, Slovenia's
 * EMŠO): 11 minus the sum of the first twelve digits weighted 7 6 5 4 3 2 7 6 5 4 3 2, mod 11;
 * 10 and 11 are written 0.
 */
function jmbgCheckDigit(body12: string): number {
  const m = 11 - (weightedSum(body12, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return m > 9 ? 0 : m;
}

/** A JMBG or EMŠO of thirteen digits whose last is its check digit. */
export function jmbgChecksum(digits: string): boolean {
  return /^\d{13}$/u.test(digits) && jmbgCheckDigit(digits.slice(0, 12)) === digits.charCodeAt(12) - 48;
}

/** Appends the check digit to a JMBG's first twelve digits. */
export function withJmbg(body12: string): string {
  return body12 + String(jmbgCheckDigit(body12));
}

/** The check digit of a Bulgarian EGN: the first nine digits weighted 2 4 8 5 10 9 7 3 6, mod 11; 10 is written 0. */
function egnCheckDigit(body9: string): number {
  const r = weightedSum(body9, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return r === 10 ? 0 : r;
}

/** A Bulgarian EGN of ten digits whose last is its check digit. */
export function egnChecksum(digits: string): boolean {
  return /^\d{10}$/u.test(digits) && egnCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

/** Appends the check digit to an EGN's first nine digits. */
export function withEgn(body9: string): string {
  return body9 + String(egnCheckDigit(body9));
}

/**
 * The check digit of an Ecuadorian cédula's first nine digits: each digit weighted 2 1 2 1 …,
 * a product above 9 less 9, the sum's distance up to a multiple of ten.
 */
function ecCedulaCheckDigit(body9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = (body9.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10;
}

/** An Ecuadorian cédula: ten digits, a province 01-24 or 30, a third digit below 6 (a person), and its check digit. */
export function ecCedulaChecksum(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  if ((province < 1 || province > 24) && province !== 30) return false;
  return digits.charCodeAt(2) - 48 < 6 && ecCedulaCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

/** Appends the check digit to an Ecuadorian cédula's first nine digits. */
export function withEcCedula(body9: string): string {
  return body9 + String(ecCedulaCheckDigit(body9));
}

/**
 * The check digit of a Kazakh IIN's (or BIN's) first eleven digits: their sum weighted 1 to 11,
 * mod 11; at 10, weighted 3 to 11, 1, 2 instead; at 10 again the number is never issued (-1).
 */
function kzIinCheckDigit(body11: string): number {
  const first = weightedSum(body11, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (first !== 10) return first;
  const second = weightedSum(body11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return second === 10 ? -1 : second;
}

/** A Kazakh IIN (or BIN) of twelve digits whose last is its check digit. */
export function kzIinChecksum(digits: string): boolean {
  return /^\d{12}$/u.test(digits) && kzIinCheckDigit(digits.slice(0, 11)) === digits.charCodeAt(11) - 48;
}

/** Appends the check digit to an IIN's first eleven digits ('' when that body has none). */
export function withKzIin(body11: string): string {
  const check = kzIinCheckDigit(body11);
  return check === -1 ? '' : body11 + String(check);
}

const VN_TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** Vietnamese tax code (MST): the tenth digit checks the first nine: 10 less the weighted sum modulo 11. */
export function vnTaxCodeChecksum(code: string): boolean {
  const check = 10 - (weightedSum(code, VN_TAX_WEIGHTS) % 11);
  return check < 10 && check === Number(code[9]);
}

const PE_DNI_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Peru's DNI: the check character its card prints after the eight digits, in both its forms (a
 * digit, or a letter K, A … J): `peDniChecks('…')` is `'0D'` for a DNI whose check is 0 or D.
 */
export function peDniChecks(dni: string): string {
  const k = (11 - (weightedSum(dni, PE_DNI_WEIGHTS) % 11)) % 11;
  return '67890112345'.charAt(k) + 'KABCDEFGHIJ'.charAt(k);
}

const PE_RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Peru's RUC: the eleventh digit is 11 less the weighted sum modulo 11 (10 reads 0, 11 reads 1). */
export function peRucChecksum(ruc: string): boolean {
  if (!/^\d{11}$/u.test(ruc)) return false;
  return (11 - (weightedSum(ruc, PE_RUC_WEIGHTS) % 11)) % 10 === Number(ruc[10]);
}

/**
 * Portugal's citizen card (Cartão de Cidadão) number: eight digits, a check digit, two letters
 * and a last check over all twelve, letters read as 10 (A) to 35 (Z), every second from the
 * right doubled (less 9 past 9), the sum a multiple of 10.
 */
export function ptCitizenCardChecksum(number: string): boolean {
  const s = number.replace(/ /gu, '').toUpperCase();
  if (!/^\d{9}[A-Z0-9]{2}\d$/u.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(s.length - 1 - i);
    let v = c <= 57 ? c - 48 : c - 55;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

const PT_NISS_WEIGHTS = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2];

/** Portugal's social security number (NISS): eleven digits, the last 9 less the weighted sum modulo 10. */
export function ptNissChecksum(niss: string): boolean {
  if (!/^[12]\d{10}$/u.test(niss)) return false;
  return 9 - (weightedSum(niss, PT_NISS_WEIGHTS) % 10) === Number(niss[10]);
}

/**
 * The control digits of Spain's social-security number (número de afiliación, NAF): the province
 * (two digits) and the serial (eight) read as one number, or, for a serial below 10,000,000, the
 * province times 10,000,000 plus the serial; that number mod 97, as two digits.
 */
export function calcEsNssControl(province: string, serial: string): string {
  const p = Number(province);
  const n = Number(serial);
  const base = n < 10_000_000 ? p * 10_000_000 + n : p * 100_000_000 + n;
  return String(base % 97).padStart(2, '0');
}

/** True when twelve digits are a Spanish social-security number: a province code (01-53, 66) and the right control digits. */
export function esNssChecksum(digits: string): boolean {
  if (!/^\d{12}$/u.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  if (!((province >= 1 && province <= 53) || province === 66)) return false;
  if (calcEsNssControl(digits.slice(0, 2), digits.slice(2, 10)) === digits.slice(10)) return true;
  // Decision: a serial below 10,000,000 is accepted with the plain reading too (province and serial
  // as one number, mod 97). The Seguridad Social's rule reads it as above; payroll tools and
  // generators that skip that case write the plain control digits, and their numbers are as real
  // to a reader. (With the label or column the rule asks for, 2 in 97 random numbers pass.)
  return Number(digits.slice(2, 10)) < 10_000_000 && String(Number(digits.slice(0, 10)) % 97).padStart(2, '0') === digits.slice(10);
}

/** The weights of a Spanish account's control digits (dígitos de control, each mod 11). */
const ES_CCC_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

/** One control digit of a Spanish account over ten digits: 11 minus the weighted sum mod 11 (11 reads 0, 10 reads 1). */
export function esCccControl(digits10: string): number {
  const d = 11 - (weightedSum(digits10, ES_CCC_WEIGHTS) % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

/**
 * True when twenty digits are a Spanish account (Código Cuenta Cliente, CCC: bank, branch, two
 * control digits, account): the first control covers `00` + bank + branch, the second the account.
 */
export function esCccChecksum(digits: string): boolean {
  if (!/^\d{20}$/u.test(digits)) return false;
  return esCccControl(`00${digits.slice(0, 8)}`) === Number(digits[8]) && esCccControl(digits.slice(10)) === Number(digits[9]);
}

/** The check digit of Moldova's personal number (IDNP) over its first twelve digits: weights 7, 3, 1 repeated, mod 10. */
export function calcIdnpCheck(body12: string): number {
  return weightedSum(body12, [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1]) % 10;
}

/** True when thirteen digits are a Moldovan personal number: 0 or 2 first (1 is a company's IDNO), and the check digit. */
export function idnpChecksum(digits: string): boolean {
  return /^[02]\d{12}$/u.test(digits) && calcIdnpCheck(digits.slice(0, 12)) === Number(digits[12]);
}

/** The check digit of a German KVNR's letter and first eight digits (letter as 01-26, weights 1,2,1,2…, digit sums). */
export function kvnrCheck(letter: string, digits8: string): number {
  const s = String(letter.charCodeAt(0) - 64).padStart(2, '0') + digits8;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const p = (s.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10;
}

/** True when ten characters are a German KVNR: a letter, eight digits, its check digit; not the specification's example or a run of one digit. */
export function kvnrChecksum(v: string): boolean {
  return /^[A-Z]\d{9}$/u.test(v) && kvnrCheck(v[0] as string, v.slice(1, 9)) === v.charCodeAt(9) - 48 && v !== 'A123456780' && !/^[A-Z](\d)\1{8}$/u.test(v);
}

const RU_INN_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const RU_INN_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A Russian person's INN of twelve digits: the eleventh and twelfth digits check the digits before them (weighted sums mod 11, mod 10). */
export function ruInnChecksum(digits: string): boolean {
  return (
    /^\d{12}$/u.test(digits) &&
    (weightedSum(digits, RU_INN_WEIGHTS_11) % 11) % 10 === digits.charCodeAt(10) - 48 &&
    (weightedSum(digits, RU_INN_WEIGHTS_12) % 11) % 10 === digits.charCodeAt(11) - 48
  );
}

/** Appends a person's INN's two check digits to its first ten. */
export function withRuInn(body10: string): string {
  const d11 = body10 + String((weightedSum(body10, RU_INN_WEIGHTS_11) % 11) % 10);
  return d11 + String((weightedSum(d11, RU_INN_WEIGHTS_12) % 11) % 10);
}

/** The check number of a SNILS's nine digits: their sum weighted 9 down to 1, below 100 as it is, 100 and 101 as 00, above that mod 101. */
function snilsCheck(body9: string): number {
  const sum = weightedSum(body9, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  return sum < 100 ? sum : (sum % 101) % 100;
}

/** A Russian SNILS (insurance account number) of eleven digits, separators removed; the check applies from 001-001-999 on. */
export function snilsChecksum(digits: string): boolean {
  return /^\d{11}$/u.test(digits) && Number(digits.slice(0, 9)) > 1_001_998 && snilsCheck(digits.slice(0, 9)) === Number(digits.slice(9));
}

/** A SNILS as it is printed, `112-233-445 95`: nothing else groups its digits 3-3-3-2. */
export const SNILS_WRITTEN = /^\d{3}-\d{3}-\d{3}[ -]\d{2}$/u;

/** Appends a SNILS's two check digits to its nine. */
export function withSnils(body9: string): string {
  return body9 + String(snilsCheck(body9)).padStart(2, '0');
}

const LK_NIC_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The check digit of an old Sri Lankan NIC's first eight digits: 11 less their weighted sum mod 11 (10 and 11 as 0). */
function lkNicCheck(body8: string): number {
  const c = 11 - (weightedSum(body8, LK_NIC_WEIGHTS) % 11);
  return c >= 10 ? 0 : c;
}

/** An old-format Sri Lankan NIC's nine digits (the letter aside) whose ninth checks the first eight. */
export function lkNicChecksum(nine: string): boolean {
  return /^\d{9}$/u.test(nine) && lkNicCheck(nine.slice(0, 8)) === nine.charCodeAt(8) - 48;
}

/** Appends an old NIC's check digit to its first eight digits. */
export function withLkNic(body8: string): string {
  return body8 + String(lkNicCheck(body8));
}

/** The weights of a Polish identity card number's characters (the fourth, the check digit, weighs nothing). */
const PL_ID_CARD_WEIGHTS = [7, 3, 1, 0, 7, 3, 1, 7, 3];

/**
 * The check digit of a Polish identity card number (dowód osobisty): three letters valued A=10…Z=35
 * and six digits, weighted 7 3 1 · 7 3 1 7 3; the fourth character, the first digit, is the sum mod 10.
 */
export function plIdCardChecksum(s: string): boolean {
  if (!/^[A-Z]{3}\d{6}$/u.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    if (i === 3) continue;
    const c = s.charCodeAt(i);
    const value = i < 3 ? c - 55 : c - 48;
    sum += value * (PL_ID_CARD_WEIGHTS[i] as number);
  }
  return sum % 10 === s.charCodeAt(3) - 48;
}

/** GS1's mod-10 check digit over an 18-digit code (an energy connection's EAN): weights 3 and 1 from the left, the 18th digit the check. */
export function isGs1Code18(d: string): boolean {
  return /^\d{18}$/u.test(d) && withGs1Check(d.slice(0, 17)) === d;
}

/** Seventeen digits completed with GS1's check digit (for rule examples). */
export function withGs1Check(d17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(d17[i]) * (i % 2 === 0 ? 3 : 1);
  return d17 + String((10 - (sum % 10)) % 10);
}

/**
 * Whether nine digits keep the US Social Security number's structure: no area 000, 666 or 900-999,
 * no group 00, no serial 0000 (an SSN, and the wage earner's number inside a Medicare HICN).
 */
export function hasSsnStructure(d: string): boolean {
  const area = Number(d.slice(0, 3));
  return d.length === 9 && area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

/** A Korean business registration number as it is written: 3-2-5 digits joined by hyphens (no phone or account is grouped so). */
export const KR_BUSINESS_NUMBER_WRITTEN = /^\d{3}-\d{2}-\d{5}$/u;

/**
 * A Korean business registration number's (사업자등록번호, 3-2-5 digits) check digit: the first nine
 * weighted 1,3,7,1,3,7,1,3,5, plus the tens of the ninth times five; ten minus the sum's last digit.
 */
export function krBusinessNumberChecksum(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (weights[i] as number);
  sum += Math.floor((Number(digits[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}
