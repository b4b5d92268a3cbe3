// Parses and validates a policy file's text. Never throws on user input: JSON syntax errors,
// schema violations and unsafe regexes all become issues with a JSON path and a text position.

import { z } from 'zod';
import type { JSONPath } from 'jsonc-parser';
import { ALL_RULES } from '../rules/index';
import { findDuplicateKeys, toJsonDocument, toNodeValue } from './jsonRanges';
import type { JsonDocument, PathTarget, TextSpan } from './jsonRanges';
import { checkCustomRegex } from './regexSafety';
import { PolicySchema } from './schema';
import type { Policy } from './schema';

/** Why an issue was raised; stable ids that adapters may map to their own wording or links. */
export type PolicyIssueCode =
  | 'syntax'
  | 'empty'
  | 'too-large'
  | 'duplicate-key'
  | 'unknown-property'
  | 'missing-property'
  | 'invalid-type'
  | 'invalid-value'
  | 'unknown-rule'
  | 'duplicate-rule'
  | 'unsafe-regex'
  | 'duplicate-provider';

/** One problem in a policy file, located in the text. */
export interface PolicyIssue extends TextSpan {
  /** JSON path of the offending value or key, written `providers[0].tier` ('' for the document). */
  readonly path: string;
  /** The same path as segments, e.g. `['providers', 0, 'tier']` (for jsonc-parser edits). */
  readonly segments: readonly (string | number)[];
  readonly message: string;
  /** Errors make the policy invalid; warnings leave it in force (the offending part is skipped). */
  readonly severity: 'error' | 'warning';
  readonly code: PolicyIssueCode;
}

/** The result of {@link parsePolicy}. */
export type ParsedPolicy =
  | { readonly ok: true; readonly policy: Policy; readonly warnings: readonly PolicyIssue[] }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

/** Policies above this size are rejected unread: a policy is a small hand-written file. */
export const MAX_POLICY_CHARS = 1_000_000;

/**
 * Parses a policy file (JSON with comments and trailing commas) and validates it against the
 * schema. Errors make it invalid (callers then use the built-in defaults: more detection, never
 * less); warnings (an unsafe custom regex, an unknown rule id) leave the rest of it in force.
 */
export function parsePolicy(text: string): ParsedPolicy {
  try {
    return parse(text);
  } catch (e) {
    // Defensive: nothing above should throw, but a policy must never crash its caller.
    const message = `The policy could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, issues: [issueAt(toJsonDocument(''), [], message, 'error', 'syntax')] };
  }
}

function parse(rawText: string): ParsedPolicy {
  // Keep offsets stable: a byte-order mark becomes a space instead of being removed.
  const text = rawText.charCodeAt(0) === 0xfeff ? ` ${rawText.slice(1)}` : rawText;
  if (text.length > MAX_POLICY_CHARS) {
    const doc = toJsonDocument('');
    return { ok: false, issues: [issueAt(doc, [], `The policy file is larger than ${MAX_POLICY_CHARS} characters.`, 'error', 'too-large')] };
  }
  const doc = toJsonDocument(text);
  const issues: PolicyIssue[] = [];
  for (const e of doc.syntaxErrors) {
    issues.push({ ...doc.spanAt(e.offset, e.length), path: '', segments: [], message: syntaxMessage(e.code), severity: 'error', code: 'syntax' });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (!doc.root) return { ok: false, issues: [issueAt(doc, [], 'The policy file is empty; expected a JSON object.', 'error', 'empty')] };
  for (const d of findDuplicateKeys(doc.root)) {
    issues.push({
      ...doc.spanAt(d.offset, d.length),
      path: toPathText([...d.path, d.key]),
      segments: [...d.path, d.key],
      message: `Duplicate property "${d.key}"; only one is allowed.`,
      severity: 'error',
      code: 'duplicate-key',
    });
  }
  const result = PolicySchema.safeParse(toNodeValue(doc.root), { error: toMessage });
  if (!result.success) {
    for (const iss of result.error.issues) issues.push(...fromZodIssue(doc, iss));
  }
  if (result.success && issues.length === 0) issues.push(...checkSemantics(doc, result.data));
  issues.sort((a, b) => a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (!result.success || issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, policy: result.data, warnings: issues };
}

function issueAt(doc: JsonDocument, path: JSONPath, message: string, severity: 'error' | 'warning', code: PolicyIssueCode, target: PathTarget = 'value'): PolicyIssue {
  return { ...doc.spanOf(path, target), path: toPathText(path), segments: path, message, severity, code };
}

/** `['providers', 0, 'tier']` → `providers[0].tier`. */
export function toPathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/u.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'Property name expected (in double quotes).',
  ValueExpected: 'Value expected.',
  ColonExpected: 'Colon expected.',
  CommaExpected: 'Comma expected.',
  CloseBraceExpected: 'Closing brace } expected.',
  CloseBracketExpected: 'Closing bracket ] expected.',
  EndOfFileExpected: 'End of file expected: only one top-level value is allowed.',
  InvalidCommentToken: 'Invalid comment.',
  UnexpectedEndOfComment: 'Unterminated comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unterminated number.',
  InvalidUnicode: 'Invalid Unicode escape.',
  InvalidEscapeCharacter: 'Invalid escape character in string.',
  InvalidCharacter: 'Invalid character in string.',
};

function syntaxMessage(code: string): string {
  return `JSON syntax error: ${SYNTAX_MESSAGES[code] ?? code}`;
}

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return `the string ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  return `${typeof input} ${String(input)}`;
}

function article(expected: string): string {
  if (expected === 'array' || expected === 'object' || expected === 'integer') return `an ${expected}`;
  if (expected === 'null') return 'null';
  return `a ${expected}`;
}

/** Per-parse message map: clearer sentences than zod's defaults for the common mistakes. */
function toMessage(iss: z.core.$ZodRawIssue): string | undefined {
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value' || iss.code === 'invalid_union')) {
    const key = iss.path?.[iss.path.length - 1];
    return key === undefined ? 'Missing required value.' : `Missing required property "${String(key)}".`;
  }
  switch (iss.code) {
    case 'invalid_type': {
      return `Expected ${article(String(iss.expected))}, got ${describeValue(iss.input)}.`;
    }
    case 'invalid_value': {
      const values = (iss.values as readonly unknown[]).map((v) => JSON.stringify(v));
      const hint = typeof iss.input === 'string' ? didYouMean(iss.input, (iss.values as readonly unknown[]).map(String)) : '';
      return `Expected one of ${values.join(', ')}, got ${describeValue(iss.input)}.${hint}`;
    }
    case 'too_small':
      if (iss.origin === 'array') return `Expected at least ${String(iss.minimum)} item(s).`;
      return undefined;
    default:
      return undefined;
  }
}

function fromZodIssue(doc: JsonDocument, iss: z.core.$ZodIssue): PolicyIssue[] {
  const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (iss.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return iss.keys.map((key) =>
      issueAt(doc, [...path, key], `Unknown property "${key}".${didYouMean(key, known)}`, 'error', 'unknown-property', 'key'),
    );
  }
  if (iss.code === 'invalid_union' && !iss.message.startsWith('Missing required')) {
    // Report the branch that got furthest (most path segments), else zod's message.
    const best = iss.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
    if (best && best.code !== 'invalid_type') return fromZodIssue(doc, { ...best, path: [...iss.path, ...best.path] } as z.core.$ZodIssue);
  }
  const missing = iss.message.startsWith('Missing required');
  const code: PolicyIssueCode = missing ? 'missing-property' : iss.code === 'invalid_type' ? 'invalid-type' : 'invalid-value';
  return [issueAt(doc, path, iss.message, 'error', code)];
}

/** The property names the schema allows at a path (for "did you mean"). */
function knownKeysAt(path: readonly (string | number)[]): string[] {
  let schema: unknown = PolicySchema;
  const unwrap = (s: unknown): unknown => {
    let cur = s;
    while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur.unwrap();
    return cur;
  };
  for (const seg of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, unknown>)[String(seg)];
    else if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

/** ` Did you mean "x"?` when a candidate is a likely typo of `input`, else ''. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = input.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 3)));
  if (best !== undefined && bestDistance <= limit) return ` Did you mean "${best}"?`;
  // A truncated name ("retention" for "retentionDays").
  const prefixed = lower.length >= 4 ? candidates.find((c) => c.toLowerCase().startsWith(lower)) : undefined;
  return prefixed !== undefined ? ` Did you mean "${prefixed}"?` : '';
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let prevPrev = prev;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      // A swap of two neighbours counts as one edit ("gaurd" → "guard").
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      cur[j] = d;
    }
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

const BUILT_IN_IDS: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));

/** Checks the schema cannot express: rule ids, regex safety, duplicates. */
function checkSemantics(doc: JsonDocument, policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const detection = policy.detection;
  const customIds = new Set<string>();
  (detection?.customRules ?? []).forEach((rule, i) => {
    const at = ['detection', 'customRules', i];
    if (BUILT_IN_IDS.has(rule.id)) {
      issues.push(issueAt(doc, [...at, 'id'], `"${rule.id}" is a built-in rule id; give the custom rule its own id.`, 'error', 'duplicate-rule'));
    } else if (customIds.has(rule.id)) {
      issues.push(issueAt(doc, [...at, 'id'], `Custom rule id "${rule.id}" is used twice.`, 'error', 'duplicate-rule'));
    }
    customIds.add(rule.id);
    const checked = checkCustomRegex(rule.regex, rule.flags ?? '');
    if (!checked.ok) {
      issues.push(issueAt(doc, [...at, 'regex'], `Custom rule "${rule.id}" is skipped: ${checked.reason}`, 'warning', 'unsafe-regex'));
    }
  });
  for (const id of Object.keys(detection?.rules ?? {})) {
    if (BUILT_IN_IDS.has(id) || customIds.has(id)) continue;
    const hint = didYouMean(id, [...BUILT_IN_IDS, ...customIds]);
    issues.push(issueAt(doc, ['detection', 'rules', id], `Unknown rule id "${id}"; this setting has no effect.${hint}`, 'warning', 'unknown-rule', 'key'));
  }
  (detection?.allowlist?.regexes ?? []).forEach((source, i) => {
    const checked = checkCustomRegex(source, '', { rejectEmptyMatch: false });
    if (!checked.ok) {
      issues.push(issueAt(doc, ['detection', 'allowlist', 'regexes', i], `Allowlist regex is skipped: ${checked.reason}`, 'warning', 'unsafe-regex'));
    }
  });
  const seen = new Set<string>();
  (policy.providers ?? []).forEach((p, i) => {
    const key = `${p.id}\u0000${p.tier}`;
    if (seen.has(key)) {
      issues.push(issueAt(doc, ['providers', i], `Provider "${p.id}" with tier "${p.tier}" is listed twice.`, 'warning', 'duplicate-provider'));
    }
    seen.add(key);
  });
  return issues;
}
