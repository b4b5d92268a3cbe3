import { defineRule, fake } from '../defineRule';
import { calcCurpCheck, curpChecksum, isValidDate } from './_checksums';

/** Mexico's states as the CURP writes them, and NE for a birth abroad. */
const STATES = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';

function sample(seed: number, sex = 'H', state = 'JC'): string {
  const body = `${fake('{A1}', seed)}A${fake('{A2}', seed + 1)}8${fake('{d1}', seed + 2)}0612${sex}${state}RZN${fake('{d1}', seed + 3)}`;
  return body + calcCurpCheck(body);
}

// Mexico's personal identity code: four letters of the name, the birth date (YYMMDD), sex (H, M,
// or X), the state of birth, three consonants of the name, a character that tells the century
// (a digit before 2000, a letter after) and a check digit. The shape, a real date, a real state
// and the check digit together make it specific enough without a label.
export default defineRule({
  id: 'mx-curp',
  category: 'pii',
  description: 'Mexican CURP (18 characters: name letters, birth date, sex, state, check digit)',
  keywords: [],
  pattern: new RegExp(`[A-Z](?<![A-Za-z0-9].)[AEIOUX][A-Z]{2}\\d{6}[HMX](?:${STATES})[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d(?![A-Za-z0-9])`, 'gu'),
  // Every CURP holds its birth date's six digits.
  nearDigits: true,
  validate: (s) => {
    if (!curpChecksum(s) || s.startsWith('XEXX010101')) return false;
    const century = /\d/u.test(s[16] as string) ? 1900 : 2000;
    return isValidDate(century + Number(s.slice(4, 6)), Number(s.slice(6, 8)), Number(s.slice(8, 10)));
  },
  redactAs: 'curp',
  references: ['https://www.gob.mx/curp/'],
  examples: {
    positive: [`CURP: ${sample(411)}`, `"curp": "${sample(412, 'M', 'DF')}"`, `1000,Cliente,${sample(413, 'M', 'NL')},1985-06-12`],
    negative: [
      `CURP: ${sample(411).slice(0, 17)}${(Number(sample(411)[17]) + 1) % 10}`,
      'CURP: XEXX010101HNEXXXA4',
      `CURP: ${sample(414).slice(0, 11)}ZZ${sample(414).slice(13)}`,
      `id ${sample(415).toLowerCase()}`,
    ],
  },
});
