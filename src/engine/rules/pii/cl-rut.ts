import { defineRule, fake } from '../defineRule';
import { calcRutCheck } from './_checksums';
import { hasContext, inLongerNumber } from './_context';

const RUT_CONTEXT = /(?<![a-z])(?:rut|run|rol [uú]nico)(?![a-z])/u;

function sample(seed: number): string {
  const body = `1${fake('{d7}', seed)}`;
  return `${body}-${calcRutCheck(body)}`;
}
const dotted = (r: string): string => `${r.slice(0, 2)}.${r.slice(2, 5)}.${r.slice(5)}`;
/** A seven-digit RUN (older people): 7.654.321-K. */
function sample7(seed: number): string {
  const body = `7${fake('{d6}', seed)}`;
  return `${body[0]}.${body.slice(1, 4)}.${body.slice(4)}-${calcRutCheck(body)}`;
}

// Chile's national id (RUT for tax, RUN for people: the same number): seven or eight digits and a
// mod-11 check character (0-9 or K). Written dotted (12.345.678-5) it stands alone; undotted
// (12345678-5) it needs a RUT or RUN label nearby, since `-5` also ends versions and ranges.
export default defineRule({
  id: 'cl-rut',
  category: 'pii',
  description: 'Chilean RUT/RUN (##.###.###-#, mod-11 check character)',
  keywords: [],
  // (After a CSV cell's comma too, not after a digit's: 1,14.520.277 is no RUT.)
  pattern: /(?<![\w./-])(?<!\d,)\d{1,2}(\.?)\d{3}\1\d{3}-[\dkK](?![\w/-])(?!\.\d)/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const [body = '', check = ''] = s.replace(/\./gu, '').split('-');
    if (body.length < 7 || calcRutCheck(body) !== check.toUpperCase() || new Set(body).size === 1 || /^0?12345678$/u.test(body) || inLongerNumber(ctx, '/')) return false;
    // Companies' RUTs start at 50.000.000 (76.354.771-K); people's are below: a company is no one.
    if (Number(body) >= 50_000_000) return false;
    return ctx.match[1] === '.' || hasContext(ctx, RUT_CONTEXT, { after: 12 });
  },
  redactAs: 'rut',
  references: ['https://www.sii.cl/'],
  examples: {
    positive: [`RUT: ${dotted(sample(461))}`, `CL-1004,Rosa Díaz,${dotted(sample(466))},+56900000000`, `Cliente ${dotted(sample(462))} registrado`, `"run": "${sample(463)}"`, `Titular: ${sample7(465)}`],
    negative: [
      `RUT: ${dotted(sample(461)).slice(0, -1)}${sample(461).endsWith('1') ? '2' : '1'}`,
      `pedido ${sample(464)}`,
      'version 12.345.678-1 released',
      // a company's RUT
      'INSERT INTO empresas (rut, razon_social) VALUES (\'76.354.771-K\', \'Andes Retail SpA\');',
      // the documentation's example RUT
      'Documentos de ejemplo: usá los de la doc oficial (RUT `12.345.678-5`)',
    ],
  },
});
