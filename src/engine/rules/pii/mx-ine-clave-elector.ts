import { defineRule, fake } from '../defineRule';
import { hasContext, isWholeCellUnder } from './_context';

/** A clave de elector column's header (`clave_elector`, `Clave de elector`, `clave_ine`). */
const CLAVE_COLUMN = /^["']?(?:clave[ _-]?(?:de[ _-]?)?elector|clave[ _-]?ine|ine[ _-]?clave)["']?$/iu;

/** Its label in running text. */
const CLAVE_CONTEXT = /(?<![a-z])(?:clave (?:de )?elector|clave_?elector|clave ine|clave del ine)(?![a-z])/u;

/** Whether the value's six digits after the letters are a date of birth (YYMMDD) and its state code one of Mexico's 32. */
function hasBirthDateAndState(s: string): boolean {
  const month = Number(s.slice(8, 10));
  const day = Number(s.slice(10, 12));
  const state = Number(s.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && state >= 1 && state <= 32;
}

// The voter key (clave de elector) on a Mexican INE voter card, the identity document most adults
// carry: six letters from the holder's surnames and given name, the date of birth (YYMMDD), the
// state of birth (01–32), the sex (H or M) and a three-digit homonym key. A KYC or an onboarding
// export keeps it beside the CURP. No check digit, so its label or its column must say what it is.
export default defineRule({
  id: 'mx-ine-clave-elector',
  category: 'pii',
  description: "Mexican INE voter card's clave de elector (18 characters: letters, date of birth, state, sex), after its label or in its column",
  keywords: ['clave de elector', 'clave elector', 'clave_elector', 'claveelector', 'clave ine', 'clave_ine', 'clave del ine'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-Z]{6}\d{8}[HM]\d{3}(?![\w-])/gu,
  validate: (s, ctx) => hasBirthDateAndState(s) && (hasContext(ctx, CLAVE_CONTEXT, { before: 48 }) || isWholeCellUnder(ctx, CLAVE_COLUMN)),
  redactAs: 'national-id',
  references: ['https://www.ine.mx/credencial/'],
  examples: {
    positive: [
      `id_operador\tnombre_completo\tcurp\tclave_elector\tcp\nOP-1\tA. Ejemplo\tXXXX000000HXXXXX00\tRMVLHC840317${fake('{d2}', 101370).replace(/^[4-9]/u, '1')}H${fake('{d3}', 101371)}\t64460\n`,
      `Me pidieron la clave de elector: ORESGD910805${'28'}M${fake('{d3}', 101372)}`,
    ],
    negative: [
      // the date impossible, no label
      `clave de elector: ORESGD911305${'28'}M${fake('{d3}', 101373)}`,
      `ref ORESGD910805${'28'}M${fake('{d3}', 101374)} shipped`,
    ],
  },
});
