import type { Finding } from '../types';

/** Where a guarded event happened. */
export type AuditSurface = 'copy' | 'paste' | 'chat' | 'send-to-chat' | 'clipboard' | 'hook' | 'command';

/** What was done with the text. */
export type AuditDecision = 'clean' | 'redacted' | 'sent-anyway' | 'blocked' | 'warned' | 'allowed' | 'failed-open' | 'failed-closed';

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
  /** Why, as a short code (`findings`, `too-large`, `malformed-input`); never input text. */
  readonly reason?: string;
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
  readonly reason?: string;
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
    ...(input.reason ? { reason: input.reason.slice(0, 60) } : {}),
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

/**
 * Parses a `--since` value: `YYYY-MM-DD` (local midnight is not used: the day starts at 00:00
 * UTC), a full ISO timestamp, or a relative age such as `7d`, `12h` or `30m` before `now`.
 * Returns undefined when the text is none of these.
 */
export function parseAuditSince(text: string, now: Date): Date | undefined {
  const t = text.trim();
  const rel = /^(\d{1,6})\s*([dhm])$/u.exec(t);
  if (rel) {
    const unit = rel[2] === 'd' ? 86_400_000 : rel[2] === 'h' ? 3_600_000 : 60_000;
    return new Date(now.getTime() - Number(rel[1]) * unit);
  }
  if (/^\d{4}-\d{2}-\d{2}$/u.test(t)) {
    const d = new Date(`${t}T00:00:00.000Z`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  if (/^\d{4}-\d{2}-\d{2}T/u.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

/** Entries at or after `since`. */
export function filterAuditSince(entries: readonly AuditEntry[], since: Date): AuditEntry[] {
  const cut = since.getTime();
  return entries.filter((e) => {
    const t = Date.parse(e.ts);
    return !Number.isNaN(t) && t >= cut;
  });
}

/**
 * The log without entries older than `retainDays`, or undefined when nothing needs to go (so
 * callers rewrite the file only when the oldest entry has expired). Unparsable lines are dropped
 * along with the expired ones.
 */
export function toPrunedAuditLog(text: string, now: Date, retainDays: number): { text: string; removed: number } | undefined {
  const firstLine = text.slice(0, text.indexOf('\n') + 1 || undefined);
  const first = parseAuditLog(firstLine)[0];
  const cut = now.getTime() - retainDays * 86_400_000;
  if (first && Date.parse(first.ts) >= cut) return undefined;
  const all = parseAuditLog(text);
  const kept = all.filter((e) => Date.parse(e.ts) >= cut);
  const lines = text.split('\n').filter((l) => l.trim().length > 0).length;
  if (lines === kept.length) return undefined;
  return { text: kept.map(toAuditLine).join(''), removed: lines - kept.length };
}

const DECISION_TEXT: Readonly<Record<AuditDecision, string>> = {
  clean: 'clean',
  redacted: 'redacted',
  'sent-anyway': 'sent anyway',
  blocked: 'BLOCKED',
  warned: 'warned',
  allowed: 'allowed',
  'failed-open': 'not checked (fail-open)',
  'failed-closed': 'BLOCKED (not checked)',
};

/**
 * A readable report: one line per entry with time, surface, event, decision, provider and
 * consent, and the rule ids found (counted). Used by `prompt-hygiene audit` and Show Audit Log.
 */
export function toAuditText(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return 'No audit entries.\n';
  const rows = entries.map((e) => {
    const counts = new Map<string, number>();
    for (const f of e.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const rules = [...counts].map(([id, n]) => (n > 1 ? `${id} x${n}` : id)).join(', ');
    const where = e.event ? `${e.surface} ${e.event}` : e.surface;
    const who = e.provider ? `${e.provider}${e.consent ? ` (${e.consent})` : ''}` : '';
    return [e.ts.replace('T', ' ').replace(/\.\d{3}Z$/u, 'Z'), where, DECISION_TEXT[e.decision] ?? e.decision, who, rules || '-', e.sessionId ? `session ${e.sessionId}` : '']
      .filter((c) => c.length > 0)
      .join('  |  ');
  });
  const decided = (d: AuditDecision): number => entries.filter((e) => e.decision === d).length;
  const summary = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: ${decided('blocked') + decided('failed-closed')} blocked, ${decided('redacted')} redacted, ${decided('warned') + decided('sent-anyway')} warned or sent anyway.`;
  return `${rows.join('\n')}\n\n${summary}\n`;
}
