import { defineRule, fake } from '../defineRule';
import { peDniChecks } from './_checksums';
import { isTrivialNumber, isWholeCellUnder } from './_context';

/** A DNI column's header (`DNI`, `nro_documento`), as columnHeader normalises it. */
const DNI_COLUMN = /^["']?(?:dni|d\.n\.i\.?|nro[ _]?doc(?:umento)?|num(?:ero)?[ _]?doc(?:umento)?|documento)["']?$/u;

const dotted = (d: string): string => `${d.slice(0, d.length - 6)}.${d.slice(-6, -3)}.${d.slice(-3)}`;

// An Argentine national identity number (DNI): seven or eight digits, usually dotted (31.572.904),
// and Peru's eight-digit DNI, which reads the same (`"dni":"70418263"`; its card adds a check
// character, `70418263-8`, which must then hold),
// after its label. It has no check digit, so the label is required: `DNI`, `D.N.I.`, `Documento`
// or `N° de documento`, or a document-type cell or field right before it (`…,DNI,70418263,…`,
// `"tipo": "DNI", "numero": "70418263"`, also on the next line, as a payment API's payer
// identification object prints it: `"type": "DNI",\n "number": "…"`). A Spanish DNI ends with a check letter and is es-dni's.
export default defineRule({
  id: 'ar-dni',
  category: 'pii',
  description: 'Argentine or Peruvian DNI (7 or 8 digits, usually dotted in Argentina, after a DNI or documento label)',
  keywords: ['dni', 'd.n.i', 'documento', 'nro_doc', 'num_doc', 'numero_doc', 'nrodoc'],
  window: { before: 8, after: 64 },
  columns: true,
  // The rows under a DNI column's header.
  keywordWindows: { dni: { before: 8, after: 4000 }, num_doc: { before: 8, after: 4000 }, nro_doc: { before: 8, after: 4000 } },
  pattern: new RegExp(
    String.raw`(?<![A-Za-z])(?:DNI|[Dd]ni(?![a-z])|D\.N\.I\.?|[Dd]ocumento(?: de identidad| nacional de identidad)?|[Nn]\.?[°º] de documento|(?:nro|num|numero)_?[Dd]oc(?:umento)?|(?:NRO|NUM|NUMERO)_?DOC(?:UMENTO)?)(?:[ \t]{0,2}(?:N[°º]|nro\.?|n[uú]mero))?(?:["']?[ \t]{0,2}[:=]?[ \t]{0,3}["'(]?|["']?[,;|][ \t]{0,2}["']?|["'],[ \t]{0,2}(?:\r?\n[ \t]{0,16})?["'](?:numero|n[uú]mero|number|nro|num|valor|value)["'][ \t]{0,2}:[ \t]{0,2}["'])(\d{1,2}\.\d{3}\.\d{3}|\d{7,8}(?:-[0-9A-K](?![\w-]))?)(?![\w-]|\.\d)` +
      // a whole cell under a DNI column, dotted or not (group 2: a payroll's `DNI,APELLIDOS_NOMBRES,…`)
      String.raw`|(?:^|[\n,;\t|])[ \t]*["']?(\d{8}|\d{1,2}\.\d{3}\.\d{3})(?=["']?[ \t]*(?:[,;\t|]|\r?\n|$))`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    // (Peru's card prints a check character after the number: `64774978-5`.)
    const [number = '', check] = s.split('-');
    if (check !== undefined && (number.length !== 8 || !peDniChecks(number).includes(check))) return false;
    const digits = number.replace(/\./gu, '');
    return !isTrivialNumber(digits) && Number(digits) >= 1_000_000 && (ctx.match[2] === undefined || isWholeCellUnder(ctx, DNI_COLUMN));
  },
  redactAs: 'dni',
  references: ['https://www.argentina.gob.ar/interior/renaper'],
  examples: {
    positive: [`DNI,APELLIDOS_NOMBRES,FECHA_NAC,CELULAR\n${`7${fake('{d7}', 485)}`},"A. PERSONA",20/11/1990,+51 969 807 833`, `DNI ${dotted(`2${fake('{d7}', 481)}`)}`, 'Vecino registrado {"user_id":55821,"dni":"70418263","ip":"x"}', `guia,destinatario,doc_tipo,doc_numero\nQHP-1,A. Persona,DNI,${`3${fake('{d7}', 487)}`}\n`, `{"receptor_doc": {"tipo": "DNI", "numero": "${`7${fake('{d7}', 488)}`}"}}`, `La persona de contacto es Florencia, DNI: ${dotted(`3${fake('{d7}', 482)}`)}.`, `"documento": "${`4${fake('{d7}', 483)}`}"`, 'mi nombre es R. Persona, con DNI 52917364-0.', `"numeroDocumento": "7${fake('{d7}', 489)}", "apellidoPaterno": "X"`, `UPDATE conductores SET banco = 'BCP' WHERE dni = '0${fake('{d7}', 490)}'`, `legajo\tnombre\tdni\tlocalidad\nR-1\tA. Persona\t${dotted(`3${fake('{d7}', 101792)}`)}\tRosario\n`, `"identification": {\n  "type": "DNI",\n  "number": "${`3${fake('{d7}', 101793)}`}"\n}`],
    negative: [`DNI 52917364-1`, `DNI 5291736-6`, `DNI: ${`2${fake('{d7}', 484)}`}Z`, 'DNI: 12.345.678', 'DNI 00000000', `DNI,RUC_EMPLEADOR\n${`7${fake('{d7}', 486)}`}Z,20601842379`],
  },
});
