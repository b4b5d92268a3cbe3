import type { MatchContext, Rule } from '../types';
import { lineEndWithin, lineStartWithin } from './lines';

/** Why a match was dropped as a false positive; `undefined` when it stands. */
export type FalsePositiveReason =
  | 'placeholder'
  | 'template-reference'
  | 'vendor-example'
  | 'uuid'
  | 'hash'
  | 'data-uri'
  | 'low-entropy'
  | 'sequential';

const PLACEHOLDER_WORDS =
  /your[-_ ]?(?:own[-_ ]?)?(?:api[-_ ]?)?(?:key|token|secret|password|pass|pwd|id|email|name)|placeholder|change[-_]?me|replace[-_]?(?:me|with|this)|insert[-_]?(?:your|key|token|here)|redacted|dummy|fake[-_]?(?:key|token|secret|password)|(?:key|token|secret|password)[-_]?here|xxxx|\*\*\*\*|\.\.\.\.|…|todo|fixme|not[-_]?a[-_]?real|notreal|lorem|ipsum/iu;
const ONLY_FILLER = /^(?:[xX*#._\-=0]+|[xX]+[-_.][xX]+.*|null|none|nil|undefined|true|false|empty|secret|password|token|string|value|test|example)$/u;
const TEMPLATE_VALUE =
  /^(?:\$\{|\$\(|\{\{|\{%|<%|#\{|%\(|%[A-Z_]+%|\$[A-Za-z_][A-Za-z0-9_]*$)|process\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|ENV\[|Environment\.GetEnvironmentVariable|import\.meta\.env|env\(|secrets\.[A-Za-z_]|vault:|ssm:|arn:aws:secretsmanager|\{\{\s*secrets/u;
const ANGLE_PLACEHOLDER = /^<[^<>\s]{1,80}>$|^\[[A-Z_:-]{2,80}\]$|\[REDACTED[:\]]|<[A-Z][A-Z0-9_]*_\d+>/u;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/u;
const HEX = /^[0-9a-fA-F]{7,128}$/u;
const HASH_CONTEXT = /sha\d*|hash|commit|digest|checksum|integrity|etag|\brev(?:ision)?\b|resolved|\bref\b|\boid\b|fingerprint|md5|blake/iu;
const INTEGRITY = /^(?:sha(?:1|256|384|512)|md5)-[A-Za-z0-9+/]{20,}={0,2}$/u;

function lineAround(text: string, start: number, end: number): string {
  return text.slice(lineStartWithin(text, start, 512), lineEndWithin(text, end, 512));
}

/** True when the value is a run of one or two characters, or an ascending/descending sequence. */
export function isSequentialOrRepetitive(value: string): 'low-entropy' | 'sequential' | undefined {
  if (value.length < 6) return undefined;
  const distinct = new Set(value).size;
  if (distinct <= 2) return 'low-entropy';
  let steps = 0;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if (d === 1 || d === -1) steps++;
  }
  if (steps / (value.length - 1) >= 0.7) return 'sequential';
  if (distinct <= 4 && value.length >= 12) return 'low-entropy';
  return undefined;
}

/** True when the match sits inside a `data:<mime>;base64,` URI on its line. */
function isInDataUri(text: string, start: number): boolean {
  const from = lineStartWithin(text, start, 4096);
  const idx = text.slice(from, start).lastIndexOf('data:');
  if (idx === -1) return false;
  const b64 = text.indexOf(';base64,', from + idx);
  if (b64 === -1 || b64 > start) return false;
  for (let i = b64 + 8; i < start; i++) {
    const c = text.charCodeAt(i);
    // base64 body: A-Z a-z 0-9 + / = and line-wrapping spaces are not allowed here
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61)) return false;
  }
  return true;
}

/**
 * The shared false-positive filters, applied after a rule matched and validated, independent of
 * the rule: placeholders, template and environment references, vendors' documented example keys,
 * UUIDs, hashes, data URIs, low-entropy and sequential values.
 */
export function toFalsePositiveReason(rule: Rule, value: string, ctx: MatchContext): FalsePositiveReason | undefined {
  if (ANGLE_PLACEHOLDER.test(value)) return 'placeholder';
  if (ONLY_FILLER.test(value)) return 'placeholder';
  if (PLACEHOLDER_WORDS.test(value)) return 'placeholder';
  if (TEMPLATE_VALUE.test(value)) return 'template-reference';
  if (rule.category === 'secret') {
    if (/EXAMPLE/u.test(value) || /(?:^|[^a-z])example(?:[^a-z]|$)/iu.test(value)) return 'vendor-example';
    if (UUID.test(value) && !rule.id.includes('uuid')) return 'uuid';
    if (INTEGRITY.test(value)) return 'hash';
    if (HEX.test(value) && HASH_CONTEXT.test(lineAround(ctx.text, ctx.start, ctx.end))) return 'hash';
    const seq = isSequentialOrRepetitive(value);
    if (seq) return seq;
  }
  if (isInDataUri(ctx.text, ctx.start)) return 'data-uri';
  return undefined;
}
