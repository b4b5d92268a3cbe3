import type { MatchContext } from '../../types';
import { native } from '../../scan/nativeRegex';
import { shannonEntropy } from '../defineRule';
import { decodeBase64 } from '../../scan/base64';

export { decodeBase64, encodeBase64 } from '../../scan/base64';

// Shared helpers for the provider-specific rules: context windows, key-and-value patterns, and the
// base64 codec of scan/base64 (the engine has no Buffer). Files starting with `_` are not rules.

/** The text from `before` characters ahead of the secret to `after` characters past it. */
export function windowAround(ctx: MatchContext, before: number, after: number): string {
  return ctx.text.slice(Math.max(0, ctx.start - before), Math.min(ctx.text.length, ctx.end + after));
}

/** True when `re` matches somewhere in the window around the secret (same line or close by). */
export function isNear(ctx: MatchContext, re: RegExp, before = 200, after = 80): boolean {
  re.lastIndex = 0;
  return re.test(windowAround(ctx, before, after));
}

/**
 * Key-to-value separators seen in .env, shell, YAML, JSON, TOML, code and HTTP headers: an optional
 * closing quote or bracket, `=`, `:`, `:=` or `=>`, then an optional opening quote. Also an
 * environment lookup's default right after the quoted name: `os.getenv("KEY", "…")`,
 * Ruby's `ENV.fetch('KEY') { '…' }`.
 */
const ASSIGN = String.raw`["'\x60\]]{0,2}[ \t]{0,32}(?::=|=>|[:=]|(?<=["'])\)?[ \t]{0,3}[,{](?=[ \t]{0,3}["']))[ \t]{0,3}["'\x60]?[ \t]{0,2}`;

/**
 * A pattern for a context-only secret: a key name that matches `key` (plus up to 24 more key
 * characters, e.g. `_PROD`), an assignment, an optional auth scheme word, then the value in group 1.
 * `value` must carry its own trailing boundary. Flags `giu`: the key words are case-insensitive.
 */
export function keyedSecret(key: string, value: string): RegExp {
  return new RegExp(keyedSource(key, value), 'giu');
}

/** The source of {@link keyedSecret}, for rules that combine it with other alternatives. */
export function keyedSource(key: string, value: string): string {
  return String.raw`(?:${key})[\w.-]{0,24}?${ASSIGN}(?:(?:Bearer|Token|Basic|SSWS)[ \t]{1,3})?(${value})`;
}

/**
 * A random-looking value: at least `bits` of entropy per character, not one repeated chunk and not
 * mostly an alphabet or digit run (`ABCDEFGH…`, `0123456…`).
 */
export function looksRandom(value: string, bits: number): boolean {
  if (shannonEntropy(value) < bits || /^(.{1,8})\1{3,}$/u.test(value)) return false;
  let steps = 0;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) - value.charCodeAt(i - 1) === 1) steps++;
  return steps < 0.5 * (value.length - 1);
}

/**
 * Splits decoded Basic-style credentials, `user:password`, printable ASCII only; undefined for
 * anything else (binary, no colon, empty user). The password may be empty.
 */
export function toUserPass(decoded: string): { user: string; pass: string } | undefined {
  if (!/^[\x20-\x7e]+$/u.test(decoded)) return undefined;
  const i = decoded.indexOf(':');
  if (i <= 0) return undefined;
  return { user: decoded.slice(0, i), pass: decoded.slice(i + 1) };
}

/** Decodes base64 and parses it as a JSON object; undefined unless it is one. */
export function decodeJsonObject(input: string): Record<string, unknown> | undefined {
  const raw = decodeBase64(input);
  if (raw === undefined || !raw.startsWith('{')) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A decoded JWT payload of Supabase's anon key: public by design (browsers send it; row-level
 * security guards the data); its service_role key is the secret.
 */
export function isSupabaseAnonPayload(payload: Record<string, unknown> | undefined): boolean {
  return payload?.iss === 'supabase' && payload.role === 'anon';
}

/**
 * A decoded JWT payload of a documentation sample: jwt.io's introduction (subject 1234567890, John
 * Doe), the PyJWT and ruby-jwt READMEs (`{"some": "payload"}`), RFC 7515's worked example (issuer joe).
 */
export function isDocumentationJwtPayload(p: Record<string, unknown> | undefined): boolean {
  if (p === undefined) return false;
  return (p.sub === '1234567890' && p.name === 'John Doe') || (p.some === 'payload' && Object.keys(p).length === 1) || (p.iss === 'joe' && p['http://example.com/is_root'] === true);
}

/** A key with a vendor's signature at a fixed offset (see withSignatureBranch). */
export interface SignedKey {
  /** The signature as a pattern (`ACDb`, `\+ASt`, `(?:\+ASb|AIoT)`). */
  readonly signature: string;
  /** How many key characters come before it. */
  readonly offset: number;
  /** The key's characters, as a class body (`A-Za-z0-9+/`). */
  readonly chars: string;
  /** The whole key, as a pattern (`[A-Za-z0-9+/]{86}==`). */
  readonly value: string;
  /** What must follow the key (`(?![A-Za-z0-9+/=])`). */
  readonly after: string;
  /** What must not precede the key, as a class body (default: `chars`). */
  readonly notAfter?: string;
}

/**
 * `keyed` with one more branch for a key that carries its vendor's signature at a fixed offset
 * (Microsoft's identifiable keys: ACDb or +ASt at 76, AZDO at 76, JQQJ99 at 52, AzFu at 44; New
 * Relic's NRAL at 36), which needs no key name. The branch starts at the signature, which is rare,
 * and reads the key back with a lookbehind that captures it in a lookahead (the group after
 * `keyed`'s). Looking ahead for the signature from every word start instead ran at 54–111 MB/s on
 * a minified bundle.
 */
export function withSignatureBranch(keyed: RegExp, key: SignedKey): RegExp {
  const { signature, offset, chars, value, after } = key;
  return new RegExp(`${keyed.source}|${signature}(?<=(?<![${key.notAfter ?? chars}])(?=(${value})${after})[${chars}]{${offset}}${signature})`, keyed.flags);
}

/** A webhook signing key's label right before a value: such a key is mailgun-webhook-signing-key's, not the API key rules'. */
export const MAILGUN_SIGNING_KEY_BEFORE = native(/signing[\w.-]{0,20}["'\x60]?\s{0,3}[:=]\s{0,3}["'\x60]?$/iu);

/**
 * A Sentry DSN's scheme and its slashes (an .xcconfig file writes `//` as `/$()/`: two slashes would
 * start a comment there), and what follows its host: a port, a path and the numeric project id.
 * The DSN's keys and host stand between them (see sentry-dsn and sentry-dsn-secret).
 */
export const SENTRY_DSN_SCHEME = String.raw`https?:\/(?:\$\(\))?\/`;
export const SENTRY_DSN_PROJECT = String.raw`(?::\d{1,5})?\/(?:[\w.-]{1,64}\/){0,3}\d{1,20}(?![\w/])`;
