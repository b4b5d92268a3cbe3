import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';
import { calcCupsCheckLetters } from './_checksums';

/** A valid code for an example: the country, a distributor, a supply point, its letters, maybe a border point. */
function sample(seed: number, country = 'ES', border = ''): string {
  const digits = `00${String(21 + (seed % 20)).padStart(2, '0')}${fake('{d12}', seed)}`;
  return `${country}${digits}${calcCupsCheckLetters(digits)}${border}`;
}

// A supply point's code (Código Universal del Punto de Suministro, CUPS; Portugal's Código de Ponto de
// Entrega, CPE, written the same way): ES or PT, the distributor's four digits (00xx for electricity,
// 02xx for gas), the supply point's twelve, two check letters (the sixteen digits mod 529, as two
// letters of the DNI's alphabet), and for some points a border point's digit and letter (`0F`, `1P`).
// It names one household's meter for as long as the building stands: switching requests, meter
// readings and bills carry it beside the customer, and Spain's data protection authority counts it as
// personal data. The check letters leave one random code in 529, so no label is needed.
export default defineRule({
  id: 'es-cups',
  category: 'pii',
  description: "Spanish or Portuguese energy supply point code (CUPS/CPE: distributor, supply point, mod-529 check letters)",
  keywords: ['es0', 'pt0'],
  window: { before: 2, after: 24 },
  pattern: /(?<![A-Za-z0-9])(?:ES|PT|es|pt)0\d{15}[A-Za-z]{2}(?:\d[A-Za-z])?(?![A-Za-z0-9])/gu,
  validate: (s) => {
    const digits = s.slice(2, 18);
    return s.slice(18, 20).toUpperCase() === calcCupsCheckLetters(digits) && !isTrivialNumber(digits.slice(4));
  },
  redactAs: 'supply-point',
  references: ['https://www.boe.es/buscar/act.php?id=BOE-A-2016-12465', 'https://www.aepd.es/', 'https://www.erse.pt/'],
  examples: {
    positive: [
      `cups;titular;tarifa\n${sample(8201)};A. Persona;2.0TD\n`,
      `<CUPS>${sample(8202, 'ES', '0F')}</CUPS>`,
      `"cpe": "${sample(8203, 'PT')}"`,
      `Lectura real del contador ${sample(8204, 'ES', '1P')}: 4.512 kWh`,
    ],
    negative: [
      // the check letters do not match
      `CUPS: ${sample(8201).slice(0, 18)}${sample(8201).endsWith('TT') ? 'RR' : 'TT'}`,
      // a placeholder supply point, all zeros
      `cups = "ES0021000000000000${calcCupsCheckLetters('0021000000000000')}"`,
      // inside a longer code
      `REF-${sample(8205)}X1`,
    ],
  },
});
