// A value that recurs on many lines, each time beside a different value of the same kind, is not one
// person's: it is the other end of every record. An SMS gateway's log names the service's own number
// on every inbound message (`From=<customer>&To=<service>`); a contact list repeats an office's
// switchboard beside each person's own mobile. Rules that want this read (`Rule.sharedKey`) say how
// their values compare; the scanner drops the shared ones (see Scanner.scanText).

/** Lines a value must stand on, each beside another value of the rule, to be shared. */
export const SHARED_MIN_LINES = 3;
/** Different values it must stand beside over those lines, each of which stands beside it alone. */
export const SHARED_MIN_PARTNERS = 3;

interface Keyed {
  readonly start: number;
  readonly key: string;
}

/**
 * The keys, among `items` (one rule's matches in `text`, any order), at the centre of a star: on at
 * least SHARED_MIN_LINES lines, beside at least SHARED_MIN_PARTNERS different keys that never stand
 * beside any other. Lines with one value say nothing either way: a customer who writes five times
 * is still one customer. (Not a value whose partners have partners of their own: an on-call rota
 * names each engineer's mobile beside a different backup week after week, and each is a person's.)
 */
export function sharedKeys(text: string, items: readonly Keyed[]): ReadonlySet<string> {
  const shared = new Set<string>();
  if (items.length < SHARED_MIN_LINES + 1) return shared;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const lines = new Map<string, number>();
  // Each key's partners, up to three times the minimum (a bound on a dense file's memory).
  const partners = new Map<string, Set<string>>();
  const cap = SHARED_MIN_PARTNERS * 3;
  let i = 0;
  while (i < sorted.length) {
    // The matches on the line of sorted[i].
    const lineEnd = text.indexOf('\n', (sorted[i] as Keyed).start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const keys = new Set<string>();
    while (i < sorted.length && (sorted[i] as Keyed).start < end) keys.add((sorted[i++] as Keyed).key);
    if (keys.size < 2) continue;
    for (const k of keys) {
      lines.set(k, (lines.get(k) ?? 0) + 1);
      let p = partners.get(k);
      if (p === undefined) partners.set(k, (p = new Set()));
      for (const o of keys) if (o !== k && p.size < cap) p.add(o);
    }
  }
  for (const [k, n] of lines) {
    if (n < SHARED_MIN_LINES) continue;
    let loyal = 0;
    for (const p of partners.get(k) ?? []) if (partners.get(p)?.size === 1) loyal++;
    if (loyal >= SHARED_MIN_PARTNERS) shared.add(k);
  }
  return shared;
}
