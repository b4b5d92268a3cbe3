import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader, isTrivialNumber } from './_context';

const dotted = (d: string): string => d.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');

// A Colombian citizen's identity card number (cédula de ciudadanía): six to ten digits, often
// grouped with dots (1.020.456.789), after its label (`C.C.`, `CC`, `cédula`, `cédula de
// ciudadanía`), or in the cell after a document-type cell `CC` (`CC;73289058;…`, an electronic
// payroll's export), or as a whole cell under a cédula column (`obligacion;cedula;nombre`, a collections
// export), or in the field after a document type of CC (`"user_legal_id_type": "CC", "user_legal_id": "…"`,
// `doc: { tipo: "CC", numero: "…" }`); a log's `cc=…` and a chat's `mi cédula es …` too. It has no check
// digit, so the label or the column is required.
/** A column of cédula numbers, its header normalised: `cedula`, `cédula`, `numero_cedula`, `cc`. */
const CEDULA_HEADER = native(/^["']?(?:(?:n[uú]mero|num|nro|no)[ _]?)?(?:c[eé]dula(?:[ _]de[ _]ciudadan[ií]a)?|cc|c\.c\.?)(?:[ _](?:cliente|deudor|titular))?["']?$/u);

export default defineRule({
  id: 'co-cedula',
  category: 'pii',
  description: 'Colombian cédula de ciudadanía (6 to 10 digits after a C.C. or cédula label)',
  // (And a DIAN electronic invoice's party identified by scheme 13, the cédula in DIAN's code list:
  // `<cbc:ID schemeName="13">…</cbc:ID>`; 31 is a NIT.)
  keywords: ['c.c', 'cc ', 'cc:', 'cc;', 'cc,', 'cc\t', 'dula', 'cc=', '"cc"', 'schemename="13"'],
  window: { before: 8, after: 64 },
  // (A document type's field starts up to 40 characters before its `"CC"`.)
  keywordWindows: { '"cc"': { before: 48, after: 64 } },
  pattern:
    /(?<![\w.])(?:C\.\s?C\.?|CC|cc(?==)|[Cc][eé]dula(?: de ciudadan[ií]a)?)(?:[ \t]{0,2}(?:N[°º]|No\.?|n[uú]mero|es))?(?:["']?[ \t]{0,2}[:=]?[ \t]{0,3}["'(]?|(?<=(?:^|[\n;,\t|])CC)[;,\t|])(\d{1,3}(?:\.\d{3}){1,3}|\d{6,10})(?![\w-]|\.\d)|(?:^|[\n;,\t|])["']?(\d{1,3}(?:\.\d{3}){1,3}|\d{6,10})(?=["']?(?:[;,\t|]|\r?\n|$))|(?<![\w])(?:tipo|type|[\w]{0,20}id_type|tipo_?documento|tipoIdentificacion)["']?[ \t]*:[ \t]*["']CC["'][ \t]*,[ \t]*["']?[\w]{0,30}["']?[ \t]*:[ \t]*["'](\d{6,10})["']|schemeName="13">(\d{6,10})</gu,
  secretGroup: [1, 2, 3, 4],
  columns: true,
  validate: (s, ctx) => {
    const d = s.replace(/\./gu, '');
    if (d.length < 6 || d.length > 10 || isTrivialNumber(d)) return false;
    if (ctx.match[2] === undefined) return true;
    const header = columnHeader(ctx);
    return header !== undefined && CEDULA_HEADER.test(header.trim());
  },
  redactAs: 'cedula',
  references: ['https://www.registraduria.gov.co/'],
  examples: {
    positive: [
      `tipo_doc;numero_doc;nombres\nCC;${`73${fake('{d6}', 494)}`};Juan Camilo`,
      `C.C. ${dotted(`10${fake('{d8}', 491)}`)} de Bogotá`,
      `Cédula: ${`52${fake('{d6}', 492)}`}`,
      // a payment webhook's payer, a fixture's document object, a log line, a chat
      `{"user_legal_id_type": "CC", "user_legal_id": "${`73${fake('{d6}', 101657)}`}", "amount": 125000}`,
      `    doc: { tipo: "CC", numero: "${`10${fake('{d8}', 101658)}`}" },`,
      `DEBUG desembolso aprobado cc=${`10${fake('{d8}', 101659)}`} valor=450000`,
      `buenas, mi cedula es ${dotted(`75${fake('{d6}', 101660)}`)} y no me llega el código`,
      `"cedula": "${`79${fake('{d7}', 493)}`}"`,
      // a collections export's cédula column, dotted, beside the employer's NIT
      `obligacion;cedula;nombre;empleador;nit_empleador\nOB-1;${dotted(`10${fake('{d8}', 101417)}`)};A. Ejemplo;Ejemplo S.A.S.;900.123.456-7`,
      // a DIAN electronic invoice's buyer, a person identified by cédula (scheme 13)
      `<cac:PartyIdentification><cbc:ID schemeName="13">${`39${fake('{d6}', 101841)}`}</cbc:ID></cac:PartyIdentification>`,
    ],
    negative: [
      // the same invoice's seller, a company identified by its NIT (scheme 31)
      `<cbc:CompanyID schemeAgencyID="195" schemeID="7" schemeName="31">${`90${fake('{d7}', 101842)}`}</cbc:CompanyID>`,
      'CC 123456',
      'cc: ops@example.com',
      'gcc 12.2.0',
      'C.C. 0000000',
      // other columns of the same export: the debt's days and balance
      `obligacion;cedula;dias_mora;saldo_cop\nOB-1;;142;${fake('{d7}', 101418)}`,
    ],
  },
});
