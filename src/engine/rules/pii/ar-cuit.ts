import { defineRule, fake } from '../defineRule';
import { calcCuitCheck, cuitChecksum } from './_checksums';
import { hasContext } from './_context';

// (AFIP's web services write the document's type as a code: DocTipo=80 is a CUIT, 86 a CUIL.)
const CUIT_CONTEXT = /(?<![a-z])(?:cuit|cuil|cdi)(?![a-z])|doc ?tipo["']?[ \t]*[=:>][ \t]*["']?8[06]\b[^\n]{0,40}?doc ?nro["']?[ \t]*[=:>][ \t]*["']?$/u;

/** A person's CUIT/CUIL with its check digit (a body whose check would be 10 gets the next DNI). */
function sample(seed: number, prefix = '20'): string {
  let dni = Number(fake('{d8}', seed));
  for (;;) {
    const body = `${prefix}${String(dni).padStart(8, '0')}`;
    const check = calcCuitCheck(body);
    if (check !== undefined) return `${body}${check}`;
    dni++;
  }
}
const dashed = (d: string): string => `${d.slice(0, 2)}-${d.slice(2, 10)}-${d.slice(10)}`;

// Argentina's tax and social-security number of a person (CUIT/CUIL): a prefix for men (20), women
// (27) or either (23, 24), the DNI's eight digits and a mod-11 check digit. Companies' prefixes (30,
// 33, 34) name no person and are left alone. The dashed form stands alone; eleven bare digits need a
// CUIT or CUIL label nearby.
export default defineRule({
  id: 'ar-cuit',
  category: 'pii',
  description: "Argentine CUIT/CUIL of a person (20/23/24/27-DNI-check digit)",
  keywords: [],
  // (Or the path's last segment of the central bank's debtor registry API, whose identifier is the CUIT or CUIL:
  // `…/CentralDeDeudores/v1.0/Deudas/<CUIL>`, `…/Deudas/Historicas/<CUIL>`.)
  pattern: /(?:(?<![\w./-])|(?<=\/Deudas\/(?:Historicas\/|ChequesRechazados\/)?))(?:2[0347])(-?)\d{8}\1\d(?![\w/-])(?!\.\d)/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/-/gu, '');
    // (A QA row's `20-00000000-1`: a zero document number is nobody's.)
    if (/^\d\d0{8}/u.test(d) || !cuitChecksum(d)) return false;
    return ctx.match[1] === '-' || ctx.text.charAt(ctx.start - 1) === '/' || hasContext(ctx, CUIT_CONTEXT, { after: 16 });
  },
  redactAs: 'cuit',
  references: ['https://www.afip.gob.ar/'],
  examples: {
    positive: [`CUIT: ${dashed(sample(431))}`, `El contacto es ${dashed(sample(432, '27'))}, tel. a confirmar`, `"cuil": "${sample(433)}"`, `FECAESolicitar PtoVta=3 CbteTipo=6 Concepto=2 DocTipo=80 DocNro=${sample(436)} ImpTotal=1210.00`,
      // a scoring service's log of its call to the central bank's debtor registry
      `{"msg": "consulta central de deudores", "url": "https://api.bcra.gob.ar/CentralDeDeudores/v1.0/Deudas/${sample(101983, '27')}", "status": 200}`,
    ],
    negative: [
      'AR;ONB-000000;Prueba QA;DNI;00.000.000;20-00000000-1;1900-01-01',
      `CUIT: ${dashed(sample(431)).slice(0, -1)}${(Number(sample(431).slice(-1)) + 1) % 10}`,
      `pedido ${sample(434)}`,
      `CUIT empresa: ${dashed(`30${sample(435).slice(2, 10)}${calcCuitCheck(`30${sample(435).slice(2, 10)}`) ?? 0}`)}`,
    ],
  },
});
