import type { Finding } from '../types';
import { withRange } from '../scan/scanner';

/** How `redact` replaces a finding. */
export type RedactionStrategy = 'placeholder' | 'mask' | 'pseudonym' | 'env';

/** One replaced value. The mapping is the only place values live after redaction. */
export interface RedactionEntry {
  readonly placeholder: string;
  readonly value: string;
  readonly ruleId: string;
}

/** The redacted text and the mapping that can restore it. */
export interface Redaction {
  readonly text: string;
  readonly mapping: readonly RedactionEntry[];
}

export interface RedactOptions {
  /** VS Code language id, for the `env` strategy's reference syntax. */
  readonly languageId?: string;
}

const ENV_SYNTAX: Record<string, (name: string) => string> = {
  javascript: (n) => `process.env.${n}`,
  typescript: (n) => `process.env.${n}`,
  javascriptreact: (n) => `process.env.${n}`,
  typescriptreact: (n) => `process.env.${n}`,
  vue: (n) => `process.env.${n}`,
  python: (n) => `os.environ["${n}"]`,
  java: (n) => `System.getenv("${n}")`,
  kotlin: (n) => `System.getenv("${n}")`,
  scala: (n) => `sys.env("${n}")`,
  groovy: (n) => `System.getenv("${n}")`,
  csharp: (n) => `Environment.GetEnvironmentVariable("${n}")`,
  fsharp: (n) => `Environment.GetEnvironmentVariable("${n}")`,
  go: (n) => `os.Getenv("${n}")`,
  ruby: (n) => `ENV["${n}"]`,
  php: (n) => `getenv('${n}')`,
  rust: (n) => `std::env::var("${n}").unwrap_or_default()`,
  c: (n) => `getenv("${n}")`,
  cpp: (n) => `getenv("${n}")`,
  swift: (n) => `ProcessInfo.processInfo.environment["${n}"]`,
  dart: (n) => `Platform.environment['${n}']`,
  elixir: (n) => `System.get_env("${n}")`,
  perl: (n) => `$ENV{${n}}`,
  r: (n) => `Sys.getenv("${n}")`,
  lua: (n) => `os.getenv("${n}")`,
  powershell: (n) => `$env:${n}`,
  bat: (n) => `%${n}%`,
};

/** `value`'s letters and digits in upper case: what an environment name made from it keeps (toEnvName adds and drops underscores). */
function toNameChars(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]+/gu, '');
}

/** Whether `name` holds one of `values` (each written by toNameChars). */
function holdsAValue(name: string, values: readonly string[]): boolean {
  const chars = toNameChars(name);
  return values.some((v) => chars.includes(v));
}

/** The environment reference for a language; `${NAME}` for shells, config files and unknown languages. */
export function toEnvReference(name: string, languageId: string | undefined): { expr: string; code: boolean } {
  const f = languageId ? ENV_SYNTAX[languageId] : undefined;
  return f ? { expr: f(name), code: true } : { expr: `\${${name}}`, code: false };
}

function mask(f: Finding, value: string): string {
  if (f.category === 'pii') return value.replace(/[\p{L}\p{N}]/gu, '*');
  const keep = Math.min(f.publicPrefix, Math.floor(value.length / 3));
  return value.slice(0, keep) + '*'.repeat(Math.max(4, value.length - keep));
}

/**
 * The findings with each one's parts (Finding.parts: a name's given-name and surname cells) as
 * findings of their own, after it and of its rule. What every redaction replaces.
 */
export function withParts(findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.parts !== undefined)) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.parts === undefined) {
      out.push(f);
      continue;
    }
    // (withRange: a scanner's finding computes its fingerprint and envName in getters, which a spread leaves out.)
    out.push(withRange(f, f.range));
    for (const range of f.parts) out.push({ ...withRange(f, range), publicPrefix: 0 });
  }
  return out;
}

/**
 * Replaces every finding's value in `text`, and its parts' (see withParts). Findings may come in any order; overlapping ones are
 * merged into the first. Returns the mapping for `restore`.
 */
export function redact(
  text: string,
  findings: readonly Finding[],
  strategy: RedactionStrategy = 'placeholder',
  options: RedactOptions = {},
): Redaction {
  const sorted = withParts(findings).sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const mapping: RedactionEntry[] = [];
  const pseudonyms = new Map<string, string>();
  const counters = new Map<string, number>();
  let out = '';
  let pos = 0;
  // The redacted values' letters and digits, for the `env` strategy's names.
  const valueNames = strategy === 'env' ? sorted.map((f) => toNameChars(text.slice(f.range.start, f.range.end))).filter((v) => v.length >= 6) : [];
  for (const f of sorted) {
    let { start, end } = f.range;
    if (start < pos || end > text.length || start >= end) continue;
    const value = text.slice(start, end);
    let replacement: string;
    switch (strategy) {
      case 'mask':
        replacement = mask(f, value);
        break;
      case 'pseudonym': {
        const label = f.label.toUpperCase().replace(/[^A-Z0-9]+/gu, '_');
        const key = `${label}\u0000${value}`;
        let name = pseudonyms.get(key);
        if (name === undefined) {
          const n = (counters.get(label) ?? 0) + 1;
          counters.set(label, n);
          name = `<${label}_${n}>`;
          pseudonyms.set(key, name);
        }
        replacement = name;
        break;
      }
      case 'env': {
        // (A name read from the key before the value must not carry a redacted value: in
        // `KEY=<value>KEY=<value>` the second key reads as `<value>KEY`.)
        const labelName = f.label.toUpperCase().replace(/[^A-Z0-9]+/gu, '_');
        const name = f.envName !== undefined && !holdsAValue(f.envName, valueNames) ? f.envName : labelName;
        const ref = toEnvReference(name, options.languageId);
        const q = text[start - 1];
        if (ref.code && (q === '"' || q === "'" || q === '`') && text[end] === q && start - 1 >= pos) {
          start -= 1;
          end += 1;
          replacement = ref.expr;
        } else replacement = ref.code ? `\${${name}}` : ref.expr;
        break;
      }
      default:
        replacement = `[REDACTED:${f.ruleId}]`;
    }
    out += text.slice(pos, start) + replacement;
    mapping.push({ placeholder: replacement, value, ruleId: f.ruleId });
    pos = end;
  }
  out += text.slice(pos);
  return { text: out, mapping };
}

/**
 * Puts values back where placeholders stand (for answers that come back from an assistant).
 * Repeated placeholders take their values in the order they were redacted.
 */
export function restore(text: string, mapping: readonly RedactionEntry[]): string {
  const queues = new Map<string, string[]>();
  for (const e of mapping) {
    const q = queues.get(e.placeholder);
    if (q) {
      if (q[q.length - 1] !== e.value || !e.placeholder.startsWith('<')) q.push(e.value);
    } else queues.set(e.placeholder, [e.value]);
  }
  if (queues.size === 0) return text;
  const keys = [...queues.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
  const used = new Map<string, number>();
  return text.replace(re, (ph) => {
    const q = queues.get(ph) as string[];
    const i = used.get(ph) ?? 0;
    used.set(ph, i + 1);
    return q[Math.min(i, q.length - 1)] as string;
  });
}
