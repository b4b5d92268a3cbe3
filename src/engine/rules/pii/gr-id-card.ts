import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader, headerMatches } from './_context';

/** The card's label right before its number: ΑΔΤ, Α.Δ.Τ., (αριθμός) δελτίου ταυτότητας, ταυτότητα, Greek ID card. */
const LABEL_BEFORE = native(
  /(?:(?<![\p{L}])(?:Α\.?Δ\.?Τ\.?|α\.?δ\.?τ\.?|adt|ADT)|[Δδ]ελτ[ίι]ου? [Tτ]αυτ[όο]τητας|ΔΕΛΤΙΟΥ? ΤΑΥΤΟΤΗΤΑΣ|[Tτ]αυτ[όο]τητ(?:α|ας)|ΤΑΥΤΟΤΗΤ(?:Α|ΑΣ)|Greek ID(?: card)?)(?:[ \t]*(?:[Aα]ρ(?:ιθμ[όο]ς)?\.?|no\.?|nr\.?|#))?[ \t]*[:=]?[ \t]*["'«]?$/u,
);
/** A record's key for a document's number, or for the card's (`"document_number": "`, `'adt' => '`). */
const KEY_BEFORE = native(/(?<![\w-])["']?(?:document|doc|id[_-]?card|identity[_-]?card)[_-]?(?:number|no|nr|num)?["']?[ \t]*(?:=>|:|=)[ \t]*["']$/iu);
/** A column of the card's numbers, as columnHeader normalises its header (lower case). */
const ID_CARD_HEADER = native(/^(?:α\.?δ\.?τ\.?|adt|(?:αρ(?:ιθμ[οό]ς)?\.? )?(?:δελτ[ιί]ου )?ταυτ[οό]τητ(?:α|ας)|(?:greek )?id[ _-]?card(?:[ _-]?(?:no|nr|number))?|doc(?:ument)?[ _-]?(?:no|nr|number))$/u);

// A Greek identity card's number (Αριθμός Δελτίου Ταυτότητας): two Greek capitals, those that look
// like Latin ones, then six digits (`ΑΚ 123456`; older cards one letter). It has no check digit,
// so it counts after its label, under a record's document-number key or in its column.
export default defineRule({
  id: 'gr-id-card',
  category: 'pii',
  description: 'Greek identity card number (ΑΔΤ: Greek letters and six digits), after its label, key or column',
  keywords: ['adt', 'a.d.t', 'taytotit', 'deltio', 'document_number', 'documentnumber', 'doc_number', 'id_card', 'greek id'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\p{L}\p{N}])[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{1,2}[ -]?\d{6}(?![\p{L}\p{N}])/gu,
  validate: (s, ctx) => {
    if (/(\d)\1{5}/u.test(s)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start);
    if (LABEL_BEFORE.test(before) || KEY_BEFORE.test(before)) return true;
    const header = columnHeader(ctx);
    return header !== undefined && headerMatches(header, ID_CARD_HEADER);
  },
  redactAs: 'id-card',
  references: ['https://en.wikipedia.org/wiki/Greek_identity_card'],
  examples: {
    positive: [
      `ΑΔΤ: ΑΚ ${fake('{d6}', 101670)}`,
      `Αριθμός δελτίου ταυτότητας ΤΖ${fake('{d6}', 101671)}, εκδοθέν από το Τ.Α. Χαλανδρίου`,
      `'document_type' => 'IDENT',\n'document_number' => 'ΧΒ ${fake('{d6}', 101672)}',`,
      `κωδικός\tονοματεπώνυμο\tΑΔΤ\tάφιξη\nK-7\tΑ. Κ.\tΜΗ ${fake('{d6}', 101673)}\t2024-05-02\n`,
    ],
    negative: [
      `Τμήμα ΑΒ ${fake('{d6}', 101674)}`,
      'ΑΔΤ: ΑΚ 000000',
      `κωδικός\tπροϊόν\n7\tΜΚ ${fake('{d6}', 101675)}\n`,
    ],
  },
});
