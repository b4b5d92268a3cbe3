import { defineRule, fake } from '../defineRule';
import { vnTaxCodeChecksum } from './_checksums';
import { NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

/** Its labels: MST (mã số thuế), a personal or owner's tax code; a column `mst_ca_nhan`, `owner_tax_code`. */
const TAX_CODE_CONTEXT = /(?<![a-z])mst(?![a-z])|m[aã] s[oố] thu[eế]|tax[ _]?code|tax[ _]?id|tin[ _]?ca[ _]?nhan/u;

function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const body = `8${fake('{d8}', s)}`;
    for (let d = 0; d <= 9; d++) if (vnTaxCodeChecksum(body + d)) return body + d;
  }
}

// Vietnamese tax code (mã số thuế, MST) of a person or a household business: ten digits, the last
// a check digit (see vnTaxCodeChecksum); a branch's thirteen-digit code is its company's ten and a
// suffix, which the longer-number guard leaves alone. Ten-digit numbers are common (phones, bank
// accounts), so a label must be near or head the column. Personal codes start with 8.
export default defineRule({
  id: 'vn-tax-code',
  category: 'pii',
  description: 'Vietnamese personal tax code (MST, 10 digits with its check digit), near a label',
  keywords: ['mst', 'tax_code', 'tax code', 'taxcode', 'ma so thue'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])8\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => vnTaxCodeChecksum(s) && !inLongerNumber(ctx) && hasContext(ctx, TAX_CODE_CONTEXT, { before: 48, after: 16 }),
  redactAs: 'tax-code',
  references: ['https://thuvienphapluat.vn/van-ban/Thue-Phi-Le-Phi/Thong-tu-105-2020-TT-BTC-dang-ky-thue-455366.aspx'],
  examples: {
    positive: [
      `ma_nv,ho_ten,so_tai_khoan,mst_ca_nhan\nNLP0012,"A. Example",0071001284736,${sample(3201)}\n`,
      `MST cá nhân: ${sample(3202)}`,
      `batch_id,owner_name,owner_tax_code,bank_code\nSTL-01,"A. Example",${sample(3203)},VCB\n`,
    ],
    negative: [`MST: ${breakLastDigit(sample(3202))}`, `so_tai_khoan: ${sample(3204)}`, `order ${sample(3205)} paid`],
  },
});
