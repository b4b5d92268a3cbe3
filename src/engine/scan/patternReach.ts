/**
 * An upper bound on how many code units a match of `pattern` can touch: the longest possible
 * match plus everything its lookarounds may read. `Infinity` when a quantifier is unbounded
 * (`*`, `+`, `{n,}`). A small reader of the JS regex syntax the rule files use; it over-estimates
 * rather than guesses (a class, `.` or escape counts as two units, for astral characters under
 * the `u` flag; a back-reference as long as its group can be).
 */
export function toPatternReach(pattern: RegExp): number {
  const src = pattern.source;
  let i = 0;
  /** Longest match of each capturing group, by number (named groups are numbered too). */
  const groups: number[] = [];
  const names = new Map<string, number>();

  /** Reads an alternation up to `)` or the end; returns the longest branch. */
  const alternation = (): number => {
    let best = 0;
    let current = 0;
    while (i < src.length) {
      const c = src[i] as string;
      if (c === ')') break;
      if (c === '|') {
        i++;
        best = Math.max(best, current);
        current = 0;
        continue;
      }
      const atom = readAtom();
      current += quantified(atom);
    }
    return Math.max(best, current);
  };

  const quantified = (atom: number): number => {
    const c = src[i];
    let times = 1;
    if (c === '*' || c === '+') {
      i++;
      times = Infinity;
    } else if (c === '?') {
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(src.slice(i));
      if (m) {
        i += m[0].length;
        times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      }
    }
    if (src[i] === '?') i++; // lazy
    return atom === 0 ? 0 : atom * times;
  };

  const readAtom = (): number => {
    const c = src[i] as string;
    if (c === '(') {
      i++;
      let group: number | undefined;
      if (src.startsWith('?:', i) || src.startsWith('?=', i) || src.startsWith('?!', i)) i += 2;
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) i += 3;
      else {
        group = groups.push(Infinity);
        if (src.startsWith('?<', i)) {
          const close = src.indexOf('>', i);
          names.set(src.slice(i + 2, close), group);
          i = close + 1;
        }
      }
      const inner = alternation();
      i++; // ')'
      if (group !== undefined) groups[group - 1] = inner;
      return inner;
    }
    if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return 2;
    }
    if (c === '\\') {
      const next = src[i + 1] as string;
      const ref = /^\\(?:(\d+)|k<([^>]+)>)/u.exec(src.slice(i));
      if (ref && next !== '0') {
        i += ref[0].length;
        const n = ref[1] !== undefined ? Number(ref[1]) : names.get(ref[2] as string);
        return n === undefined ? Infinity : (groups[n - 1] ?? Infinity);
      }
      i += 2;
      if (next === 'b' || next === 'B') return 0;
      if (next === 'u' && src[i] === '{') i = src.indexOf('}', i) + 1;
      else if (next === 'u') i += 4;
      else if (next === 'x') i += 2;
      else if ((next === 'p' || next === 'P') && src[i] === '{') i = src.indexOf('}', i) + 1;
      return 2;
    }
    i++;
    if (c === '^' || c === '$') return 0;
    return c === '.' ? 2 : 1;
  };

  const reach = alternation();
  return i === src.length ? reach : Infinity;
}

/** A parsed piece of a pattern, as far as `hasKeywordInEveryMatch` needs to know. */
type Piece =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'group'; readonly branches: Piece[][]; readonly look: boolean }
  | { readonly kind: 'other' };

/**
 * True when every match of `pattern` contains one of `keywords` (lower-case; compared without
 * case): a literal run the pattern requires holds one, in every branch of every alternation that
 * leads there. Then a scan may look only near the keywords' occurrences. Conservative: `false`
 * whenever the reader can't tell (classes, optional parts, lookarounds, back-references).
 */
export function hasKeywordInEveryMatch(pattern: RegExp, keywords: readonly string[]): boolean {
  const src = pattern.source;
  let i = 0;

  const branches = (): Piece[][] => {
    const out: Piece[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      const piece = atom();
      // A quantifier: optional (min 0) pieces are dropped; a required repeated piece counts once.
      let min = 1;
      const q = src[i];
      if (q === '*' || q === '?') {
        min = 0;
        i++;
      } else if (q === '+') i++;
      else if (q === '{') {
        const m = /^\{(\d+)(?:,\d*)?\}/u.exec(src.slice(i));
        if (m) {
          min = Number(m[1]);
          i += m[0].length;
        }
      }
      const quantified = q === '*' || q === '?' || q === '+' || q === '{';
      if (src[i] === '?' && quantified) i++;
      const current = out[out.length - 1] as Piece[];
      if (min === 0) current.push({ kind: 'other' });
      else if (quantified && piece.kind === 'char') current.push(piece, { kind: 'other' });
      else current.push(piece);
    }
    return out;
  };

  const atom = (): Piece => {
    const c = src[i] as string;
    if (c === '(') {
      i++;
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        look = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        look = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const inner = branches();
      i++;
      return { kind: 'group', branches: inner, look };
    }
    if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const next = src[i + 1] as string;
      i += 2;
      if (/[-./:@_#=&%~!,;'"`<>/]/u.test(next)) return { kind: 'char', char: next };
      if (next === 'u' && src[i] === '{') i = src.indexOf('}', i) + 1;
      else if (next === 'u') i += 4;
      else if (next === 'x') i += 2;
      else if ((next === 'p' || next === 'P' || next === 'k') && (src[i] === '{' || src[i] === '<')) i = src.indexOf(src[i] === '{' ? '}' : '>', i) + 1;
      return { kind: 'other' };
    }
    i++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    return { kind: 'char', char: c };
  };

  const holdsKeyword = (run: string): boolean => {
    const lower = run.toLowerCase();
    return keywords.some((k) => lower.includes(k));
  };

  /** Every match of this sequence holds a keyword: in a literal run, or in a required group. */
  const coveredSequence = (pieces: readonly Piece[]): boolean => {
    let run = '';
    for (const p of pieces) {
      if (p.kind === 'char') {
        run += p.char;
        continue;
      }
      if (holdsKeyword(run)) return true;
      run = '';
      if (p.kind === 'group' && !p.look && p.branches.every(coveredSequence)) return true;
    }
    return holdsKeyword(run);
  };

  const top = branches();
  return i === src.length && keywords.length > 0 && top.every(coveredSequence);
}

/** True when the pattern captures a group inside a lookaround (its text may lie outside the match). */
export function capturesInLookaround(pattern: RegExp): boolean {
  const src = pattern.source;
  const stack: boolean[] = []; // per open group: inside a lookaround (itself or an ancestor)
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ')') stack.pop();
    else if (c === '(') {
      const inLook = stack.length > 0 && stack[stack.length - 1] === true;
      const look = /^\(\?<?[=!]/u.test(src.slice(i, i + 4));
      const capturing = src[i + 1] !== '?' || /^\(\?<[^=!]/u.test(src.slice(i, i + 4));
      if (capturing && inLook) return true;
      stack.push(inLook || look);
    }
  }
  return false;
}
