import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { hasContext, inLongerNumber, isTrivialNumber, matchLine, NOT_IN_LONGER_NUMBER } from './_context';

const NIF_CONTEXT = /(?<![a-z])(?:nif(?![a-z])|contribuinte|n\.?º? ?fiscal|número de identificação fiscal|numero de identificacao fiscal|tin(?![a-z]))/u;

/** A tax number's generic label or column. */
const TAX_ID_CONTEXT = /(?<![a-z])(?:tax[ _-]?(?:id|number|no)|vat[ _-]?(?:id|number|no)|tin)(?![a-z])/u;

/** A row that places its person in Portugal: a `PT` or `Portugal` cell, a +351 number, a `.pt` address, a Portuguese IBAN (PT50…). */
const PORTUGUESE_ROW = native(/(?:^|[,;\t|])[ \t]*"?(?:PT|PRT|Portugal)"?[ \t]*(?=[,;\t|]|$)|\+351|\.pt(?![\w.-])|(?<![A-Z0-9])PT50\d{21}(?!\d)/u);

/** A JSON record's country field that says Portugal (`"country": "PT"`), a few lines from the tax id. */
/** A document's number column (`documento`, `num_doc`, `nro_documento`). */
const DOCUMENT_CONTEXT = native(/(?<![a-z])(?:documento|n(?:u|ú|ro)?m?[_ .]?doc(?:umento)?|n[uú]mero[_ ]de[_ ]documento)(?![a-z])/u);
/** A log's `doc=` key right before the value (not a URL query's `?doc=`/`&doc=`). */
const DOC_KEY_BEFORE = native(/(?<![?&\w.-])doc[ \t]*=[ \t]*"?$/u);
const PORTUGUESE_FIELD = native(/"(?:country|country_code|countryCode|nationality|residence_country)"[ \t]*:[ \t]*"(?:PT|PRT|Portugal)"/u);

/** The check digit of a Portuguese NIF's first eight digits (weights 9..2, mod 11; 10 and 11 give 0). */
function nifCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body.charCodeAt(i) - 48) * (9 - i);
  const c = 11 - (sum % 11);
  return c >= 10 ? 0 : c;
}

function sample(seed: number): string {
  const body = String(1 + (seed % 2)) + fake('{d7}', seed);
  return body + String(nifCheck(body));
}

// A Portuguese tax number (NIF) of a person: nine digits, first 1, 2 or 3 (companies' NIPCs start
// with 5-9), the last a mod-11 check. A random nine-digit number passes one time in eleven, so a
// NIF label must be near (NIF, contribuinte).
export default defineRule({
  id: 'pt-nif',
  category: 'pii',
  description: 'Portuguese personal tax number (NIF, mod-11 check), near a NIF label',
  // (and a KYC export's `tin` column: the taxpayer identification number, a NIF for a resident of Portugal)
  keywords: ['nif', 'contribuinte', 'documento', 'num_doc', 'doc=', 'fiscal', 'tax_id', 'tax id', 'taxid', 'vat_id', ',tin,', ';tin;', '\ttin\t', ',tin\n', ',tin\r'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])[1-3]\d{2}(\.| ?)\d{3}\1\d{3}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (d.length !== 9 || nifCheck(d) !== d.charCodeAt(8) - 48 || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    if (hasContext(ctx, NIF_CONTEXT, { after: 16 })) return true;
    // An identity document's number in a record of Spanish and Portuguese customers or staff, whose
    // documents are DNIs, NIEs and NIFs: a `documento` column, a log's `doc=` key (not a URL's query).
    if (DOC_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) || hasContext(ctx, DOCUMENT_CONTEXT, { after: 16 })) return true;
    // A generic tax-id column (`tax_id`, `vat_id`) in a Portuguese customer's row: its country cell, phone or domain says so.
    // (Or a JSON record's: its country field a few lines away.)
    if (!hasContext(ctx, TAX_ID_CONTEXT, { after: 16 })) return false;
    return PORTUGUESE_ROW.test(matchLine(ctx, 2000)) || PORTUGUESE_FIELD.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 300));
  },
  redactAs: 'tax-id',
  references: ['https://info.portaldasfinancas.gov.pt/pt/apoio_contribuinte/NIF/Pages/default.aspx'],
  examples: {
    positive: [`firstName,lastName,country,tin,postCode\nInês,Pereira,PRT,${sample(506)},1200-195`, `NIF: ${sample(501)}`, `Contribuinte n.º ${sample(502).replace(/^(\d{3})(\d{3})(\d{3})$/u, '$1 $2 $3')}`, `nome;nif\nAna Costa;${sample(503)}`, `ticket_id,requester_name,requester_phone,country,tax_id\n48251,"Tiago Nogueira","+351 925 000 000",PT,${sample(100995)}`,
      // a refund's beneficiary row that a Portuguese IBAN places; a customer fixture's JSON record
      `refund_id;beneficiario;tax_id;iban\nRF-1;Inês Vasconcelos;${sample(101813)};PT50${fake('{d21}', 101814)}`,
      `{\n  "country": "PT",\n  "tax_id": "${sample(101815)}",\n  "city": "Braga"\n}`,
      // an energy retailer's CRM access log (`doc=`), and its field technicians' `documento` column
      `2024-03-01T10:02:11Z usuario=agente7 accion=CONSULTA_CLIENTE cliente=PTC0500001 doc=${sample(8210)} resultado=OK`,
      `id_tecnico,nombre,apellidos,documento,movil\nTEC-1,Anselmo,Exemplo Quaresma,${sample(8211)},+351 960 000 000\n`,
    ],
    negative: [
      // a tax-id column in a Spanish customer's row
      `id,nombre,tax_id,country\n1047,Inés Carvalho,${sample(100994)},ES`,
      `NIF: ${sample(501).slice(0, 8)}${(Number(sample(501)[8]) + 1) % 10}`,
      `NIPC: 5${fake('{d8}', 504)}`,
      `encomenda ${sample(505)}`,
      'NIF: 123456789',
      // a document viewer's query parameter
      `https://arquivo.kestrel-mail.pt/view?doc=${sample(8212)}&page=2`,
    ],
  },
});
