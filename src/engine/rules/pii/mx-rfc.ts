import { defineRule, fake } from '../defineRule';
import { calcRfcCheck, isValidDate, rfcChecksum } from './_checksums';

function sample(seed: number): string {
  const body = `${fake('{A4}', seed)}8${fake('{d1}', seed + 1)}0315${fake('{A1}{d1}', seed + 2)}`;
  return body + calcRfcCheck(body);
}

// A Mexican person's tax id (RFC de persona física): four letters of the name, the birth date
// (YYMMDD), a two-character homoclave and a check character (mod 11). A company's RFC has three
// letters and names no person; it is left alone. The shape, a real date and the check character
// together make it specific enough without a label; the SAT's generic RFCs (XAXX010101000 for the
// public, XEXX010101000 for foreigners) are not anyone's.
export default defineRule({
  id: 'mx-rfc',
  category: 'pii',
  description: "Mexican RFC of a person (13 characters: name letters, birth date, homoclave, check character)",
  keywords: [],
  // (The boundary is checked after the first capital: a leading lookbehind made V8 try every
  // position, 90 ms a bench pass.)
  pattern: /[A-ZÑ&](?<![A-Za-z0-9&Ñ].)[A-ZÑ&]{3}\d{6}[A-Z0-9]{2}[0-9A](?![A-Za-z0-9&Ñ])/gu,
  // Every RFC holds its birth date's six digits.
  nearDigits: true,
  validate: (s) => {
    if (!rfcChecksum(s) || /^X[AE]XX010101/u.test(s)) return false;
    return isValidDate(1900 + Number(s.slice(4, 6)), Number(s.slice(6, 8)), Number(s.slice(8, 10)));
  },
  redactAs: 'rfc',
  references: ['https://www.sat.gob.mx/aplicacion/29073/verifica-si-estas-registrado-en-el-rfc'],
  examples: {
    positive: [`RFC: ${sample(421)}`, `1000,Cliente,${sample(422)},1985-03-15`, `"rfc": "${sample(423)}"`],
    negative: [
      `RFC: ${sample(421).slice(0, 12)}${sample(421).endsWith('1') ? '2' : '1'}`,
      'RFC: XAXX010101000',
      `RFC ${sample(424).slice(0, 6)}13${sample(424).slice(8)}`,
      'see RFC7231 section 6',
    ],
  },
});
