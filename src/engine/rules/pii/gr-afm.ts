import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of a Greek tax registration number: ΑΦΜ (Αριθμός Φορολογικού Μητρώου), AFM, a Greek VAT number. */
const AFM_CONTEXT = /(?<![\p{L}])(?:α\.?\s?φ\.?\s?μ|αριθμ[οό]ς φορολογικο[υύ] μητρ[ωώ]ου|a\.?f\.?m|greek (?:tax|vat)[ _-]?(?:id|no|number)|vat[ _-]?(?:no|number|id)?[ :.]*el)(?![\p{L}])/iu;

/** The check digit of an AFM's first eight digits: their sum weighted by 256, 128 … 2, mod 11, mod 10. */
function afmCheckDigit(body8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body8.charCodeAt(i) - 48) * 2 ** (8 - i);
  return (sum % 11) % 10;
}

function sample(seed: number): string {
  const body = fake('{d8}', seed);
  return body + String(afmCheckDigit(body));
}

// The Greek tax registration number (ΑΦΜ): nine digits, the last a check digit. People and
// businesses have one; a sole trader's or a guest's on an invoice is personal data. A random
// nine-digit number passes one time in eleven, so a label must be near (ΑΦΜ, AFM, a VAT number
// written EL…). Not 000000000, which every validator's tests use.
/** An employer's or a company's AFM by its label (`ΑΦΜ ΕΡΓΟΔΟΤΗ`, `"employer_afm": "`): a business's number, public on its invoices. */
const EMPLOYER_AFM_BEFORE = native(/(?:(?:α\.?φ\.?μ|afm)[ _.]*(?:εργοδ[οό]τη|employer|company|εταιρ[εί]ας)|(?:employer|company|εργοδ[οό]τη)[ _]?(?:afm|α\.?φ\.?μ))[^\n\d\p{L}]{0,16}$/iu);

export default defineRule({
  id: 'gr-afm',
  category: 'pii',
  description: 'Greek tax registration number (ΑΦΜ/AFM, check digit), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?:(?<![\w.-])|(?<=(?<![\w.-])EL))\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    afmCheckDigit(s.slice(0, 8)) === s.charCodeAt(8) - 48 &&
    !isTrivialNumber(s) &&
    !inLongerNumber(ctx) &&
    hasContext(ctx, AFM_CONTEXT, { before: 64 }) &&
    !EMPLOYER_AFM_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)),
  redactAs: 'tax-id',
  references: ['https://www.aade.gr/'],
  examples: {
    positive: [`ΑΦΜ: ${sample(871)} (για το τιμολόγιο)`, `**Ευάγγελος Σ.** του Νικολάου, ΑΦΜ ${sample(872)}, κάτοικος Οίας`, `vat_number: EL${sample(873)}`, `"afm": "${sample(874)}"`],
    negative: [
      `ΑΦΜ: ${sample(871).slice(0, 8)}${(Number(sample(871)[8]) + 1) % 10}`,
      'ΑΦΜ: 000000000',
      `order ${sample(875)}`,
      // the employer's own number on a payroll sheet and in a tenant's config
      `ΚΑΤΑΣΤΑΣΗ ΜΙΣΘΟΔΟΣΙΑΣ\tΔΕΙΓΜΑ Α.Ε.\tΑΦΜ ΕΡΓΟΔΟΤΗ ${sample(876)}`,
      `    "employer_afm": "${sample(877)}"`,
    ],
  },
});
