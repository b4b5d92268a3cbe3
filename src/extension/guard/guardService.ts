import * as vscode from 'vscode';
import { guardOutgoingText, redact, toAuditConsent, toAuditEntry } from '../../engine/index';
import type { AuditDecision, AuditSurface, Finding, GuardMode, GuardResult, PolicyLoad, RedactionStrategy, ResolvedPolicy } from '../../engine/index';
import type { Logger } from '../diagnostics/diagnosticsManager';
import { toEffectiveOptions } from '../effectiveOptions';
import type { PolicyOptions } from '../effectiveOptions';
import type { SettingsSource } from '../settings';
import { SETTINGS_SECTION } from '../settings';
import { AuditWriter } from './auditWriter';
import { toGuardConfig } from './guardConfig';
import type { GuardConfig } from './guardConfig';
import { RedactionStore } from './redactionStore';

/** The team policy as the guard needs it; `PolicyService` provides all of it. */
export interface GuardPolicySource {
  resolved(uri?: vscode.Uri): PolicyOptions;
  /** The folder's policy state (optional: without it the policy's guard and audit settings are not read). */
  current?(uri?: vscode.Uri): { readonly load: PolicyLoad; readonly resolved: ResolvedPolicy } | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** What `registerGuard` needs from the rest of the extension. */
export interface GuardDeps {
  readonly extensionContext: Pick<vscode.ExtensionContext, 'globalStorageUri'> & { readonly extension: { readonly id: string } };
  readonly settings: SettingsSource;
  readonly policy: GuardPolicySource;
  readonly log: Logger;
}

/** What the integration tests read through `_promptHygiene.guardState`: which surfaces were reached. */
export interface GuardState {
  /** URI schemes of documents the paste provider was asked about (`file`, `untitled`, `chatSessionInput`…). */
  readonly pasteSchemes: string[];
  /** URI schemes of documents `prepareDocumentPaste` ran for (a copy in an editor). */
  readonly copySchemes: string[];
  /** Paste edits of ours that VS Code resolved (applied). */
  readonly pasteEditsResolved: number;
  /** Copies seen by `prepareDocumentPaste` (in any mode). */
  readonly copyEvents: number;
  readonly participant: boolean;
  readonly tool: boolean;
  readonly redactionsRemembered: number;
  /** Rule ids of the newest remembered redaction (what Restore would look for first). */
  readonly newestRedactionRules: string[];
}

/**
 * Largest text the guard scans on copy, paste and focus, in UTF-16 units (about 2 MB): the scan
 * runs on the extension host while the user waits. Bigger texts are left alone, and logged.
 */
export const MAX_GUARD_TEXT = 2 * 1024 * 1024;

/**
 * The guard's shared services: configuration (settings + team policy), scanning and redaction
 * with the editor's effective options, the audit log, and this window's reversible mappings.
 */
export class GuardService {
  readonly redactions = new RedactionStore();
  readonly audit: AuditWriter;
  readonly pasteSchemes = new Set<string>();
  readonly copySchemes = new Set<string>();
  pasteEditsResolved = 0;
  copyEvents = 0;
  participant = false;
  tool = false;

  constructor(readonly deps: GuardDeps) {
    this.audit = new AuditWriter(deps.extensionContext.globalStorageUri, deps.log);
  }

  get log(): Logger {
    return this.deps.log;
  }

  /** The guard configuration for a resource. */
  config(uri?: vscode.Uri): GuardConfig {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri ?? null);
    const load = this.deps.policy.current?.(uri)?.load;
    return toGuardConfig(
      {
        get: (key) => config.get(key),
        userOrDefault: (key) => {
          const i = config.inspect(key);
          return i?.globalValue ?? i?.defaultValue;
        },
      },
      vscode.workspace.isTrusted,
      load?.kind === 'valid' ? load.policy : undefined,
    );
  }

  /** Checks outgoing text with the editor's effective detection options for `uri`. */
  check(text: string, mode: GuardMode, uri: vscode.Uri | undefined, strategy: RedactionStrategy = 'placeholder', languageId?: string): GuardResult {
    const options = toEffectiveOptions(this.deps.settings.get(uri), this.deps.policy.resolved(uri));
    return guardOutgoingText(text, { mode, scanOptions: options.scan, strategy, ...(languageId ? { languageId } : {}) });
  }

  /** `text` redacted with another strategy (findings from an earlier check of the same text). */
  redactAs(text: string, findings: readonly Finding[], strategy: RedactionStrategy): ReturnType<typeof redact> {
    return redact(text, findings, strategy);
  }

  /** Appends an audit entry for an editor surface (ids and fingerprints only). */
  async record(surface: AuditSurface, decision: AuditDecision, findings: readonly Finding[], uri: vscode.Uri | undefined, extra: { readonly event?: string; readonly provider?: string } = {}): Promise<void> {
    const config = this.config(uri);
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    const file = this.audit.fileFor(config.audit.location, folder?.uri);
    if (!file) return;
    let consent: { provider: string; consent: string } | undefined;
    if (extra.provider) {
      const state = this.deps.policy.current?.(uri);
      consent = toAuditConsent(state?.resolved.policy, extra.provider, state?.load.kind === 'valid');
    }
    const entry = toAuditEntry({
      surface,
      decision,
      findings,
      now: new Date(),
      ...(extra.event ? { event: extra.event } : {}),
      ...(consent ? { provider: consent.provider, consent: consent.consent } : {}),
    });
    await this.audit.append(file, entry, config.audit.retainDays);
  }

  /** The state the integration tests read. */
  state(): GuardState {
    return {
      pasteSchemes: [...this.pasteSchemes],
      copySchemes: [...this.copySchemes],
      pasteEditsResolved: this.pasteEditsResolved,
      copyEvents: this.copyEvents,
      participant: this.participant,
      tool: this.tool,
      redactionsRemembered: this.redactions.size,
      newestRedactionRules: this.redactions.newestRuleIds,
    };
  }
}
