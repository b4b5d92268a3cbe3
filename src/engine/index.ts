// The engine's only public entry point. Adapters (cli, extension) import from here and nowhere else.
export type { Category, Finding, MatchContext, Range, Rule, Severity } from './types';
export { ALL_RULES } from './rules/index';
export { Scanner, toEnvName } from './scan/scanner';
export type { ScanOptions } from './scan/scanner';
export { toFingerprint, sha256Hex, DEFAULT_FINGERPRINT_SALT } from './scan/fingerprint';
export { toLineStarts, lineOf } from './scan/lines';
export { toFalsePositiveReason } from './scan/filters';
export { redact, restore, toEnvReference } from './redact/redactor';
export type { Redaction, RedactionEntry, RedactionStrategy, RedactOptions } from './redact/redactor';
export { toPreview } from './redact/preview';

import { ALL_RULES } from './rules/index';
import { Scanner } from './scan/scanner';
import type { ScanOptions } from './scan/scanner';
import type { Finding, Rule } from './types';

let defaultScanner: Scanner | undefined;
const scannerCache = new WeakMap<readonly Rule[], Scanner>();

/** The scanner for a rule set, compiled once and cached. */
export function getScanner(rules: readonly Rule[] = ALL_RULES): Scanner {
  if (rules === ALL_RULES) return (defaultScanner ??= new Scanner(ALL_RULES));
  let s = scannerCache.get(rules);
  if (!s) {
    s = new Scanner(rules);
    scannerCache.set(rules, s);
  }
  return s;
}

/** Scans `text` with the built-in rules (or `options.rules`). Offsets are UTF-16 code units. */
export function scan(text: string, options: ScanOptions & { readonly rules?: readonly Rule[] } = {}): Finding[] {
  return getScanner(options.rules).scan(text, options);
}
