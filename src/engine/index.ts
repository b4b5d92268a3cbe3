// The engine's only public entry point. Adapters (cli, extension) import from here and nowhere else.
export type { Category, Finding, MatchContext, Range, Rule, Severity } from './types';
export { ALL_RULES } from './rules/index';
export { Scanner, toEnvName } from './scan/scanner';
export { getScanner } from './scan/scannerCache';
export { guardOutgoingText, toGuardKinds, toGuardSummary } from './guard/guardOutgoingText';
export type { GuardKind, GuardMode, GuardOptions, GuardResult, GuardVerdict } from './guard/guardOutgoingText';
export type { ScanOptions } from './scan/scanner';
export { toFingerprint, sha256Hex, DEFAULT_FINGERPRINT_SALT } from './scan/fingerprint';
export { toLineStarts, lineOf } from './scan/lines';
export { toFalsePositiveReason } from './scan/filters';
export { redact, restore, toEnvReference } from './redact/redactor';
export type { Redaction, RedactionEntry, RedactionStrategy, RedactOptions } from './redact/redactor';
export { toPreview } from './redact/preview';
export { toAuditEntry, toAuditLine, parseAuditLog, toAuditCsv } from './audit/auditEntry';
export type { AuditEntry, AuditInput, AuditSurface, AuditDecision } from './audit/auditEntry';

import { getScanner } from './scan/scannerCache';
import type { ScanOptions } from './scan/scanner';
import type { Finding, Rule } from './types';

/** Scans `text` with the built-in rules (or `options.rules`). Offsets are UTF-16 code units. */
export function scan(text: string, options: ScanOptions & { readonly rules?: readonly Rule[] } = {}): Finding[] {
  return getScanner(options.rules).scan(text, options);
}
