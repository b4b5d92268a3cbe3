/**
 * Where a search goes on after a match at `i` that it must not find again (an empty match, a match
 * it skips): after the code point at `i`. For a `u` pattern a surrogate pair is one code point, and
 * `i + 1` is no way on: V8 moves a `u` pattern's `lastIndex` that falls between the two halves of
 * a pair back to the pair's start, so the search would find the same match forever (an emoji at a
 * line's start before a window hung the scanner on a 2 KB chat export).
 */
export function nextSearchIndex(s: string, i: number, unicode: boolean): number {
  if (unicode) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
    }
  }
  return i + 1;
}
