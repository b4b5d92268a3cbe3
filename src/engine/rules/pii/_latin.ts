// Character-class bodies for Latin-script words. Explicit ranges are much faster in V8 than
// \p{Lu}/\p{Ll}, and the name and address rules only know Latin-script words anyway.

/** Upper-case Latin letters (ASCII, Latin-1, and Latin Extended-A, whose cases interleave). */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F';
/** Lower-case Latin letters (ASCII, Latin-1, and Latin Extended-A). */
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u017F';
/**
 * Any Latin letter or ASCII digit: UPPER, LOWER and 0-9, with the ranges merged. Half the length
 * of the three written one after the other, which matters: person-name's pattern repeats it 37
 * times and must stay under V8's 20 KB limit.
 */
export const ALNUM = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u017F';
