// What the scanner reads from a rule's pattern (with the shared parser in regexSyntax.ts):
// how far a match can reach, whether every match holds a keyword, and whether a group is
// captured inside a lookaround.
import { parseRegex } from './regexSyntax';
import type { Alternatives, Atom, Sequence, Term } from './regexSyntax';

/** The pattern's structure, or `undefined` when the parser does not understand it. */
function parsed(pattern: RegExp): Alternatives | undefined {
  try {
    return parseRegex(pattern.source, pattern.flags.includes('i'));
  } catch {
    return undefined;
  }
}

/** Every capturing group of a structure, by number and by name. */
function groupsOf(alts: Alternatives, out = new Map<number | string, Alternatives>()): Map<number | string, Alternatives> {
  for (const seq of alts) {
    for (const { atom } of seq) {
      if (atom.kind !== 'group') continue;
      if (atom.group !== undefined) out.set(atom.group, atom.body);
      if (atom.name !== undefined) out.set(atom.name, atom.body);
      groupsOf(atom.body, out);
    }
  }
  return out;
}

/**
 * An upper bound on how many code units a match of `pattern` can touch: the longest possible
 * match plus everything its lookarounds may read. `Infinity` when a quantifier is unbounded
 * (`*`, `+`, `{n,}`) or the pattern can't be read. It over-estimates rather than guesses: a
 * class, `.` or escape counts as two units (an astral character under the `u` flag), a
 * back-reference as long as its group can be.
 */
export function toPatternReach(pattern: RegExp): number {
  const ast = parsed(pattern);
  return ast === undefined ? Infinity : reachOf(ast);
}

function reachOf(ast: Alternatives): number {
  const groups = groupsOf(ast);
  const reachOf = (alts: Alternatives): number => Math.max(0, ...alts.map(sequenceReach));
  const sequenceReach = (seq: Sequence): number => {
    let sum = 0;
    for (const { atom, quantifier } of seq) {
      const one = atomReach(atom);
      sum += one === 0 ? 0 : one * (quantifier?.max ?? 1);
    }
    return sum;
  };
  const atomReach = (atom: Atom): number => {
    switch (atom.kind) {
      case 'chars':
        return atom.literal !== undefined && !atom.escaped ? atom.literal.length : 2;
      case 'group':
        return reachOf(atom.body);
      case 'assertion':
        return 0;
      case 'backreference': {
        const body = groups.get(atom.group);
        return body === undefined ? Infinity : reachOf(body);
      }
    }
  };
  return reachOf(ast);
}

/**
 * True when every match of `pattern` contains one of `keywords` (lower-case; compared without
 * case): a literal run the pattern requires holds one, in every branch of every alternation that
 * leads there. Then a scan may look only near the keywords' occurrences. Conservative: `false`
 * whenever it can't tell (classes, optional parts, lookarounds, back-references).
 */
export function hasKeywordInEveryMatch(pattern: RegExp, keywords: readonly string[]): boolean {
  const ast = parsed(pattern);
  return ast !== undefined && keywordInEveryMatchOf(ast, keywords);
}

/**
 * The one character a set stands for when keywords are read case-insensitively: its literal, or
 * the lower-case letter of a set that is exactly one ASCII letter in both cases (`[Bb]`).
 */
function foldedCharOf(atom: Atom): string | undefined {
  if (atom.kind !== 'chars') return undefined;
  if (atom.literal !== undefined) return atom.literal;
  if (atom.set.other) return undefined;
  let found: number | undefined;
  for (let c = 0; c < 128; c++) {
    if (!atom.set.has(c)) continue;
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    if (found !== undefined && found !== folded) return undefined;
    found = folded;
  }
  return found !== undefined && found >= 97 && found <= 122 && atom.set.has(found - 32) ? String.fromCharCode(found) : undefined;
}

function keywordInEveryMatchOf(ast: Alternatives, keywords: readonly string[]): boolean {
  if (keywords.length === 0) return false;
  const holdsKeyword = (run: string): boolean => {
    const lower = run.toLowerCase();
    return keywords.some((k) => lower.includes(k));
  };
  /** Every match of this sequence holds a keyword: in a literal run, or in a required group. */
  const covered = (seq: Sequence): boolean => {
    let run = '';
    for (const { atom, quantifier } of seq) {
      const required = (quantifier?.min ?? 1) >= 1;
      // A literal character continues the run once; repeated, what follows is not adjacent.
      const char = required ? foldedCharOf(atom) : undefined;
      if (char !== undefined) {
        run += char;
        if (quantifier === undefined) continue;
      }
      if (holdsKeyword(run)) return true;
      run = '';
      if (atom.kind === 'group' && !atom.lookaround && required && atom.body.every(covered)) return true;
    }
    return holdsKeyword(run);
  };
  return ast.every(covered);
}

/** True when the pattern captures a group inside a lookaround (its text may lie outside the match). */
export function capturesInLookaround(pattern: RegExp): boolean {
  const ast = parsed(pattern);
  return ast === undefined || lookaroundGroupsOf(ast).size > 0; // unknown: read offsets the safe way
}

/** The groups (by number, and by name when named) captured inside a lookaround. */
function lookaroundGroupsOf(ast: Alternatives): Set<number | string> {
  const out = new Set<number | string>();
  const walk = (alts: Alternatives, inLook: boolean): void => {
    for (const seq of alts) {
      for (const { atom } of seq) {
        if (atom.kind !== 'group') continue;
        if (inLook && atom.group !== undefined) {
          out.add(atom.group);
          if (atom.name !== undefined) out.add(atom.name);
        }
        walk(atom.body, inLook || atom.lookaround);
      }
    }
  };
  walk(ast, false);
  return out;
}

/**
 * The groups that start where their match starts, though captured in a lookaround: a branch that
 * reads one code unit, looks around without reading (and asserts), then looks behind at that code
 * unit with a lookahead whose first term is the group: `[A-Z](?<=context[A-Z])(?<=(?=(Name…)).)`.
 * The person-name rules match a name's first letter so and capture the name; without this, each
 * match was run again with indices to find the group (a fifth of a dense text's scan).
 */
function matchStartGroupsOf(ast: Alternatives): Set<number | string> {
  const out = new Set<number | string>();
  for (const seq of ast) {
    const first = seq[0];
    // One code unit: a character set of the BMP below the surrogates, read once.
    if (first === undefined || first.quantifier !== undefined || first.atom.kind !== 'chars') continue;
    const set = first.atom.set;
    if (set.other && set.highestOther >= 0xd800) continue;
    for (let i = 1; i < seq.length; i++) {
      const { atom, quantifier } = seq[i] as Term;
      if (atom.kind === 'assertion' && quantifier === undefined) continue;
      if (atom.kind !== 'group' || !atom.lookaround || quantifier !== undefined) break;
      const look = lookbehindAtOneUnit(atom);
      if (look !== undefined) {
        out.add(look.group);
        if (look.name !== undefined) out.add(look.name);
      }
      // Any other lookaround reads nothing: the next term still stands one code unit in.
    }
  }
  return out;
}

/** `(?<=(?=(G…)…).)`: the group G, which starts one code unit before the lookbehind's position. */
function lookbehindAtOneUnit(atom: Atom): { group: number; name?: string } | undefined {
  if (atom.kind !== 'group' || atom.look !== '<=' || atom.body.length !== 1) return undefined;
  const body = atom.body[0] as Sequence;
  if (body.length !== 2) return undefined;
  const [ahead, unit] = body as [Term, Term];
  if (unit.quantifier !== undefined || unit.atom.kind !== 'chars') return undefined;
  if (ahead.quantifier !== undefined || ahead.atom.kind !== 'group' || ahead.atom.look !== '=' || ahead.atom.body.length !== 1) return undefined;
  const lead = (ahead.atom.body[0] as Sequence)[0];
  if (lead === undefined || lead.quantifier !== undefined || lead.atom.kind !== 'group' || lead.atom.lookaround || lead.atom.group === undefined) return undefined;
  return lead.atom.name !== undefined ? { group: lead.atom.group, name: lead.atom.name } : { group: lead.atom.group };
}

/** What the scanner needs to know of a rule's pattern, read with one parse. */
export interface PatternFacts {
  /** The window the rule may scan in around its keywords, when its pattern allows one. */
  readonly window?: { readonly before: number; readonly after: number };
  /**
   * The groups captured inside a lookaround, whose text may lie outside the match; `'all'` when the
   * pattern could not be read (only asked for rules with a secret group).
   */
  readonly lookaroundGroups: ReadonlySet<number | string> | 'all';
  /** Groups captured in a lookaround that start where the match starts (see matchStartGroupsOf). */
  readonly matchStartGroups: ReadonlySet<number | string>;
}

const NONE: ReadonlySet<number | string> = new Set();

/**
 * Reads a rule's pattern once for the scanner: a window when every match holds one of the
 * keywords and the reach is at most `maxReach`, and whether groups are captured in lookarounds.
 */
export function toPatternFacts(pattern: RegExp, keywords: readonly string[], options: { window: boolean; groups: boolean; maxReach: number }): PatternFacts {
  if (!options.window && !options.groups) return { lookaroundGroups: NONE, matchStartGroups: NONE };
  const ast = parsed(pattern);
  if (ast === undefined) return { lookaroundGroups: options.groups ? 'all' : NONE, matchStartGroups: NONE };
  const lookaroundGroups = options.groups ? lookaroundGroupsOf(ast) : NONE;
  const matchStartGroups = lookaroundGroups.size > 0 ? matchStartGroupsOf(ast) : NONE;
  if (!options.window || !keywordInEveryMatchOf(ast, keywords)) return { lookaroundGroups, matchStartGroups };
  const reach = reachOf(ast);
  return reach > options.maxReach ? { lookaroundGroups, matchStartGroups } : { window: { before: reach, after: reach }, lookaroundGroups, matchStartGroups };
}

/**
 * The lowest code unit above U+007F that every match of `pattern` holds at least one of, or
 * undefined when some match may be all ASCII: a required atom outside any negative lookaround whose set has
 * no ASCII member (a CJK class, a literal `비밀번호`) gives its set's lowest member; a sequence the
 * highest of its atoms' floors, alternatives the lowest of theirs. A text whose code units all
 * stay below it can't match, and the scanner skips the rule there (a CJK rule in a file whose only
 * non-ASCII character is an arrow). Conservative: undefined when unsure, and for case-insensitive
 * patterns.
 */
export function requiredCodeUnit(pattern: RegExp): number | undefined {
  return requiredCodeUnits(pattern)?.[0];
}

/**
 * Like requiredCodeUnit, with the highest code unit of the set that gives the floor: every match
 * holds a code unit in `[floor, ceiling]` (an Arabic rule needs more than a CJK character).
 */
export function requiredCodeUnits(pattern: RegExp): [number, number] | undefined {
  // Under `iu`, some characters above U+007F match ASCII ones (ſ matches s, K matches k).
  if (pattern.flags.includes('i')) return undefined;
  const ast = parsed(pattern);
  if (ast === undefined) return undefined;
  // Each atom's and sequence's [floor, ceiling]: [0, 0xffff] when a match may do without.
  const ANY: [number, number] = [0, 0xffff];
  const atomRange = (atom: Atom): [number, number] => {
    // (A positive lookaround's body is text too, before or after the match: what it requires, the text holds.)
    if (atom.kind === 'group') return atom.lookaround && atom.look !== '=' && atom.look !== '<=' ? ANY : union(atom.body.map(seqRange));
    if (atom.kind !== 'chars' || !atom.set.other) return ANY;
    for (let c = 0; c < 128; c++) if (atom.set.has(c)) return ANY;
    return [atom.set.lowestOther, atom.set.highestOther];
  };
  // A sequence's: its most demanding atom's (the highest floor).
  const seqRange = (seq: Sequence): [number, number] => {
    let range = ANY;
    for (const { atom, quantifier } of seq) {
      if ((quantifier?.min ?? 1) < 1) continue;
      const r = atomRange(atom);
      if (r[0] > range[0]) range = r;
    }
    return range;
  };
  // Alternatives': the lowest floor and the highest ceiling.
  const union = (ranges: [number, number][]): [number, number] => [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
  const [floor, ceiling] = union(ast.map(seqRange));
  return floor >= 128 && Number.isFinite(floor) ? [floor, Math.min(0xffff, ceiling)] : undefined;
}
