/**
 * Texts written with combining marks (Unicode NFD: `José` as `Jose` + U+0301), as macOS file
 * names, some PDF and export tools and some word lists write them. The rules' patterns read letters
 * as precomposed code points (`[a-zß-öø-ÿ]`), so in such a text a name stops at its first accent
 * (`José García` was not found at all, and an address with an accent in its local part was
 * reported from its last accent on).
 * The scanner reads the text composed (NFC) instead and maps every offset back.
 */

/** A combining mark that NFC may compose with the letter before it (the common diacritics' block). */
const COMBINING = /[\u0300-\u036f]/;

/** A text composed, with the offsets of its code units in the original. */
export interface ComposedText {
  readonly text: string;
  /** Original offset of each composed offset, `text.length + 1` entries (the last is the original's length). */
  readonly toOriginal: Int32Array;
}

/**
 * The text in NFC with its offset map, or undefined when the text holds no combining mark or
 * composing changes nothing. Composes cluster by cluster (a letter and the marks after it), so
 * every cluster's start maps exactly; a composed cluster's inner offsets map to its start.
 */
export function toComposed(text: string): ComposedText | undefined {
  if (!COMBINING.test(text)) return undefined;
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  let changed = false;
  while (i < text.length) {
    let j = i + 1;
    // (a surrogate pair stays whole)
    if (j < text.length && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
    const head = j;
    while (j < text.length && COMBINING.test(text[j] as string)) j++;
    if (j === head) {
      parts.push(text.slice(i, j));
      for (let k = i; k < j; k++) map.push(k);
    } else {
      const cluster = text.slice(i, j);
      const nfc = cluster.normalize('NFC');
      if (nfc !== cluster) changed = true;
      parts.push(nfc);
      for (let k = 0; k < nfc.length; k++) map.push(k === 0 ? i : Math.min(j - 1, i + k));
    }
    i = j;
  }
  if (!changed) return undefined;
  map.push(text.length);
  return { text: parts.join(''), toOriginal: Int32Array.from(map) };
}

/** The original offset of an end offset in the composed text: the end of the cluster before it. */
export function originalEnd(composed: ComposedText, end: number): number {
  if (end <= 0) return 0;
  const map = composed.toOriginal;
  if (end >= map.length - 1) return map[map.length - 1] as number;
  // The next composed code unit's start is where this one's cluster ends (or inside it, for an
  // uncomposed cluster, which maps its units one by one).
  return map[end] as number;
}
