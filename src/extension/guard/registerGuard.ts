import * as vscode from 'vscode';
import { registerAuditView } from './auditView';
import { registerChatParticipant } from './chatParticipant';
import { registerClipboardOnFocus } from './clipboardOnFocus';
import { registerGuardCommands } from './guardCommands';
import { GuardService } from './guardService';
import type { GuardDeps } from './guardService';
import { registerInstallAgentHook } from './installAgentHook';
import { registerPasteGuard } from './pasteGuard';
import { registerScanTool } from './scanTool';

export type { GuardDeps } from './guardService';

/** Internal command (hidden from the palette) that returns the guard's `GuardState`, for tests. */
export const GUARD_STATE_COMMAND = '_promptHygiene.guardState';

/**
 * Everything that guards text leaving the editor: the copy and paste guard, the guard commands,
 * the `@hygiene` chat participant, the `promptHygiene_scan` tool, the opt-in clipboard check on
 * focus, the audit log view and the agent-hook installer.
 */
export function registerGuard(deps: GuardDeps): vscode.Disposable {
  const service = new GuardService(deps);
  return vscode.Disposable.from(
    registerPasteGuard(service),
    registerGuardCommands(service),
    registerChatParticipant(service),
    registerScanTool(service),
    registerClipboardOnFocus(service),
    registerAuditView(service),
    registerInstallAgentHook(service),
    vscode.commands.registerCommand(GUARD_STATE_COMMAND, () => service.state()),
  );
}
