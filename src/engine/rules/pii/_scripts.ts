// Character-class bodies and tests for the scripts beside Latin-1 that the name and address rules
// read: Vietnamese's letters (Latin, with marks past Latin-1) and Greek's. Shared so that the rules
// that read one script agree on its letters.

/** Vietnamese capitals: ASCII's and those with the breve, the circumflex, the horn, the stroke and the five tone marks. */
export const VIETNAMESE_UPPER = 'A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ';
/** Vietnamese small letters, likewise. (Latin Extended Additional alternates its cases: Ạ-Ỹ and ạ-ỹ hold both.) */
export const VIETNAMESE_LOWER = 'a-zàáâãèéêìíòóôõùúýăđĩũơưạ-ỹ';
/**
 * Letters Vietnamese writes and its neighbours' languages seldom do (not ê and ô, which French and
 * Portuguese write too): a line with one is a Vietnamese line.
 */
export const VIETNAMESE_LETTER = /[ăâơưđĂÂƠƯĐ\u1ea0-\u1ef9]/u;

/** Greek capitals, with their accented forms. */
export const GREEK_UPPER = 'Α-ΩΆΈΉΊΌΎΏΪΫ';
/** Greek small letters, with their accented forms and the final sigma. */
export const GREEK_LOWER = 'α-ωάέήίόύώϊϋΐΰς';
