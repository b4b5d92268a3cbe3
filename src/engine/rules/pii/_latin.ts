// Character-class bodies for Latin-script words. Explicit ranges are much faster in V8 than
// \p{Lu}/\p{Ll}, and the name and address rules only know Latin-script words anyway.
// The ranges are written as the characters themselves, not as \u escapes: a third of the length,
// which matters to the patterns that repeat them (V8 stops optimising a pattern past 20 KB of
// source, see the rules test). The edges: À U+00C0, Ö U+00D6, Ø U+00D8, Þ U+00DE, ß U+00DF,
// ö U+00F6, ø U+00F8, ÿ U+00FF, Ā U+0100, ſ U+017F.

/**
 * Upper-case Latin letters (ASCII, Latin-1, and Latin Extended-A, whose cases interleave), and
 * Romanian's comma-below Ș and Ț (U+0218 to U+021B, with their small letters: Ștefan, Mureș).
 */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ſȘ-ț';
/** Lower-case Latin letters (ASCII, Latin-1, Latin Extended-A, and Romanian's ș and ț). */
export const LOWER = 'a-zß-öø-ÿĀ-ſȘ-ț';
/**
 * Any Latin letter or ASCII digit: UPPER, LOWER and 0-9, with the ranges merged. Half the length
 * of the three written one after the other, which matters: person-name's pattern repeats it 37
 * times and must stay under V8's 20 KB limit.
 */
export const ALNUM = 'A-Za-z0-9À-ÖØ-öø-ſȘ-ț';

/**
 * ALNUM and the Latin letters beyond it, Latin Extended-B and Latin Extended Additional (ƀ U+0180
 * to ɏ U+024F, Ḁ U+1E00 to ỿ U+1EFF: Vietnamese ư, ơ and the stacked marks, ậ, ờ): for the checks that
 * a name's last letter ends its word, so that no name is found inside `Nhuận` or `Thạnh`, cut where
 * the letter ALNUM lacks begins.
 */
export const WORD_CHAR = `${ALNUM}ƀ-ɏḀ-ỿ`;

/** A capitalised given name as a word (2 to 15 letters), or two parts joined by a hyphen (Jae-won, Mei-Ling): for the lexicon to judge. */
export const GIVEN_WORD = `[${UPPER}][${LOWER}]{1,14}(?:-[${UPPER}]?[${LOWER}]{2,10})?`;
