import type { Finding } from '../types';

/** Where a guarded event happened. */
export type AuditSurface = 'copy' | 'paste' | 'chat' | 'send-to-chat' | 'clipboard' | 'hook' | 'command';

/** What was done with the text. */
export type AuditDecision = 'clean' | 'redacted' | 'sent-anyway' | 'blocked' | 'warned' | 'allowed';

/** One line of the audit log. It holds rule ids and fingerprints, never a value or a preview. */
export interface AuditEntry {
  readonly v: 1;
  readonly ts: string;
  readonly surface: AuditSurface;
  readonly decision: AuditDecision;
  /** Conversation or session id, when the surface has one (Claude Code hooks do). */
  readonly sessionId?: string;
  /** The event inside the surface, e.g. `UserPromptSubmit`, `PreToolUse:Read`. */
  readonly event?: string;
  /** AI provider id and its training-consent status from the team policy at that moment. */
  readonly provider?: string;
  readonly consent?: string;
  readonly findings: readonly { readonly ruleId: string; readonly fingerprint: string; readonly category: string }[];
}

export interface AuditInput {
  readonly surface: AuditSurface;
  readonly decision: AuditDecision;
  readonly findings: readonly Finding[];
  readonly now: Date;
  readonly sessionId?: string;
  readonly event?: string;
  readonly provider?: string;
  readonly consent?: string;
}

/** Builds an audit entry. Only ids and fingerprints leave the findings: the preview is dropped too. */
export function toAuditEntry(input: AuditInput): AuditEntry {
  return {
    v: 1,
    ts: input.now.toISOString(),
    surface: input.surface,
    decision: input.decision,
    ...(input.sessionId ? { sessionId: input.sessionId.slice(0, 200) } : {}),
    ...(input.event ? { event: input.event.slice(0, 100) } : {}),
    ...(input.provider ? { provider: input.provider } : {}),
    ...(input.consent ? { consent: input.consent } : {}),
    findings: input.findings.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint, category: f.category })),
  };
}

/** One JSON line, newline-terminated. */
export function toAuditLine(entry: AuditEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/** Parses a JSONL audit log, skipping lines that are not entries (a torn last line, say). */
export function parseAuditLog(text: string): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<AuditEntry>;
      if (e && e.v === 1 && typeof e.ts === 'string' && typeof e.surface === 'string' && Array.isArray(e.findings)) out.push(e as AuditEntry);
    } catch {
      // skip
    }
  }
  return out;
}

function csvCell(s: string): string {
  return /[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** CSV export: one row per entry, rule ids and fingerprints joined with spaces. */
export function toAuditCsv(entries: readonly AuditEntry[]): string {
  const head = 'timestamp,surface,event,decision,session,provider,consent,rules,fingerprints';
  const rows = entries.map((e) =>
    [e.ts, e.surface, e.event ?? '', e.decision, e.sessionId ?? '', e.provider ?? '', e.consent ?? '', e.findings.map((f) => f.ruleId).join(' '), e.findings.map((f) => f.fingerprint).join(' ')]
      .map(csvCell)
      .join(','),
  );
  return [head, ...rows].join('\n') + '\n';
}
