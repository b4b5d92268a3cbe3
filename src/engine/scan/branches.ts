// The top-level alternatives of a pattern's source, and the capture groups each one holds.
//
// When a rule's secret group sits inside a lookaround, its offset is read by running the pattern
// again at the match with the `d` flag (see groupStart in scanner.ts). A rule's pattern can be
// large (the name rule's lexicon trie is 20,000 characters), and V8 compiles the twin apart, for
// one-byte and two-byte strings: megabytes of machine code per thread. The alternative that holds
// the group is enough: the whole pattern matched through it at that offset, so it alone matches
// there the same way, and it is a fraction of the size.

/** One top-level alternative: its source, and its capture groups' numbers in the whole pattern. */
export interface Branch {
  readonly source: string;
  /** The number, in the whole pattern, of the branch's first capture group. */
  readonly firstGroup: number;
  /** How many capture groups the branch holds. */
  readonly groups: number;
  /** Whether the branch refers to a group by number or name (`\1`, `\k<n>`), or names one: renumbering would break it. */
  readonly refers: boolean;
}

/** The top-level alternatives of a well-formed `u`-mode source, in order. */
export function topLevelBranches(source: string): Branch[] {
  const branches: Branch[] = [];
  let start = 0;
  let depth = 0;
  let groups = 0;
  let first = 1;
  let refers = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/u.test(next) || next === 'k') refers = true;
      i++;
    } else if (ch === '[') {
      // A class runs to its first unescaped `]` (no nested classes without the `v` flag).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (ch === '(') {
      depth++;
      if (source[i + 1] !== '?') groups++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        groups++;
        refers = true;
      }
    } else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push({ source: source.slice(start, i), firstGroup: first, groups, refers });
      start = i + 1;
      first += groups;
      groups = 0;
      refers = false;
    }
  }
  branches.push({ source: source.slice(start), firstGroup: first, groups, refers });
  return branches;
}

/**
 * The branch that holds capture group `group` of the whole pattern, and the group's number within
 * it; undefined when the pattern has one branch, or the branch can't stand alone (see `refers`).
 */
export function branchOfGroup(source: string, group: number): { source: string; group: number } | undefined {
  const branches = topLevelBranches(source);
  if (branches.length < 2) return undefined;
  const b = branches.find((x) => group >= x.firstGroup && group < x.firstGroup + x.groups);
  if (b === undefined || b.refers) return undefined;
  return { source: b.source, group: group - b.firstGroup + 1 };
}
