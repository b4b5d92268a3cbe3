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
