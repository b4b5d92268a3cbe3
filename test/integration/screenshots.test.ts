// The README screenshots, taken from the real VS Code test host (code-server + headless Chromium)
// by `npm run screenshots` (scripts/screenshots.mjs), which sets PH_SCREENSHOTS=1 and writes the
// PNGs to media/screenshots/. The suite is only defined when that variable is set, so a normal
// integration run neither runs it nor lists it as skipped.
//
// Every value in the sample files is fake and built at run time (fake() for credentials,
// invented names and addresses for personal data); the screenshots themselves show only
// previews, placeholders and the editor's underlines.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fake } from '../../src/engine/rules/defineRule';
import { hasHarness, harnessPaste, harnessScreenshot, waitForDiagnostics, workspaceRoot } from './helpers';
import { closeAllWithoutSaving, getApi, ours, setSetting } from './phApi';

/** Where the PNGs go, relative to the repository root (scripts/screenshots.mjs may override it). */
const OUT_DIR = process.env.PH_SCREENSHOT_DIR || 'media/screenshots';

/** The workbench is 1280x800 CSS pixels; most shots keep the editor area and drop the chrome. */
const EDITOR_CLIP = { x: 0, y: 0, width: 1280, height: 520 };

const today = new Date().toISOString().slice(0, 10);

/** A realistic team policy: what the status bar and the details view show. */
const SAMPLE_POLICY = `// Payments team: which AI assistants we use, and what they do with our prompts.
{
  "$schema": "https://raw.githubusercontent.com/prompt-hygiene/prompt-hygiene/main/schemas/policy.schema.json",
  "version": 1,
  "team": { "name": "Payments", "owner": "Platform lead", "contact": "#payments-platform" },
  "reviewedOn": "${today}",
  "reviewEveryDays": 90,
  "providers": [
    {
      "id": "anthropic", "displayName": "Claude", "tier": "team", "trainingConsent": "exempt",
      "retentionDays": 30, "verifiedOn": "${today}", "allowed": true,
      "settingLocation": "claude.ai › Organization settings › Data and privacy"
    },
    {
      "id": "github-copilot", "displayName": "GitHub Copilot", "tier": "enterprise", "trainingConsent": "exempt",
      "verifiedOn": "${today}", "allowed": true
    },
    {
      "id": "openai", "displayName": "ChatGPT", "tier": "consumer", "trainingConsent": "opted-in",
      "allowed": false, "notes": "Personal accounts may train on chats: not for company code."
    }
  ],
  "guard": { "paste": "warn", "copy": "warn", "hooks": "block" }
}
`;

/** A settings module with fake credentials and invented personal data. */
function sampleSource(): string {
  const email = ['maria.schneider', 'contoso-mail.de'].join('@');
  return [
    '// Billing service settings. Every value in this file is fake.',
    'export const billing = {',
    `  slackBotToken: "${fake('xoxb-{d11}-{d12}-{a24}', 0x5c12)}",`,
    `  awsAccessKeyId: "${fake('AKIA{u16}', 0x5c13)}",`,
    '  region: "eu-central-1",',
    `  escalationContact: "${email}",`,
    '  retries: 3,',
    '};',
    '',
  ].join('\n');
}

async function writeWorkspaceFile(relPath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Opens the sample, waits for its findings, and puts the cursor on the first one. */
async function openSample(): Promise<{ editor: vscode.TextEditor; first: vscode.Diagnostic }> {
  const uri = await writeWorkspaceFile('src/billing.ts', sampleSource());
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const diagnostics = ours(await waitForDiagnostics(uri, (ds) => ours(ds).length >= 3));
  const first = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start))[0];
  assert.ok(first);
  const at = first.range.start.translate(0, 2);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(first.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { editor, first };
}

const shot = (name: string): string => `${OUT_DIR}/${name}.png`;

if (process.env.PH_SCREENSHOTS === '1') {
  describe('README screenshots', function () {
    this.timeout(120_000);

    before(async function () {
      if (!hasHarness()) this.skip(); // the desktop route has no browser to take pictures with
      await getApi();
      // The Marketplace page and the walkthrough art are dark; so are the pictures.
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
      await writeWorkspaceFile('.prompt-hygiene.json', SAMPLE_POLICY);
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
      await vscode.commands.executeCommand('notifications.clearAll');
    });

    after(async () => {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    });

    afterEach(async () => {
      await vscode.commands.executeCommand('notifications.clearAll');
      await closeAllWithoutSaving();
    });

    it('diagnostics with a hover', async () => {
      await openSample();
      await vscode.commands.executeCommand('editor.action.showHover');
      await harnessScreenshot(shot('diagnostics-hover'), { clip: EDITOR_CLIP, waitFor: '.monaco-hover:not(.hidden)', settleMs: 300 });
    });

    it('the quick-fix menu', async () => {
      await openSample();
      // Only quick fixes: the language's refactorings would crowd ours out of the picture.
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value });
      await harnessScreenshot(shot('quick-fix-menu'), { clip: EDITOR_CLIP, waitFor: '.action-widget', settleMs: 300 });
    });

    it('the paste guard notification', async () => {
      await setSetting('guard.paste', 'warn');
      try {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Question for the assistant\n\nWhy does the deploy fail with this config?\n\n' });
        const editor = await vscode.window.showTextDocument(doc, { preview: false });
        const end = doc.lineAt(doc.lineCount - 1).range.end;
        editor.selection = new vscode.Selection(end, end);
        const pasted = `SLACK_BOT_TOKEN=${fake('xoxb-{d11}-{d12}-{a24}', 0x5c14)}\nSUPPORT=${['jonas.weber', 'contoso-mail.de'].join('@')}\n`;
        await harnessPaste(pasted);
        await harnessScreenshot(shot('paste-guard'), {
          // A warning toast, or the paste widget that offers "Paste redacted".
          waitFor: '.notification-toast:visible, .post-edit-widget:visible',
          settleMs: 400,
        });
      } finally {
        await setSetting('guard.paste', undefined);
      }
    });

    it('the policy details view', async () => {
      await vscode.commands.executeCommand('promptHygiene.showPolicyDetails');
      await harnessScreenshot(shot('policy-details'), { clip: { x: 0, y: 0, width: 1280, height: 760 }, waitFor: 'iframe.webview', settleMs: 1500 });
    });

    it('the status bar item with its tooltip', async () => {
      await openSample();
      await harnessScreenshot(shot('status-bar'), {
        clip: { x: 640, y: 420, width: 640, height: 380 },
        hover: '[id$="promptHygiene.policy"]',
        waitFor: '.workbench-hover',
        settleMs: 300,
      });
    });
  });
}
