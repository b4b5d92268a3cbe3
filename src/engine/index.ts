// The engine's only public entry point. Adapters (cli, extension) import from here and nowhere else.
export type { Category, Finding, MatchContext, Range, Rule, Severity } from './types';
export { ALL_RULES } from './rules/index';
export { Scanner, toEnvName, withRange } from './scan/scanner';
export { getScanner } from './scan/scannerCache';
export { DENSE_DIGITS, NEAR_DIGITS } from './scan/textView';
export { guardOutgoingText, toGuardKinds, toGuardSummary } from './guard/guardOutgoingText';
export type { GuardKind, GuardMode, GuardOptions, GuardResult, GuardVerdict } from './guard/guardOutgoingText';
export type { ScanOptions } from './scan/scanner';
export { toFingerprint, sha256Hex, DEFAULT_FINGERPRINT_SALT } from './scan/fingerprint';
export { toLineStarts, lineOf } from './scan/lines';
export { toFalsePositiveReason } from './scan/filters';
export { redact, restore, toEnvReference, withParts } from './redact/redactor';
export type { Redaction, RedactionEntry, RedactionStrategy, RedactOptions } from './redact/redactor';
export { toPreview } from './redact/preview';
export { fake } from './rules/defineRule';
export { PolicySchema, POLICY_VERSION, POLICY_FILE_NAME, KNOWN_PROVIDER_IDS, PROVIDER_TIERS, TRAINING_CONSENTS, RULE_LEVELS, toPolicyJsonSchema } from './policy/schema';
export type { Policy, PolicyProvider, PolicyCustomRule, ProviderTier, TrainingConsent, RuleLevel } from './policy/schema';
export { parsePolicy, toPathText, MAX_POLICY_CHARS } from './policy/parsePolicy';
export type { ParsedPolicy, PolicyIssue, PolicyIssueCode } from './policy/parsePolicy';
export { toJsonDocument, toNodeRange } from './policy/jsonRanges';
export type { JsonDocument, TextSpan } from './policy/jsonRanges';
export { checkCustomRegex, ALLOWED_REGEX_FLAGS } from './policy/regexSafety';
export type { RegexCheck, RegexCheckOptions } from './policy/regexSafety';
export { DEFAULT_POLICY, DEFAULT_GUARD, DEFAULT_AUDIT, DEFAULT_REVIEW_EVERY_DAYS, PROVIDER_DISPLAY_NAMES, toEffectivePolicy, toProviderDisplayName } from './policy/defaults';
export type { EffectivePolicy, EffectiveProvider, EffectiveGuard, EffectiveAudit, EffectiveDetection } from './policy/defaults';
export { resolvePolicy, isPathAllowlisted, toCustomRule } from './policy/resolvePolicy';
export type { ResolvedPolicy, PolicyOrigin, ResolveOptions } from './policy/resolvePolicy';
export { toConsentSummary, toProviderLabel, isTrainingOff, toIsoDay, addDays } from './policy/consent';
export type { ConsentState, ConsentSummary, PolicyLoad, ProviderConsent } from './policy/consent';
export { toStarterPolicy, PROVIDER_TEMPLATES, OPT_OUT_GUIDES, TEMPLATE_KEYS } from './policy/templates';
export type { ProviderTemplate, OptOutGuide, StarterOptions } from './policy/templates';
export { toAuditEntry, toAuditLine, parseAuditLog, toAuditCsv } from './audit/auditEntry';
export type { AuditEntry, AuditInput, AuditSurface, AuditDecision } from './audit/auditEntry';
export { parseAuditSince, filterAuditSince, toPrunedAuditLog, toAuditText } from './audit/auditEntry';
export { toAuditConsent, toHookProvider } from './audit/auditConsent';
export type { AuditConsent } from './audit/auditConsent';
export { parseHookEvent, toHookPlan, toToolKind, toShellReadPaths, isShellTool } from './guard/hookEvent';
export type { HookAgent, HookEvent, HookPlan, HookText, HookFile, ToolKind } from './guard/hookEvent';
export { toHookAnswer, toHookFailure, MAX_REDACTED_IN_REASON } from './guard/hookAnswer';
export type { HookAnswer, HookDecisionInput, HookProblem, HookSubjectResult } from './guard/hookAnswer';
export { toHookSettingsText, toGuardHookEntry, isGuardHookCommand, GUARDED_HOOK_EVENTS, CLAUDE_PRE_TOOL_MATCHER, HOOK_TIMEOUT_SECONDS } from './guard/hookSettings';
export type { HookSettingsResult } from './guard/hookSettings';

import { getScanner } from './scan/scannerCache';
import type { ScanOptions } from './scan/scanner';
import type { Finding, Rule } from './types';

/** Scans `text` with the built-in rules (or `options.rules`). Offsets are UTF-16 code units. */
export function scan(text: string, options: ScanOptions & { readonly rules?: readonly Rule[] } = {}): Finding[] {
  return getScanner(options.rules).scan(text, options);
}
