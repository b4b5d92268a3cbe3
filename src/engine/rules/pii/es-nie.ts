import { defineRule, fake } from '../defineRule';
import { dniLetter, nieChecksum } from './_checksums';
import { isTrivialNumber } from './_context';

function sample(prefix: 'X' | 'Y' | 'Z', seed: number): string {
  const n = fake('{d7}', seed);
  return `${prefix}${n}${dniLetter(Number(String('XYZ'.indexOf(prefix)) + n))}`;
}

// X, Y or Z (read as 0, 1, 2) + seven digits + the DNI control letter; dashes between the parts are
// common (X-1234567-L).
export default defineRule({
  id: 'es-nie',
  category: 'pii',
  description: "Spanish foreigner's identity number (NIE: X/Y/Z + 7 digits + letter)",
  // NIEs appear as bare tokens; the pattern starts at X, Y or Z.
  keywords: [],
  pattern: /(?<![\w-])[XYZ]-?\d{7}-?[A-Z](?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s) => {
    const v = s.replace(/-/gu, '');
    return nieChecksum(v) && !isTrivialNumber(v.slice(1, 8));
  },
  redactAs: 'nie',
  references: ['https://www.interior.gob.es/opencms/es/servicios-al-ciudadano/tramites-y-gestiones/dni/calculo-del-digito-de-control-del-nif-nie/'],
  examples: {
    positive: [`NIE: ${sample('Y', 121)}`, `residente ${sample('X', 122).replace(/^(.)(\d{7})/u, '$1-$2-')}`],
    negative: [`NIE: ${sample('Y', 121).slice(0, -1)}${sample('Y', 121).endsWith('A') ? 'B' : 'A'}`, 'NIE: X1234567L', `NIE: W${fake('{d7}', 121)}L`],
  },
});
