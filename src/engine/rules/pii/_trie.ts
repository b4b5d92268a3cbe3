// Builds regex sources from word lists as tries, so a list of hundreds of words costs one branch
// per character instead of one attempt per word. The prefix trie suits forward matching; the
// suffix trie suits lookbehinds, which V8 matches right to left.

/** A token is one character, or SEP (an optional word separator: space, `_` or `-`). */
const SEP = '\u0000';

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

function insert(root: Node, tokens: readonly string[]): void {
  let n = root;
  for (const t of tokens) {
    let c = n.next.get(t);
    if (!c) {
      c = { end: false, next: new Map() };
      n.next.set(t, c);
    }
    n = c;
  }
  n.end = true;
}

function tokenSource(t: string): string {
  // `-` stays as is: outside a class it is literal, and `\-` is a syntax error with the `u` flag.
  return t === SEP ? '[ _-]?' : t.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

function tokens(w: string): string[] {
  return [...w].map((c) => (c === ' ' ? SEP : c));
}

/**
 * Regex source matching any of `words` (literal), as a prefix trie. Spaces match an optional space,
 * `_` or `-`. `afterFirst` (regex source, e.g. a lookbehind boundary check) is inserted after the
 * first character, so it only runs where a word can start.
 */
export function toTrieSource(words: Iterable<string>, afterFirst = ''): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) insert(root, tokens(w));
  const walk = (n: Node): string => {
    const branches = [...n.next.entries()].map(([t, c]) => tokenSource(t) + (n === root ? afterFirst : '') + walk(c));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return `(?:${walk(root)})`;
}

/** The same language as `toTrieSource`, grouped by shared endings: cheap inside a lookbehind. */
export function toSuffixTrieSource(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) insert(root, tokens(w).reverse());
  const walk = (n: Node): string => {
    const branches = [...n.next.entries()].map(([t, c]) => walk(c) + tokenSource(t));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return `(?:${walk(root)})`;
}

/** The usual spellings of a label: lower, UPPER, Title Case, Capitalised first word, camelCase. */
export function caseForms(words: Iterable<string>): string[] {
  const out = new Set<string>();
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  for (const w of words) {
    const parts = w.split(' ');
    out.add(w);
    out.add(w.toUpperCase());
    out.add(parts.map(cap).join(' '));
    out.add(cap(w));
    out.add(parts.map((p, i) => (i === 0 ? p : cap(p))).join(' '));
  }
  return [...out];
}
