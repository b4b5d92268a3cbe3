import * as vscode from 'vscode';
import { isPolicyDetailsMessage, toPolicyDetailsHtml } from './policyDetailsHtml';
import type { PolicyService } from './policyService';
import { toFolderStatus } from './statusBar/policyStatusItem';

/** The webview panel's view type. */
export const POLICY_DETAILS_VIEW_TYPE = 'promptHygiene.policyDetails';

/** A random nonce for the page's inline style and script. */
function toNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The policy details view: one webview panel, reused, that follows the folder it was opened for
 * and re-renders when that folder's policy changes. Strict CSP with a nonce, no remote
 * resources, themed with VS Code's CSS variables; its buttons post messages that run commands.
 */
export class PolicyDetailsView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folderUri: vscode.Uri | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly service: PolicyService,
    private readonly commands: { readonly openPolicy: string; readonly createPolicy: string },
  ) {
    this.subscriptions.push(service.onDidChange(() => this.render()));
  }

  /** Shows the view for the folder of `uri` (default: the active editor's folder). */
  show(uri?: vscode.Uri): void {
    this.folderUri = this.service.folderFor(uri ?? vscode.window.activeTextEditor?.document.uri)?.uri;
    if (this.panel) {
      this.render();
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(POLICY_DETAILS_VIEW_TYPE, 'Team AI Policy', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((m: unknown) => {
      if (!isPolicyDetailsMessage(m)) return;
      const arg = this.folderUri?.toString();
      void vscode.commands.executeCommand(m.command === 'openPolicy' ? this.commands.openPolicy : this.commands.createPolicy, arg);
    });
    this.render();
  }

  /** The current HTML (for tests through the extension API). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  private render(): void {
    if (!this.panel) return;
    const state = this.service.current(this.folderUri);
    const { summary, status } = toFolderStatus(state);
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    this.panel.title = multiRoot && state ? `Team AI Policy (${state.folder.name})` : 'Team AI Policy';
    this.panel.webview.html = toPolicyDetailsHtml(
      {
        summary,
        headline: status.accessibilityLabel,
        ...(multiRoot && state ? { folderName: state.folder.name } : {}),
        fileLabel: state ? vscode.workspace.asRelativePath(state.fileUri, false) : '.prompt-hygiene.json',
      },
      toNonce(),
      this.panel.webview.cspSource,
    );
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
