// Turns what the guard found in a hook event into the host's documented answer: JSON on stdout
// with exit code 0, or exit code 2 with the reason on stderr when there is no event to answer.
//
// Claude Code (https://code.claude.com/docs/en/hooks):
// - UserPromptSubmit: `{"decision":"block","reason":…}` blocks the prompt; the reason is shown
//   to the user, not to the model. `systemMessage` shows a warning and lets the prompt through.
// - PreToolUse: `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":
//   "deny"|"ask","permissionDecisionReason":…}}`; the reason of a deny is shown to the model.
// - Exit code 2 with a message on stderr blocks either event.
// VS Code agent hooks (https://code.visualstudio.com/docs/agent-customization/hooks):
// - UserPromptSubmit takes the common output only: `{"continue":false,"stopReason":…}` stops
//   processing and shows the reason to the user; `systemMessage` warns.
// - PreToolUse: the same `hookSpecificOutput` as Claude Code.
// - Exit code 2 is a blocking error shown to the model, with stderr as its text.
// Every text here holds previews and counts, never a matched value.

import type { AuditDecision } from '../audit/auditEntry';
import type { Finding } from '../types';
import { toGuardKinds, toGuardSummary } from './guardOutgoingText';
import type { HookAgent, HookEvent } from './hookEvent';

/** What the guard found in one text or file of the event. */
export interface HookSubjectResult {
  /** `prompt`, `tool_input.command`, or the file's path as shown to the user. */
  readonly label: string;
  readonly kind: 'text' | 'file';
  readonly findings: readonly Finding[];
  /** For the prompt: the prompt with every finding redacted. */
  readonly redacted?: string;
}

/** Something the guard could not check (a file too large or unreadable, input over the limit). */
export interface HookProblem {
  readonly label: string;
  /** A short sentence without input text, e.g. "is larger than 5 MB". */
  readonly message: string;
}

/** Everything the answer depends on. */
export interface HookDecisionInput {
  readonly event: HookEvent;
  /** `block`: block prompts and deny tool calls with findings; `warn`: warn, ask for tool calls. */
  readonly mode: 'block' | 'warn';
  readonly results: readonly HookSubjectResult[];
  readonly problems: readonly HookProblem[];
  /** Let the event through when something could not be checked. */
  readonly failOpen: boolean;
}

/** The process's answer: exit code and output, plus what to record in the audit log. */
export interface HookAnswer {
  readonly exitCode: 0 | 2;
  readonly stdout: string;
  readonly stderr: string;
  readonly decision: AuditDecision;
  /** All findings, for the audit entry (ids and fingerprints only end up there). */
  readonly findings: readonly Finding[];
  /** A short machine-readable reason for the audit entry (`findings`, `too-large`, `malformed-input`). */
  readonly reason?: string;
}

/** The longest redacted prompt repeated in a block reason (Claude Code caps hook output at about 10,000 characters). */
export const MAX_REDACTED_IN_REASON = 6000;

const ALLOW_HINT = 'If a value is meant to be shared, put prompt-hygiene:allow on its line and send again.';

function findingLines(findings: readonly Finding[]): string[] {
  return toGuardKinds(findings).map((k) => `  - ${k.ruleId}${k.count > 1 ? ` (${k.count}x)` : ''}: ${k.previews.join(', ')}`);
}

function toolWhat(event: HookEvent): string {
  return event.toolName ? `this ${event.toolName} call` : 'this tool call';
}

function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function preToolUse(decision: 'deny' | 'ask', reason: string): string {
  return json({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: decision, permissionDecisionReason: reason } });
}

function blockPrompt(agent: HookAgent, reason: string, summary: string): string {
  return agent === 'claude-code' ? json({ decision: 'block', reason }) : json({ continue: false, stopReason: reason, systemMessage: summary });
}

/** The reason a prompt is blocked: what was found, then the redacted prompt to send instead. */
function promptBlockReason(results: readonly HookSubjectResult[], problems: readonly HookProblem[]): string {
  const findings = results.flatMap((r) => r.findings);
  const lines: string[] = [];
  if (findings.length > 0) {
    lines.push(`Prompt Hygiene blocked this prompt: it contains ${toGuardSummary(toGuardKinds(findings))}.`, ...findingLines(findings));
  }
  for (const p of problems) lines.push(`Prompt Hygiene blocked this prompt: the ${p.label} ${p.message}, so it could not be checked.`);
  const redacted = results.find((r) => r.redacted !== undefined)?.redacted;
  if (redacted !== undefined && findings.length > 0) {
    if (redacted.length <= MAX_REDACTED_IN_REASON) lines.push('', 'Send this redacted version instead:', '', redacted, '');
    else lines.push('', `The redacted prompt (${redacted.length} characters) is too long to repeat here; run "prompt-hygiene redact" on the text and send its output instead.`);
    lines.push(ALLOW_HINT);
  }
  return lines.join('\n');
}

/** The reason a tool call is denied or needs the user's approval. */
function toolReason(event: HookEvent, results: readonly HookSubjectResult[], problems: readonly HookProblem[], mode: 'block' | 'warn'): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const summary = toGuardSummary(toGuardKinds(r.findings));
    lines.push(
      r.kind === 'file'
        ? `Prompt Hygiene: ${r.label} contains ${summary}; reading it would send them to the AI provider.`
        : `Prompt Hygiene: ${toolWhat(event)} has ${summary} in ${r.label}.`,
      ...findingLines(r.findings),
    );
  }
  for (const p of problems) lines.push(`Prompt Hygiene: ${p.label} ${p.message}, so it could not be checked.`);
  lines.push(
    mode === 'block'
      ? 'The call was not made. Use an environment variable or a redacted copy instead (prompt-hygiene redact FILE), or ask the user to allowlist the file in the team policy.'
      : 'Approve the call only if these values may be shared with the AI provider.',
  );
  return lines.join('\n');
}

/**
 * The answer for a checked event. Findings block (or warn, per `mode`); problems block unless
 * `failOpen`; a clean event is allowed silently (exit 0, no output).
 */
export function toHookAnswer(input: HookDecisionInput): HookAnswer {
  const { event, mode, results, problems, failOpen } = input;
  const findings = results.flatMap((r) => r.findings);
  const blockingProblems = failOpen ? [] : problems;
  const notes = failOpen && problems.length > 0 ? problems.map((p) => `prompt-hygiene: ${p.label} ${p.message}; not checked (fail-open).\n`).join('') : '';
  if (findings.length === 0 && blockingProblems.length === 0) {
    return { exitCode: 0, stdout: '', stderr: notes, decision: problems.length > 0 ? 'failed-open' : 'allowed', findings, ...(problems.length > 0 ? { reason: 'not-checked' } : {}) };
  }
  const reasonCode = findings.length > 0 ? 'findings' : 'not-checked';
  const isPrompt = event.eventName === 'UserPromptSubmit';
  if (mode === 'warn' && blockingProblems.length === 0) {
    if (isPrompt) {
      const msg = `Prompt Hygiene: this prompt contains ${toGuardSummary(toGuardKinds(findings))}. It was sent, because the team policy only warns.`;
      return { exitCode: 0, stdout: json({ systemMessage: msg }), stderr: notes, decision: 'warned', findings, reason: reasonCode };
    }
    return { exitCode: 0, stdout: preToolUse('ask', toolReason(event, results, [], 'warn')), stderr: notes, decision: 'warned', findings, reason: reasonCode };
  }
  if (isPrompt) {
    const reason = promptBlockReason(results, blockingProblems);
    const summary = findings.length > 0 ? `Prompt Hygiene blocked a prompt with ${toGuardSummary(toGuardKinds(findings))}.` : 'Prompt Hygiene blocked a prompt it could not check.';
    return { exitCode: 0, stdout: blockPrompt(event.agent, reason, summary), stderr: notes, decision: 'blocked', findings, reason: reasonCode };
  }
  return { exitCode: 0, stdout: preToolUse('deny', toolReason(event, results, blockingProblems, 'block')), stderr: notes, decision: 'blocked', findings, reason: reasonCode };
}

/**
 * The answer when there is no usable event (malformed input, input over the size limit) or the
 * guard itself failed: exit code 2 with the reason on stderr blocks in both hosts. With
 * `failOpen` the event goes through (exit 0) and the reason is a note on stderr.
 */
export function toHookFailure(reason: string, failOpen: boolean, code: string): HookAnswer {
  if (failOpen) {
    return { exitCode: 0, stdout: '', stderr: `prompt-hygiene: ${reason}; letting it through (fail-open).\n`, decision: 'failed-open', findings: [], reason: code };
  }
  return {
    exitCode: 2,
    stdout: '',
    stderr: `Prompt Hygiene blocked this because ${reason}. The guard fails closed; a team that prefers otherwise can set "guard": { "failOpen": true } in .prompt-hygiene.json or pass --fail-open.\n`,
    decision: 'failed-closed',
    findings: [],
    reason: code,
  };
}
