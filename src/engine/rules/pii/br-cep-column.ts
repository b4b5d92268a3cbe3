import { defineRule } from '../defineRule';
import type { MatchContext } from '../../types';
import { isOnCompanyLine, isPersonRowCellUnder } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column of CEPs: cep, CEP, cep_destino, cep_entrega, CEP do cliente. */
const CEP_HEADER = native(/(?:^|[\s_-])c\.?e\.?p\.?(?:[ _-](?:destino|entrega|cliente|do cliente|residencial))?$/iu);

/** A CEP's key right before the value, in an object (JSON, YAML, a log's fields): `"cep": "`, `zip_code: "`, `"codigoPostal":"`. */
const CEP_KEY_BEFORE = native(/(?:^|[\s{,(:"'])(?:cep|zip_?code|zipCode|postal_?code|postalCode|codigo_?postal|codigoPostal)["']?[ \t]*(?::|=>?)[ \t]*["']$/iu);

/** The same object's street line with its number (`"endereco": "Rua das Palmeiras, 88"`, `"street_number": "310"`, `logradouro`). */
const STREET_BEFORE = native(/["']?(?:endereco|endereço|logradouro|rua|street(?:_?name|_?address)?|address(?:_?line_?1)?|address1)["']?[ \t]*(?::|=>?)[ \t]*["'](?:Rua|R\.|Av\.?|Avenida|Travessa|Tv\.|Alameda|Al\.|Estrada|Rodovia|Praça|Largo|Servidão)[^"'\n]{2,80}["']|street_?number["']?[ \t]*[:=]/iu);

/** The object is a shipment's sender or origin, a warehouse's or a shop's: `"remetente": {`. */
const SENDER_OBJECT_BEFORE = native(/["'](?:remetente|sender|origem|origin|shipper|from|loja|store|seller_address)["'][ \t]*:[ \t]*\{[^{}]*$/iu);

/** A CEP under its key in an address object whose street line the same object holds, not a sender's. */
function isHomeAddressCep(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 320), ctx.start);
  if (!CEP_KEY_BEFORE.test(before.slice(-40)) || SENDER_OBJECT_BEFORE.test(before)) return false;
  const after = ctx.text.slice(ctx.end, Math.min(ctx.text.length, ctx.end + 200));
  return (STREET_BEFORE.test(before) || STREET_BEFORE.test(after)) && !isOnCompanyLine(ctx);
}

// A Brazilian postal code (CEP: five digits, a hyphen, three) in an order or a delivery export's
// CEP column, or under its key in an address object beside the street line. In Brazil's cities a
// CEP names one street or one side of a stretch of it; beside a buyer's name and street it is part
// of the home's address, as the LGPD's guides count it. The column or the key decides: a CEP in
// prose is a shop's or a warehouse's as often as a home's, and a sender's object is left alone.
export default defineRule({
  id: 'br-cep-column',
  category: 'pii',
  description: "Brazilian postal code (CEP) in an order or delivery export's CEP column, or in an address object beside its street",
  // (Not `cep` alone: `exception`, `accept` and `concept` hold it.)
  keywords: [',cep', 'cep,', ';cep', 'cep;', '\tcep', 'cep\t', '"cep', "'cep", 'cep:', 'cep_', 'zip_code', 'zipcode', 'postal_code', 'postalcode', 'codigo_postal', 'codigopostal'],
  window: { before: 64, after: 4000 },
  columns: true,
  // (A decimal's comma is ruled out for the eight digits alone: `80010130,5`; a CSV's cells may be digits around a CEP.)
  pattern: /(?<![\w./-])(?:[0-9]{5}-[0-9]{3}(?![\w/-]|\.\d)|(?<!\d,)[0-9]{8}(?![\w/-]|[.,]\d))/gu,
  validate: (s, ctx) => {
    // (01000-000 is São Paulo's first; 00000-000 and 99999-999 are fillers.)
    if (s < '01000' || /^(\d)\1{4}-?\1{3}$/u.test(s)) return false;
    return isPersonRowCellUnder(ctx, CEP_HEADER) || isHomeAddressCep(ctx);
  },
  redactAs: 'address',
  references: ['https://www.correios.com.br/enviar/precisa-de-ajuda/tudo-sobre-cep', 'https://www.gov.br/anpd/pt-br'],
  examples: {
    positive: [
      'pedido_id,nome_comprador,endereco,bairro,cidade,uf,cep,total\nPD-1,Lívia Cordovil,"Rua dos Ipês, 47",Centro,Curitiba,PR,80010-130,"99,90"\n',
      // the same after a number's cell and before an unquoted one that starts with a digit
      'pedido_id,nome_comprador,qtd,cep,itens\nPD-2,Lívia Cordovil,3,80010-130,3x Jogo de Cama\n',
      '"destinatario": {\n  "nome": "Lívia Cordovil",\n  "endereco": "Rua dos Ipês, 47",\n  "cidade": "Curitiba",\n  "cep": "80010-130"\n}',
      '"receiver_address": { "zip_code": "80010130", "street_name": "Rua dos Ipês", "street_number": "120" }',
    ],
    negative: [
      // a warehouse's CEP in a label's sender object, and one in prose
      '"remetente": { "nome": "CD Exemplo", "endereco": "Rodovia Anhanguera, km 26", "cep": "07789-100" },',
      'Nosso centro de distribuição fica no CEP 07789-100.',
      // a shop's row, and a column that is no CEP's
      'loja,cnpj,cidade,cep\nExemplo Comércio Ltda,12.345.678/0001-95,Curitiba,80010-130\n',
      'pedido,sku,quantidade\nPD-1,80010130,2\n',
      // a seller that is a company (an EIRELI), its contact person beside it
      'seller_id;tipo;razao_social;contato;cep\nSLR-1;PJ;Brinquedos Kestrel EIRELI;Lívia Cordovil;80010-130\n',
      'nome,cep\nAna Exemplo,00000-000\n',
    ],
  },
});
