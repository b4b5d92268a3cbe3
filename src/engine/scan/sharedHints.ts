/**
 * Hint words of helpers that many rules call (see `Rule.hints` and `MatchContext.hasHint`).
 *
 * A rule's own hints are declared on the rule. A helper shared by rules (`isPersonalHandle` asks
 * whether the text is a developer platform's credentials file) used to need every calling rule to
 * declare the helper's words too; a rule that forgot got a `hasHint` that threw, which its
 * validator's guard turned into a silent "no match". A helper registers its words here instead,
 * once, when its module loads (before any scanner is built: rules import their helpers), and every
 * scanner finds them in its keyword pass.
 */
const words = new Set<string>();

/** Registers a helper's hint words (lower case, as for `Rule.hints`) and returns them. */
export function sharedHints<const T extends readonly string[]>(list: T): T {
  for (const w of list) words.add(w);
  return list;
}

/** Every word registered so far. */
export function sharedHintWords(): readonly string[] {
  return [...words];
}

/** The text the scanner's keyword pass last read, and its answer for the hint words (see `mayContain`). */
let hinted: { readonly text: string; readonly has: (word: string) => boolean } | undefined;

/** Called by the scanner once its keyword pass has read `text`. */
export function setTextHints(text: string, has: (word: string) => boolean): void {
  hinted = { text, has };
}

/** Called by the scanner when its scan ends. */
export function clearTextHints(): void {
  hinted = undefined;
}

/**
 * Whether `text` may contain `word` (a registered hint, lower case): false only when the scanner's
 * keyword pass over this very text saw no occurrence of it, in any case. A caller that needs the
 * exact answer then searches the text itself. For helpers' whole-text checks (`text.includes(…)`):
 * on a text that V8 holds as two-byte (a source file with one non-Latin-1 character), `includes`
 * walks it at a third of a nanosecond a character, and three of them were 0.15 ms of a 5,000-line
 * file's rescan; the keyword pass has already read the text.
 */
export function mayContain(text: string, word: string): boolean {
  return hinted === undefined || hinted.text !== text || !words.has(word) || hinted.has(word);
}
