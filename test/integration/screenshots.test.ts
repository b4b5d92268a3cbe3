// The README screenshots, taken from the real VS Code test host (code-server + headless Chromium)
// by `npm run screenshots` (scripts/screenshots.mjs), which sets PH_SCREENSHOTS=1 and writes the
// PNGs to media/screenshots/. The suite is only defined when that variable is set, so a normal
// integration run neither runs it nor lists it as skipped.
//
// Every value in the sample files is fake and built at run time (fake() for credentials,
// invented names and addresses for personal data); the screenshots themselves show only
// previews, placeholders and the editor's underlines.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { fake } from '../../src/engine/rules/defineRule';
import { hasHarness, harnessKeys, harnessPaste, harnessScreenshot, openUntitledDocument, waitForDiagnostics, workspaceRoot } from './helpers';
import { closeAllWithoutSaving, getApi, ours, ruleOf, setSetting } from './phApi';

/** Where the PNGs go, relative to the repository root (scripts/screenshots.mjs may override it). */
const OUT_DIR = process.env.PH_SCREENSHOT_DIR || 'media/screenshots';

/** The workbench is 1280x800 CSS pixels; most shots keep the editor area and drop the chrome. */
const EDITOR_CLIP = { x: 0, y: 0, width: 1280, height: 480 };

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
    '  region: "eu-central-1",',
    `  escalationContact: "${email}",`,
    `  awsAccessKeyId: "${fake('AKIA{u16}', 0x5c13)}",`,
    `  slackBotToken: "${fake('xoxb-{d11}-{d12}-{a24}', 0x5c12)}",`,
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

/**
 * Opens the sample, waits for its findings, and puts the cursor on the Slack token, the last
 * finding, so that hovers and menus open below it and the other underlines stay in view.
 */
async function openSample(): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile('src/billing.ts', sampleSource());
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const diagnostics = ours(await waitForDiagnostics(uri, (ds) => ours(ds).length >= 3));
  const target = diagnostics.find((d) => ruleOf(d) === 'slack-bot-token');
  assert.ok(target, `the sample has a slack-bot-token finding; found ${diagnostics.map(ruleOf).join(', ')}`);
  const at = target.range.start.translate(0, 2);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

const shot = (name: string): string => `${OUT_DIR}/${name}.png`;

/**
 * Shows a transient widget (hover, menu) and photographs it. Widgets opened by a command can
 * close again before the picture when the workbench is busy (focus moves, a rescan lands), so the
 * command is repeated, up to three times, until the runner sees `options.waitFor`.
 */
async function showAndShoot(show: () => Thenable<unknown>, name: string, options: Parameters<typeof harnessScreenshot>[1]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await show();
    try {
      await harnessScreenshot(shot(name), options);
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

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
      await showAndShoot(() => vscode.commands.executeCommand('editor.action.showHover'), 'diagnostics-hover', {
        clip: EDITOR_CLIP,
        waitFor: '.monaco-hover:not(.hidden)',
        settleMs: 300,
      });
    });

    it('the quick-fix menu', async () => {
      await openSample();
      // Only quick fixes: the language's refactorings would crowd ours out of the picture.
      await showAndShoot(
        () => vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value }),
        'quick-fix-menu',
        { clip: EDITOR_CLIP, waitFor: '.action-widget', settleMs: 300 },
      );
    });

    it('the copy guard notification', async () => {
      await setSetting('guard.copy', 'warn');
      try {
        const line = `DATABASE_URL=postgres://billing:${fake('{a20}', 0x5c15)}@db.internal:5432/billing`;
        const doc = await openUntitledDocument(`# Staging database\n${line}\n`, 'dotenv');
        const editor = await vscode.window.showTextDocument(doc, { preview: false });
        editor.selection = new vscode.Selection(1, 0, 1, line.length);
        await harnessKeys(['Control+C']);
        // The runner's smoke-test driver switches notification toasts off, so the picture shows
        // the notification where it also lands for users: in the notification center.
        await showAndShoot(() => vscode.commands.executeCommand('notifications.showList'), 'copy-guard', {
          waitFor: '.notifications-center .notification-list-item',
          settleMs: 400,
        });
      } finally {
        await setSetting('guard.copy', undefined);
      }
    });

    it('the policy details view', async () => {
      await vscode.commands.executeCommand('promptHygiene.showPolicyDetails');
      await harnessScreenshot(shot('policy-details'), {
        clip: { x: 0, y: 0, width: 1280, height: 760 },
        // The view's content sits two iframes deep (webview host, then the active frame).
        waitFor: 'iframe.webview >> internal:control=enter-frame >> iframe#active-frame >> internal:control=enter-frame >> h1',
        settleMs: 300,
      });
    });

    it('directive and placeholder highlighting', async () => {
      const redacted = [
        '// Redacted with "Redact All Findings in File"; safe to paste into a chat.',
        'export const billing = {',
        '  region: "eu-central-1",',
        '  escalationContact: "<EMAIL_1>",',
        '  // prompt-hygiene:allow-next-line aws-access-key-id read from the environment',
        '  awsAccessKeyId: process.env.AWS_ACCESS_KEY_ID,',
        '  slackBotToken: "[REDACTED:slack-bot-token]",',
        '};',
        '',
      ].join('\n');
      const uri = await writeWorkspaceFile('src/billing.redacted.ts', redacted);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      const ignore = await writeWorkspaceFile(
        '.prompthygieneignore',
        '# Test data with fake secrets, never scanned\n**/fixtures/\n/build/*.snap\n!keep-scanning.snap\nlogs/[0-9]?.log\n',
      );
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ignore), { preview: false, viewColumn: vscode.ViewColumn.Beside });
      await harnessScreenshot(shot('highlighting'), { clip: { x: 0, y: 0, width: 1280, height: 280 }, settleMs: 800 });
    });

    it('the getting-started walkthrough', async () => {
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'prompt-hygiene.prompt-hygiene#gettingStarted', false);
      await harnessScreenshot(shot('walkthrough'), { waitFor: '.getting-started-step', settleMs: 1500 });
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

    // Last: the guard's status bar message would otherwise show in the next pictures.
    it('the paste guard: the paste options menu offers "Paste redacted"', async () => {
      await setSetting('guard.paste', 'warn');
      try {
        const doc = await openUntitledDocument('# Question for the assistant\n\nWhy does the deploy fail with this config?\n\n', 'markdown');
        const editor = await vscode.window.showTextDocument(doc, { preview: false });
        const end = doc.lineAt(doc.lineCount - 1).range.end;
        editor.selection = new vscode.Selection(end, end);
        const pasted = `SLACK_BOT_TOKEN=${fake('xoxb-{d11}-{d12}-{a24}', 0x5c14)}\nSUPPORT=${['jonas.weber', 'contoso-mail.de'].join('@')}\n`;
        await harnessPaste(pasted);
        // What the guard's status bar message suggests: Ctrl+. right after pasting.
        // A throwaway picture whose only purpose is to move the pointer off the status bar item
        // (the previous test hovered it) to an empty part of the activity bar.
        await harnessScreenshot(join(tmpdir(), 'ph-pointer-moved.png'), { hover: '.part.activitybar', clip: { x: 0, y: 0, width: 1, height: 1 } });
        await showAndShoot(() => harnessKeys(['Control+.']), 'paste-guard', { waitFor: '.action-widget', settleMs: 400 });
      } finally {
        await setSetting('guard.paste', undefined);
      }
    });
  });
}
