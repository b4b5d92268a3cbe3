import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { toHookSettingsText } from '../../engine/index';
import type { HookAgent } from '../../engine/index';
import type { GuardService } from './guardService';
import { readTextIfAny } from '../util/workspaceFiles';

/** Palette command: Install Agent Hook. */
export const INSTALL_AGENT_HOOK_COMMAND = 'promptHygiene.installAgentHook';

/** Arguments that skip the quick picks (`agent`, `scope`), for keybindings and tests. */
export interface InstallHookArgs {
  readonly agent?: HookAgent;
  readonly scope?: 'project' | 'user';
}

/** Where the hook goes (the same files as `prompt-hygiene install-hooks`). */
export function toHookFileUri(agent: HookAgent, scope: 'project' | 'user', folder: vscode.Uri | undefined): vscode.Uri | undefined {
  const base = scope === 'user' ? vscode.Uri.file(homedir()) : folder;
  if (!base) return undefined;
  if (agent === 'claude-code') return vscode.Uri.joinPath(base, '.claude', 'settings.json');
  return scope === 'user' ? vscode.Uri.joinPath(base, '.copilot', 'hooks', 'prompt-hygiene.json') : vscode.Uri.joinPath(base, '.github', 'hooks', 'prompt-hygiene.json');
}

/**
 * Install Agent Hook: merges the guard's UserPromptSubmit and PreToolUse hooks into Claude Code's
 * settings or a VS Code agent hook file, like `prompt-hygiene install-hooks`: other settings are
 * kept, the old file is copied to `.bak`, the new one is written next to it and renamed into place.
 */
export function registerInstallAgentHook(service: GuardService): vscode.Disposable {
  return vscode.commands.registerCommand(INSTALL_AGENT_HOOK_COMMAND, async (args?: InstallHookArgs): Promise<{ file?: string; changed: boolean }> => {
    let agent = args?.agent;
    if (!agent) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'Claude Code', description: '.claude/settings.json', agent: 'claude-code' as const },
          { label: vscode.l10n.t('VS Code agent hooks (Copilot)'), description: '.github/hooks/prompt-hygiene.json', agent: 'vscode' as const },
        ],
        { title: vscode.l10n.t('Install the Prompt Hygiene agent hook for…') },
      );
      agent = pick?.agent;
    }
    if (!agent) return { changed: false };
    let scope = args?.scope;
    if (!scope) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('This project'), description: vscode.l10n.t('shared with the team through git'), scope: 'project' as const },
          { label: vscode.l10n.t('My user account'), description: vscode.l10n.t('every project'), scope: 'user' as const },
        ],
        { title: vscode.l10n.t('Where?') },
      );
      scope = pick?.scope;
    }
    if (!scope) return { changed: false };
    const folder = vscode.window.activeTextEditor ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) : vscode.workspace.workspaceFolders?.[0];
    const file = toHookFileUri(agent, scope, folder?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!file) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to install the hook for a project.'));
      return { changed: false };
    }
    const config = service.config(folder?.uri);
    const command = `${config.hookCommand} hook ${agent}`;
    const existing = await readTextIfAny(file);
    const merged = toHookSettingsText(existing, agent, command);
    const shown = scope === 'user' ? file.fsPath : vscode.workspace.asRelativePath(file);
    if (!merged.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} was left unchanged: {1}. Fix it by hand, then run this again.', shown, merged.reason));
      return { file: file.toString(), changed: false };
    }
    if (!merged.changed) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The Prompt Hygiene hook is already installed in {0}.', shown));
      return { file: file.toString(), changed: false };
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
    if (existing !== undefined) await vscode.workspace.fs.copy(file, file.with({ path: `${file.path}.bak` }), { overwrite: true });
    const tmp = file.with({ path: `${file.path}.${Date.now()}.tmp` });
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(merged.text));
    await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
    service.log.info(`Installed the ${agent} agent hook in ${shown}.`);
    const open = vscode.l10n.t('Open File');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('Installed the Prompt Hygiene hook in {0}. It runs "{1}", so the CLI must be on PATH (npm install -g prompt-hygiene).', shown, command),
        open,
      )
      .then((pick) => (pick === open ? vscode.window.showTextDocument(file) : undefined));
    return { file: file.toString(), changed: true };
  });
}
