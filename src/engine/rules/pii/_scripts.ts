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

/** Han characters (with 々, the repeat mark of 佐々木), katakana (with ・ and ー), hiragana, hangul: class contents for a regex source. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3005';
export const KATAKANA = '\\u30a1-\\u30fa\\u30fc';
export const HIRAGANA = '\\u3041-\\u3096\\u30fc';
export const HANGUL = '\\uac00-\\ud7a3';
/** The letters of Chinese, Japanese and Korean names, all four scripts together. */
export const CJK = `${HAN}${KATAKANA}${HIRAGANA}${HANGUL}`;

/** The code units from the first kana to the last Hangul syllable: the `nearScript` range of the rules that read CJK labels and headers. */
export const CJK_SCRIPT_RANGE = [0x3041, 0xd7a3] as const;
