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
  /your[-_ ]?(?:own[-_ ]?)?(?:api[-_ ]?)?(?:key|token|secret|password|pass|pwd|id|email|name)|placeholder|change[-_]?me|replace[-_]?(?:me|with|this)|insert[-_]?(?:your|key|token|here)|redacted|dummy|fake[-_]?(?:key|token|secret|password)|(?:key|token|secret|password)[-_]?here|xxxx|\*\*\*\*|\.\.\.\.|…|todo|fixme|not[-_]?a[-_]?real|notreal|not[-_]?a[-_]?secret|lorem|ipsum/iu;
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
  const n = value.length;
  if (n < 6) return undefined;
  // distinct characters, counted up to 5 (that is all the decision needs)
  const seen: number[] = [];
  let steps = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (seen.length < 5 && !seen.includes(c)) seen.push(c);
    if (i > 0) {
      const d = c - value.charCodeAt(i - 1);
      if (d === 1 || d === -1) steps++;
    }
  }
  if (seen.length <= 2) return 'low-entropy';
  if (steps / (n - 1) >= 0.7) return 'sequential';
  if (seen.length <= 4 && n >= 12) return 'low-entropy';
  return undefined;
}

/** True when the match sits inside a `data:<mime>;base64,` URI on its line. */
function isInDataUri(text: string, start: number): boolean {
  const from = lineStartWithin(text, start, 4096);
  const window = text.slice(from, start);
  const idx = window.lastIndexOf('data:');
  if (idx === -1) return false;
  const b64 = window.indexOf(';base64,', idx);
  // base64 body between the header and the match: A-Z a-z 0-9 + / = only
  return b64 !== -1 && /^[A-Za-z0-9+/=]*$/u.test(window.slice(b64 + 8));
}

/** Documentation hosts (RFC 2606/6761): `https://user:pass@example.com` is a sample, not a credential. */
const EXAMPLE_HOST = /^@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))(?![\w.-])/iu;

/** True when the value is the password of a URL whose host is a documentation host. */
function isCredentialForExampleHost(text: string, end: number): boolean {
  return text.charCodeAt(end) === 64 /* @ */ && EXAMPLE_HOST.test(text.slice(end, end + 120));
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
    if (isCredentialForExampleHost(ctx.text, ctx.end)) return 'vendor-example';
    if (UUID.test(value) && !rule.id.includes('uuid')) return 'uuid';
    if (INTEGRITY.test(value)) return 'hash';
    if (HEX.test(value) && HASH_CONTEXT.test(lineAround(ctx.text, ctx.start, ctx.end))) return 'hash';
    const seq = isSequentialOrRepetitive(value);
    if (seq) return seq;
  }
  if (isInDataUri(ctx.text, ctx.start)) return 'data-uri';
  return undefined;
}
