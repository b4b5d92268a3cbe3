import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { cpfChecksum, withCpf } from './_checksums';
import { hasContext, inLongerNumber, matchLine } from './_context';
import { breakLastDigit } from './_format';

/** CPFs that validators' documentation and generators' pages use as their example. */
const DOCUMENTED_SAMPLES = new Set(['11144477735', '52998224725', '12345678909']);

const CPF_CONTEXT = /(?<![a-z])(?:cpf|cadastro de pessoas? f[ií]sicas?)/u;
/** A payment gateway's generic tax id or document key (`"tax_id"`, `tax_id=`, `documento`), which holds a buyer's CPF in Brazil. */
const TAX_ID_CONTEXT = /(?<![a-z])(?:tax[ _-]?id|documento|document[ _-]number|n[uú]mero do documento)(?![a-z])/u;

/** A Pix key's label or column (`chave_pix`, `chave Pix`, `pix_key`): eleven digits with a CPF's check digits there are the holder's CPF. */
const PIX_KEY_CONTEXT = /(?<![a-z])(?:chave[ _-]?pix|pix[ _-]?key)/u;

/** The key's or the document's type named after it in its record: `"tipoChave": "CPF"`, `key_type=CPF`, a checkout's `"document_type": "CPF"`. */
const PIX_KEY_TYPE_CPF_AFTER = native(/^["']?[ \t]*[,;]?[ \t\r\n]{0,40}["']?(?:tipo_?chave|tipoChave|key_?type|keyType|document_?type|documentType|doc_?type|docType|tipo_?documento|tipoDocumento)["']?[ \t]*[:=][ \t]*["']?CPF(?![A-Za-z])/u);

/** An MEI owner's full name in capitals, two to eight words (shared with br-mei-owner-name, which reports the name). */
export const MEI_OWNER_NAME = String.raw`\p{Lu}[\p{Lu}']+(?: \p{Lu}[\p{Lu}']*){1,7}`;

/**
 * A sole trader's (MEI's) business name right before the number: the owner's full name in capitals,
 * then the CPF, as the Receita registers an MEI (`MARIA SILVA SOUZA 12345678909`) and invoices and
 * marketplaces copy it.
 */
const MEI_NAME_BEFORE = native(new RegExp(String.raw`(?:^|[\s"'>:=,;|])${MEI_OWNER_NAME} $`, 'u'));

function formatted(d: string): string {
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

// Eleven digits with two modulus-11 check digits. The ###.###.###-## form stands alone; bare or
// partly formatted digits need a CPF label nearby. Repeated digits (111.111.111-11) pass the check
// but are never issued.
export default defineRule({
  id: 'br-cpf',
  category: 'pii',
  description: 'Brazilian CPF (###.###.###-##, two check digits)',
  // The formatted CPF appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w./-])\d{3}(\.?)\d{3}\1\d{3}(-?)\d{2}(?![\w/-])(?!\.\d)/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!cpfChecksum(d) || new Set(d).size === 1 || DOCUMENTED_SAMPLES.has(d) || inLongerNumber(ctx, '/-')) return false;
    if (ctx.match[1] === '.' && ctx.match[2] === '-') return true;
    if (hasContext(ctx, CPF_CONTEXT, { after: 16 })) return true;
    // (Or a gateway's tax id of eleven digits: only a CPF has this shape and both its check digits there.)
    if (hasContext(ctx, TAX_ID_CONTEXT, { before: 24, header: false })) return true;
    if (MEI_NAME_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return true;
    if (hasContext(ctx, PIX_KEY_CONTEXT, { before: 24 })) return true;
    // A Pix key whose record says its type after it (`"chave": "…", "tipoChave": "CPF"`).
    if (PIX_KEY_TYPE_CPF_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80))) return true;
    // The same number written as a CPF elsewhere on its row (a dispute export's `recebedor_cpf` beside its `chave_recebedor`).
    return matchLine(ctx, 600).includes(formatted(d));
  },
  redactAs: 'cpf',
  references: ['https://www.gov.br/receitafederal/pt-br/assuntos/meu-cpf'],
  examples: {
    positive: [
      // a Pix dispute export: the receiver's CPF, then the same number as the receiver's Pix key
      `id;recebedor_nome;recebedor_cpf;chave_recebedor;motivo\nN-1;A. Exemplo;${formatted(withCpf(fake('{d9}', 102172)))};${withCpf(fake('{d9}', 102172))};FRAUDE\n`,
      // a seller export's Pix key column, far below its header
      ['id;responsavel;chave_pix;status', ...Array.from({ length: 6 }, (_, i) => `S-${i};A. Exemplo;;pendente de validacao cadastral`), `S-9;B. Exemplo;${withCpf(fake('{d9}', 101953))};APROVADO`].join('\n'),
      `{"key": "${withCpf(fake('{d9}', 101526))}",\n  "keyType": "CPF", "amount": 120.5}`,
      // a course platform's buyer: the document, then its type
      `"buyer": {\n  "name": "A. Exemplo",\n  "document": "${withCpf(fake('{d9}', 102011))}",\n  "document_type": "CPF"\n}`,
      `CPF: ${formatted(withCpf(fake('{d9}', 81)))}`, `"cpf": "${withCpf(fake('{d9}', 82))}"`, `Cliente ${formatted(withCpf(fake('{d9}', 83)))} cadastrado`,
      // a payment gateway's buyer and a checkout worker's log line: the tax id is the buyer's CPF
      `"customer": {\n    "name": "A. Exemplo",\n    "tax_id": "${withCpf(fake('{d9}', 101628))}",\n  }`,
      `INFO pagamento aprovado tax_id=${withCpf(fake('{d9}', 101629))}`,
      // an MEI's business name: the owner's name in capitals, then the CPF
      `<xNome>ANA EXEMPLO DOS SANTOS ${withCpf(fake('{d9}', 101867))}</xNome>`,
    ],
    negative: [
      `CPF: ${formatted(breakLastDigit(withCpf(fake('{d9}', 81))))}`,
      'CPF: 111.111.111-11',
      'CPF: 111.444.777-35',
      'CPF: 123.456.789-09',
      `pedido ${withCpf(fake('{d9}', 82))}`,
      `CPF: ${formatted(withCpf(fake('{d9}', 81)))}.5`,
      // a word in capitals before an order number: not a name of two words
      `PEDIDO ${withCpf(fake('{d9}', 101868))}`,
    ],
  },
});
