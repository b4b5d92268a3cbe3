import { native } from './nativeRegex';

/**
 * Case-insensitive patterns without the `i` flag. V8 runs an `iu` pattern up to twenty times
 * slower than the same pattern with `u` alone (Unicode case folding defeats its fast literal
 * search), so the scanner compiles such rules a second time with every ASCII letter spelled in
 * both cases: `mj` becomes `[mM][jJ]`, `[a-f]` becomes `[a-fA-F]`.
 *
 * The two agree on every text without U+017F (ſ) and U+212A (K), the only characters that `iu`
 * folds onto ASCII letters (and counts as word characters for `\w` and `\b`); the scanner keeps
 * the original pattern for texts that contain them.
 */

/**
 * Whether `text` holds ſ or K, the characters that `iu` matching folds onto ASCII letters (texts
 * with them use the rule's original pattern): two `indexOf` calls, which V8 runs as a vectorised search (a regex
 * class walked the text at ~1 ns a character: 0.13 ms of a 5,000-line file's rescan).
 */
export function foldsOntoAscii(text: string): boolean {
  return text.indexOf('\u017F') !== -1 || text.indexOf('\u212A') !== -1;
}

const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** Both cases of an ASCII letter as class members. */
function bothCases(c: string): string {
  return c.toLowerCase() + c.toUpperCase();
}

/** Adds the other case of every ASCII letter in the range `from`-`to` (code points). */
function rangeCounterparts(from: number, to: number): string {
  let out = '';
  const add = (lo: number, hi: number, shift: number): void => {
    const a = Math.max(from, lo);
    const b = Math.min(to, hi);
    if (a > b) return;
    const s = String.fromCharCode(a + shift);
    const e = String.fromCharCode(b + shift);
    out += a === b ? s : `${s}-${e}`;
  };
  add(0x61, 0x7a, -32); // a-z -> A-Z
  add(0x41, 0x5a, 32); // A-Z -> a-z
  return out;
}

/**
 * The pattern source with ASCII letters in both cases, to be compiled without `i`; `undefined`
 * when the pattern uses something this can't carry over exactly: a non-ASCII letter, a Unicode
 * property escape, a letter written as an escape, or a back-reference to a group that may
 * capture letters (`i` makes back-references case-insensitive).
 */
export function toCaseExpanded(source: string): string | undefined {
  let out = '';
  let i = 0;
  // Source text of each capturing group, by number, to vet back-references.
  const groupStarts: number[] = [];
  const groupSources: (string | undefined)[] = [];
  const open: (number | undefined)[] = [];
  const names = new Map<string, number>();

  const readEscape = (): string | undefined => {
    const next = source[i + 1];
    if (next === undefined) return undefined;
    if (next === 'p' || next === 'P') return undefined;
    if (next === 'x' || next === 'u' || next === 'c') {
      const m = /^\\(?:x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|c[A-Za-z])/u.exec(source.slice(i));
      if (!m) return undefined;
      if (next !== 'c') {
        const code = parseInt(m[0].replace(/^\\[xu]\{?|\}$/gu, ''), 16);
        const ch = String.fromCodePoint(code);
        if (ch.toLowerCase() !== ch.toUpperCase()) return undefined;
      }
      i += m[0].length;
      return m[0];
    }
    i += 2;
    return `\\${next}`;
  };

  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      const ref = /^\\(?:([1-9]\d*)|k<([^>]+)>)/u.exec(source.slice(i));
      if (ref) {
        const n = ref[1] !== undefined ? Number(ref[1]) : names.get(ref[2] as string);
        const group = n === undefined ? undefined : groupSources[n - 1];
        // Only a group that can't hold a letter: quotes, digits, punctuation.
        if (group === undefined || /[A-Za-z]/u.test(group.replace(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[trnfv0])/gu, '')) || /\\[wWDSsB]|\[\^|\./u.test(group)) {
          return undefined;
        }
        out += ref[0];
        i += ref[0].length;
        continue;
      }
      const esc = readEscape();
      if (esc === undefined) return undefined;
      out += esc;
      continue;
    }
    if (c === '[') {
      // A class: copy it, adding the other case of every ASCII letter and letter range.
      let cls = '[';
      let extra = '';
      i++;
      if (source[i] === '^') {
        cls += '^';
        i++;
      }
      while (i < source.length && source[i] !== ']') {
        let atom: string;
        let code: number | undefined;
        if (source[i] === '\\') {
          const esc = readEscape();
          if (esc === undefined) return undefined;
          atom = esc;
          if (/^\\[xu]/u.test(esc)) code = parseInt(esc.replace(/^\\[xu]\{?|\}$/gu, ''), 16);
          else code = esc.length === 2 && !/[A-Za-z0-9]/u.test(esc[1] as string) ? esc.charCodeAt(1) : undefined;
        } else {
          atom = source[i] as string;
          if (!/^[\x00-\x7f]$/u.test(atom) && atom.toLowerCase() !== atom.toUpperCase()) return undefined;
          code = atom.charCodeAt(0);
          i++;
        }
        if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined && code !== undefined) {
          // a range atom-to
          i++;
          let toAtom: string;
          let toCode: number;
          if (source[i] === '\\') {
            const esc = readEscape();
            if (esc === undefined || !/^\\[xu]/u.test(esc)) return undefined;
            toAtom = esc;
            toCode = parseInt(esc.replace(/^\\[xu]\{?|\}$/gu, ''), 16);
          } else {
            toAtom = source[i] as string;
            toCode = toAtom.codePointAt(0) as number;
            i += toAtom.length;
          }
          cls += `${atom}-${toAtom}`;
          extra += rangeCounterparts(code, toCode);
          continue;
        }
        // A literal `-` is escaped, so the letters appended after it can't turn it into a range.
        cls += atom === '-' ? '\\-' : atom;
        if (atom.length === 1 && isLetter(atom)) extra += bothCases(atom).replace(atom, '');
      }
      i++; // ']'
      out += `${cls}${extra}]`;
      continue;
    }
    if (c === '(') {
      let head = '(';
      let capturing = true;
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        head = source.slice(i, i + 4);
        capturing = false;
      } else if (source.startsWith('(?<', i)) {
        const close = source.indexOf('>', i);
        head = source.slice(i, close + 1);
        names.set(source.slice(i + 3, close), groupStarts.length + 1);
      } else if (source.startsWith('(?', i)) {
        head = source.slice(i, i + 3);
        capturing = false;
      }
      if (capturing) {
        groupStarts.push(i + head.length);
        groupSources.push(undefined);
        open.push(groupStarts.length);
      } else {
        open.push(undefined);
      }
      out += head;
      i += head.length;
      continue;
    }
    if (c === ')') {
      const n = open.pop();
      if (n !== undefined) groupSources[n - 1] = source.slice(groupStarts[n - 1], i);
      out += c;
      i++;
      continue;
    }
    if (isLetter(c)) {
      out += `[${bothCases(c)}]`;
      i++;
      continue;
    }
    if (c.toLowerCase() !== c.toUpperCase()) return undefined;
    out += c;
    i++;
  }
  return out;
}

/**
 * A tester that answers as `re.test` would, for a helper pattern with `iu` (a filter's, a context
 * check's) run on many short subjects: through the case-expanded twin, compiled to machine code,
 * unless the subject holds ſ or K. HASH_CONTEXT (fourteen words) took 10 µs for a 220-character
 * line with `iu` and 0.16 µs expanded. Throws at load time for a pattern it can't expand, or one
 * with `g` or `y` (whose `lastIndex` the two patterns would not share).
 */
export function foldedTest(re: RegExp): (s: string) => boolean {
  if (!re.flags.includes('i') || !re.flags.includes('u') || /[gy]/u.test(re.flags)) throw new Error(`foldedTest wants an iu pattern without g or y: /${re.source}/${re.flags}`);
  const expanded = toCaseExpanded(re.source);
  if (expanded === undefined) throw new Error(`foldedTest can't expand /${re.source}/${re.flags}`);
  const fast = native(new RegExp(expanded, re.flags.replace('i', '')));
  const exact = native(re);
  return (s) => (foldsOntoAscii(s) ? exact.test(s) : fast.test(s));
}
