import type { Category, MatchContext, Rule, Severity } from '../types';
import { personEchoes } from './pii/_echo';

/** The fields a rule file writes; everything else gets a default. */
export interface RuleSpec {
  id: string;
  category: Category;
  description: string;
  keywords: readonly string[];
  hints?: readonly string[];
  pattern: RegExp;
  secretGroup?: number | string | readonly number[];
  validate?: (secret: string, ctx: MatchContext) => boolean;
  severity?: Severity;
  optIn?: boolean;
  acceptsUuid?: boolean;
  redactAs?: string;
  publicPrefix?: number;
  envName?: string;
  generic?: boolean;
  skipFilters?: boolean;
  window?: { before: number; after: number };
  keywordWindows?: Readonly<Record<string, { before: number; after: number }>>;
  columns?: boolean;
  keywordsAfterWord?: readonly string[];
  keywordFollowedBy?: RegExp;
  nearDigits?: boolean | 'dense';
  nearScript?: { before: number; after: number; range?: readonly [number, number] };
  echoes?: (value: string) => readonly string[];
  sharedKey?: (value: string) => string;
  isOwnValue?: (ctx: MatchContext) => boolean;
  references?: readonly string[];
  examples: { positive: readonly string[]; negative: readonly string[] };
}

/** Gives a rule record its type and fills in defaults. Pure: no registration side effects. */
export function defineRule(spec: RuleSpec): Rule {
  const redactAs = spec.redactAs ?? spec.id;
  return {
    // A person's name or login names that person wherever it recurs in the text (see scan/echo.ts),
    // and a secret is the same secret wherever it recurs.
    ...(spec.category === 'pii' && (redactAs === 'name' || redactAs === 'user') ? { echoes: personEchoes } : {}),
    ...(spec.category === 'secret' ? { echoes: secretEchoes } : {}),
    ...spec,
    severity: spec.severity ?? (spec.category === 'secret' ? 'error' : 'warning'),
    redactAs,
    publicPrefix: spec.publicPrefix ?? 0,
    generic: spec.generic ?? false,
    references: spec.references ?? [],
  };
}

/**
 * A secret found in context is the same secret where its value recurs without that context: a
 * session cookie's value in a traceback's locals after its `Cookie` header, a token echoed by a
 * later log line. Reported there too, so a redaction does not leave a copy behind. Values of
 * twelve characters or more on one line only: a short value (a PIN, `hunter2`) may recur as
 * anything.
 */
export function secretEchoes(value: string): readonly string[] {
  if (value.length < 12 || value.length > 1024 || /[\s\\]/u.test(value)) return [];
  // (Nor words: a generic finding that reads as a name, `base64_encoded_64_byte_salt`, may be
  // documentation, and its recurrences would only repeat the mistake.)
  return value.split(/[_.:-]+/u).every((part) => /^(?:[A-Za-z]{0,12}\d{0,2}|\d{1,4})$/u.test(part)) ? [] : [value];
}

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  // ASCII (nearly every token) counts in a typed array; anything else falls back to a Map.
  const counts = ENTROPY_COUNTS.fill(0);
  let ascii = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    counts[c] = (counts[c] as number) + 1;
  }
  let h = 0;
  if (ascii) {
    for (let c = 0; c < 128; c++) {
      const k = counts[c] as number;
      if (k > 0) {
        const p = k / n;
        h -= p * Math.log2(p);
      }
    }
    return h;
  }
  const map = new Map<string, number>();
  for (const ch of s) map.set(ch, (map.get(ch) ?? 0) + 1);
  const total = [...s].length;
  for (const c of map.values()) {
    const p = c / total;
    h -= p * Math.log2(p);
  }
  return h;
}

const ENTROPY_COUNTS = new Uint32Array(128);

/** True when the string has at least `bits` bits of entropy per character. */
export function minEntropy(s: string, bits: number): boolean {
  return shannonEntropy(s) >= bits;
}

/** Luhn (mod 10) check over the digits of `s`; other characters are ignored. */
export function luhn(s: string): boolean {
  let sum = 0;
  let double = false;
  let count = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    count++;
    let d = c;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return count > 1 && sum % 10 === 0;
}

const CRC_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = (CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Encodes a non-negative integer in base62 (0-9A-Za-z), left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = Math.floor(n);
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

/** True when the string contains characters from at least `n` of: lower, upper, digit. */
export function hasCharClasses(s: string, n: number): boolean {
  let k = 0;
  if (/[a-z]/u.test(s)) k++;
  if (/[A-Z]/u.test(s)) k++;
  if (/[0-9]/u.test(s)) k++;
  return k >= n;
}

const ALPHABETS: Record<string, string> = {
  d: '0123456789',
  a: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  l: 'abcdefghijklmnopqrstuvwxyz0123456789',
  u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  h: '0123456789abcdef',
  H: '0123456789ABCDEF',
  A: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  L: 'abcdefghijklmnopqrstuvwxyz',
  b: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  w: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
};

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a realistic-looking fake credential from a template, deterministically.
 * `{d12}` digits, `{a24}` alphanumerics, `{l8}` lower alnum, `{u8}` upper alnum, `{h40}` lower hex,
 * `{H8}` upper hex, `{A4}` upper letters, `{L4}` lower letters, `{b40}` base64, `{w20}` base64url.
 * The seed defaults to a hash of the template, so the same template yields the same value;
 * the literal never has to sit in the source.
 */
export function fake(template: string, seed?: number): string {
  const rnd = prng(seed ?? crc32(template));
  return template.replace(/\{([dalhuHALbw])(\d{1,4})\}/gu, (_m, kind: string, len: string) => {
    const alphabet = ALPHABETS[kind] as string;
    let out = '';
    for (let i = 0; i < Number(len); i++) out += alphabet[Math.floor(rnd() * alphabet.length)];
    return out;
  });
}
