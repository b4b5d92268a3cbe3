import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/** An Italian identity card's label right before its number: carta d'identità (elettronica) n., CIE, documento d'identità. */
const CIE_BEFORE = native(
  /(?<![a-z])(?:carta d['’ ]?identit[aà](?: elettronica)?|c\.?i\.?e\.?|documento d['’ ]?identit[aà])[ \t]*(?:(?:n(?:umero|r)?\.?|no\.?|#)[ \t]*)?[:=]?[ \t]*["']?$/iu,
);

// An Italian identity card's number: the electronic card's (CIE, since 2016) two letters, five
// digits and two letters (`CA00000AA`), or the paper card's two letters and seven digits. It has
// no check character, so its label must stand right before it (at most `n.` between): a PEC request's "carta d'identità
// n. …", a KYC record's `CIE` field.
export default defineRule({
  id: 'it-identity-card',
  category: 'pii',
  description: "Italian identity card number (CIE: two letters, five digits, two letters; paper card: two letters, seven digits), after its label",
  keywords: ['identita', 'cie', 'c.i.e', "carta d'"],
  window: { before: 64, after: 64 },
  pattern: /(?<![\w-])(?:[A-Z]{2}\d{5}[A-Z]{2}|[A-Z]{2}\d{7})(?![\w-])/gu,
  validate: (s, ctx) => !/(\d)\1{4}/u.test(s) && CIE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start)),
  redactAs: 'id-card',
  references: ['https://www.cartaidentita.interno.gov.it/'],
  examples: {
    positive: [
      `Allego copia della carta d'identità n. CA${fake('{d5}', 101308)}${fake('{A2}', 101309)} (rilasciata il 12/03/2019).`,
      `documento: CIE ${fake('{A2}', 101310)}${fake('{d5}', 101311)}XY`,
    ],
    negative: [`ordine n. CA${fake('{d5}', 101312)}${fake('{A2}', 101313)}`, "carta d'identità n. CA00000AA", `carta d'identità in allegato, pratica ${fake('{A2}', 101314)}${fake('{d7}', 101315)}`],
  },
});
