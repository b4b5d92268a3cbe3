// The structure of a regular expression, as the rule files and policies write them (the `u`
// syntax). Two readers use it: the policy regex safety check (policy/regexSafety.ts) and the
// scanner's pattern analysis (scan/patternReach.ts). The pattern has already compiled, so the
// parser can assume well-formed input and only needs the structure.

// ---------------------------------------------------------------------------------------------
// Character sets: ASCII as a bitmap plus one flag for "some character above U+007F".

export class CharSet {
  // A plain array: parsing makes a set per character, and typed arrays are slow to allocate.
  private readonly bits: number[] = [0, 0, 0, 0];
  other = false;
  /**
   * The lowest UTF-16 code unit above U+007F the set may match, when `other` (a character beyond
   * the BMP counts as its high surrogate, U+D800): what the scanner compares with the code units
   * a text holds (see requiredCodeUnit).
   */
  lowestOther = Infinity;
  /** The highest such code unit (a character beyond the BMP counts as its low surrogate, U+DFFF). */
  highestOther = -Infinity;

  /** Marks characters above U+007F, from `lowest` up to `highest` (code points), as members. */
  addOther(lowest = 128, highest = 0xffff): void {
    this.other = true;
    this.lowestOther = Math.min(this.lowestOther, lowest > 0xffff ? 0xd800 : Math.max(128, lowest));
    this.highestOther = Math.max(this.highestOther, highest > 0xffff ? 0xdfff : Math.max(128, highest));
  }

  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.add(c);
    return s;
  }

  static all(): CharSet {
    const s = new CharSet();
    s.addRange(0, 127);
    s.addOther();
    return s;
  }

  add(code: number): void {
    if (code > 127) this.addOther(code, code);
    else this.bits[code >> 5] = ((this.bits[code >> 5] as number) | (1 << (code & 31))) >>> 0;
  }

  addRange(from: number, to: number): void {
    for (let c = from; c <= Math.min(to, 127); c++) this.add(c);
    if (to > 127) this.addOther(from, to);
  }

  addSet(other: CharSet): void {
    for (let i = 0; i < 4; i++) this.bits[i] = ((this.bits[i] as number) | (other.bits[i] as number)) >>> 0;
    if (other.other) this.addOther(other.lowestOther, other.highestOther);
  }

  has(code: number): boolean {
    return code > 127 ? this.other : ((this.bits[code >> 5] as number) & (1 << (code & 31))) !== 0;
  }

  negated(): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 4; i++) s.bits[i] = ~(this.bits[i] as number) >>> 0;
    // A negated class can match non-ASCII characters unless it was already "everything".
    s.addOther();
    return s;
  }

  intersects(other: CharSet): boolean {
    for (let i = 0; i < 4; i++) if (((this.bits[i] as number) & (other.bits[i] as number)) !== 0) return true;
    return this.other && other.other;
  }

  isEmpty(): boolean {
    return !this.other && this.bits.every((b) => b === 0);
  }

  /** A few representative members, for building adversarial inputs. */
  samples(): string[] {
    const members: number[] = [];
    for (let c = 32; c < 127; c++) if (this.has(c)) members.push(c);
    if (this.has(9)) members.push(9);
    const out = new Set<string>();
    if (members.length > 0) {
      out.add(String.fromCharCode(members[0] as number));
      out.add(String.fromCharCode(members[members.length - 1] as number));
      out.add(String.fromCharCode(members[members.length >> 1] as number));
    }
    if (this.other) out.add('\u00e9');
    return [...out];
  }
}

export function caseVariants(set: CharSet): CharSet {
  const s = new CharSet();
  s.addSet(set);
  for (let c = 65; c <= 90; c++) if (set.has(c)) s.add(c + 32);
  for (let c = 97; c <= 122; c++) if (set.has(c)) s.add(c - 32);
  return s;
}

const DIGITS = (() => {
  const s = new CharSet();
  s.addRange(48, 57);
  return s;
})();
const WORD = (() => {
  const s = new CharSet();
  s.addRange(48, 57);
  s.addRange(65, 90);
  s.addRange(97, 122);
  s.add(95);
  return s;
})();
const SPACE = (() => {
  const s = CharSet.of(9, 10, 11, 12, 13, 32);
  s.addOther();
  return s;
})();

// ---------------------------------------------------------------------------------------------
// A small parser for the regex syntax accepted with the `u` flag.

export interface Quantifier {
  readonly min: number;
  readonly max: number; // Infinity when unbounded
}

export type Atom =
  /** `literal` for one written character; `escaped` when it was written as an escape (`\\.`, `\\x41`). */
  | { readonly kind: 'chars'; readonly set: CharSet; readonly literal?: string; readonly escaped?: boolean }
  /** `group`: the number of a capturing group (named ones too), from 1 in order of `(`. */
  /** `look`: which lookaround, for one (`=`, `!`, `<=`, `<!`). */
  | { readonly kind: 'group'; readonly body: Alternatives; readonly lookaround: boolean; readonly look?: '=' | '!' | '<=' | '<!'; readonly group?: number; readonly name?: string }
  | { readonly kind: 'assertion' }
  /** `group`: the number or name the back-reference refers to. */
  | { readonly kind: 'backreference'; readonly group: number | string };

export interface Term {
  readonly atom: Atom;
  readonly quantifier?: Quantifier;
}

export type Sequence = Term[];
export type Alternatives = Sequence[];

/** Parses a pattern source; throws on syntax it does not understand. */
export function parseRegex(source: string, ignoreCase = false): Alternatives {
  return new Parser(source, ignoreCase).parse();
}

class Parser {
  private pos = 0;
  private groups = 0;

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Alternatives {
    const alts = this.alternatives();
    if (this.pos !== this.src.length) throw new Error('unexpected )');
    return alts;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private alternatives(): Alternatives {
    const alts: Alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Sequence {
    const seq: Sequence = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') return seq;
      const atom = this.atom();
      const quantifier = this.quantifier();
      seq.push(quantifier ? { atom, quantifier } : { atom });
    }
  }

  private quantifier(): Quantifier | undefined {
    const ch = this.peek();
    let q: Quantifier | undefined;
    if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.pos));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return undefined;
    this.pos++;
    if (this.peek() === '?') this.pos++; // lazy: same structure
    return q;
  }

  private chars(set: CharSet, literal?: string, escaped?: boolean): Atom {
    return { kind: 'chars', set: this.ignoreCase ? caseVariants(set) : set, literal, ...(escaped ? { escaped } : {}) };
  }

  private atom(): Atom {
    const ch = this.src[this.pos++] as string;
    switch (ch) {
      case '^':
      case '$':
        return { kind: 'assertion' };
      case '.':
        return this.chars(CharSet.all());
      case '[':
        return this.chars(this.charClass());
      case '(':
        return this.group();
      case '\\':
        return this.escape(false) ?? { kind: 'assertion' };
      default: {
        const code = ch.codePointAt(0) as number;
        if (code > 0xffff) this.pos++;
        return this.chars(CharSet.of(code), String.fromCodePoint(code));
      }
    }
  }

  private group(): Atom {
    let lookaround = false;
    let look: '=' | '!' | '<=' | '<!' | undefined;
    let group: number | undefined;
    let name: string | undefined;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      look = this.src[this.pos + 1] === '=' ? '=' : '!';
      this.pos += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      look = this.src[this.pos + 2] === '=' ? '<=' : '<!';
      this.pos += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Error('bad group name');
      name = this.src.slice(this.pos + 2, close);
      group = ++this.groups;
      this.pos = close + 1;
    } else if (this.peek() === '?') {
      // Modifiers such as (?i:...): skip to the colon.
      const colon = this.src.indexOf(':', this.pos);
      if (colon < 0) throw new Error('bad group');
      this.pos = colon + 1;
    } else group = ++this.groups;
    const body = this.alternatives();
    if (this.src[this.pos++] !== ')') throw new Error('unterminated group');
    return look !== undefined ? { kind: 'group', body, lookaround, look, group, name } : { kind: 'group', body, lookaround, group, name };
  }

  /** Parses after a backslash. Returns undefined for zero-width escapes (\b, \B). */
  private escape(inClass: boolean): Atom | undefined {
    const ch = this.src[this.pos++] as string;
    switch (ch) {
      case 'd':
        return this.chars(DIGITS);
      case 'D':
        return this.chars(DIGITS.negated());
      case 'w':
        return this.chars(WORD);
      case 'W':
        return this.chars(WORD.negated());
      case 's':
        return this.chars(SPACE);
      case 'S':
        return this.chars(SPACE.negated());
      case 'b':
        return inClass ? this.chars(CharSet.of(8)) : undefined;
      case 'B':
        return undefined;
      case 'k': {
        const close = this.src.indexOf('>', this.pos);
        const name = this.src.slice(this.pos + 1, close);
        this.pos = close + 1;
        return { kind: 'backreference', group: name };
      }
      case 'p':
      case 'P': {
        const close = this.src.indexOf('}', this.pos);
        this.pos = close + 1;
        return this.chars(CharSet.all());
      }
      case 'n':
        return this.chars(CharSet.of(10), '\n', true);
      case 'r':
        return this.chars(CharSet.of(13), '\r', true);
      case 't':
        return this.chars(CharSet.of(9), '\t', true);
      case 'v':
        return this.chars(CharSet.of(11));
      case 'f':
        return this.chars(CharSet.of(12));
      case '0':
        return this.chars(CharSet.of(0));
      case 'c': {
        const code = (this.src.charCodeAt(this.pos++) % 32) as number;
        return this.chars(CharSet.of(code));
      }
      case 'x': {
        const code = parseInt(this.src.slice(this.pos, this.pos + 2), 16);
        this.pos += 2;
        return this.chars(CharSet.of(code), String.fromCharCode(code), true);
      }
      case 'u': {
        let code: number;
        if (this.peek() === '{') {
          const close = this.src.indexOf('}', this.pos);
          code = parseInt(this.src.slice(this.pos + 1, close), 16);
          this.pos = close + 1;
        } else {
          code = parseInt(this.src.slice(this.pos, this.pos + 4), 16);
          this.pos += 4;
        }
        return this.chars(CharSet.of(code), String.fromCodePoint(code), true);
      }
      default:
        if (/[1-9]/u.test(ch)) {
          const start = this.pos - 1;
          while (/\d/u.test(this.peek() ?? '')) this.pos++;
          return { kind: 'backreference', group: Number(this.src.slice(start, this.pos)) };
        }
        // Identity escape of a syntax character: a literal.
        return this.chars(CharSet.of(ch.charCodeAt(0)), ch, true);
    }
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.pos++;
    }
    const set = new CharSet();
    let prev: number | undefined;
    let rangePending = false;
    while (this.pos < this.src.length && this.peek() !== ']') {
      let code: number | undefined;
      const ch = this.src[this.pos++] as string;
      if (ch === '\\') {
        const atom = this.escape(true);
        if (atom && atom.kind === 'chars') {
          if (atom.literal !== undefined) code = atom.literal.codePointAt(0);
          else {
            set.addSet(atom.set);
            prev = undefined;
            rangePending = false;
            continue;
          }
        }
      } else if (ch === '-' && prev !== undefined && this.peek() !== ']' && !rangePending) {
        rangePending = true;
        continue;
      } else {
        code = ch.codePointAt(0) as number;
        if (code > 0xffff) this.pos++;
      }
      if (code === undefined) continue;
      if (rangePending && prev !== undefined) {
        set.addRange(prev, code);
        rangePending = false;
        prev = undefined;
      } else {
        set.add(code);
        prev = code;
      }
    }
    if (rangePending) set.add(45);
    this.pos++; // ]
    return negate ? set.negated() : set;
  }
}

