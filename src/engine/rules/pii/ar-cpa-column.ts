import { defineRule } from '../defineRule';
import { isOnCompanyLine, isPersonRowCellUnder } from './_context';
import { native } from '../../scan/nativeRegex';

/** A column of postal codes in Spanish or English: cp, CPA, codigo_postal, Código Postal, cod_postal, zip, postal_code. */
const CPA_HEADER = native(/(?:^|[\s_-])(?:cp|cpa|c\.p\.|c[oó]digo[ _-]?postal|cod[ _-]?postal|zip(?:[ _-]?code)?|postal[ _-]?code)$/iu);

/** A postal code's key right before the value: `"codigoPostal": "`, `cp: "`, `"postal_code":"`. */
const CPA_KEY_BEFORE = native(/(?:^|[\s{,(:"'])(?:cp|cpa|codigo_?postal|codigoPostal|cod_?postal|postal_?code|postalCode|zip_?code|zipCode)["']?[ \t]*(?::|=>?)[ \t]*["']$/iu);

// An Argentine postal code in its current form (CPA: the province's letter, the locality's four
// digits, three letters for the side of the block) in a delivery or order export's postal-code
// column, or under its key in a record (AFIP's taxpayer register returns a person's domicile with
// it). A CPA names one side of one block: beside a buyer's name it locates their home. The letter
// is a province's (I and O are not used); a company's row is left alone.
export default defineRule({
  id: 'ar-cpa-column',
  category: 'pii',
  description: "Argentine postal code (CPA, e.g. a letter, four digits, three letters) in a postal-code column or a record's postal-code field",
  keywords: [',cp,', ';cp;', '\tcp\t', ',cp\n', ';cp\n', 'cp,', 'cpa', 'codigo_postal', 'codigopostal', 'cod_postal', 'codpostal', 'codigo postal', 'zip_code', 'zipcode', 'postal_code', 'postalcode', '"cp"', 'cp:'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-HJ-NP-Z][0-9]{4}[A-Z]{3}(?![\w-])/gu,
  validate: (_s, ctx) => {
    if (isPersonRowCellUnder(ctx, CPA_HEADER)) return true;
    return CPA_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) && !isOnCompanyLine(ctx);
  },
  redactAs: 'address',
  references: ['https://www.correoargentino.com.ar/formularios/cpa'],
  examples: {
    positive: [
      'nro_orden,comprador,dni,domicilio,localidad,provincia,cp,total\nAR-1,Valeria Sosbe,30.123.456,Av. Ejemplo 1234,Córdoba,Córdoba,X5000ABC,"1200,00"\n',
      '{"persona": {"nombre": "ANA", "apellido": "EJEMPLO", "domicilio": [{"direccion": "CALLE EJEMPLO 123", "codigoPostal": "C1425ABC", "localidad": "CABA"}]}}',
      // AFIP's taxpayer register: the domicile's codPostal
      '{"tipoPersona": "FISICA", "domicilioFiscal": {"direccion": "AV. EJEMPLO 5627", "localidad": "CABA", "codPostal": "C1462ABC"}}',
    ],
    negative: [
      'Retirá tu pedido en la sucursal: Av. Ejemplo 1234, CABA (C1425ABC).',
      // a shop's row, and a column that is no postal code's
      'razon_social,cuit,localidad,cp\nEjemplo S.R.L.,30-12345678-9,CABA,C1425ABC\n',
      'pedido,sku\nAR-1,C1425ABC\n',
    ],
  },
});
