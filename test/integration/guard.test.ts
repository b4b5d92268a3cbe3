// The guard in a real extension host (code-server 4.139.1 = VS Code 1.139.1, web client).
//
// What these tests found out about which targets the guard reaches (kept as assertions, so a
// VS Code update that changes it fails here):
// - Copy: `editor.action.clipboardCopyAction` (and a real Ctrl+C) in an editor calls our
//   `prepareDocumentPaste`, and a clipboard write from there wins over the editor's own copy.
// - Paste: a real DOM paste event in a `file` or `untitled` editor asks our paste provider; in
//   redact mode our edit is applied (and resolved), in warn mode the normal paste is.
// - Chat input: the chat view's input box is a synced `chatSessionInput:input-N` document, and a
//   real paste into it reaches our provider: redact mode puts the redacted text in the chat input,
//   warn mode leaves the normal paste. (Needs `chat.disableAIFeatures` off; no Copilot needed.)
// - `vscode.chat` and `vscode.lm` exist; `lm.tools` lists our tool and `lm.invokeTool` runs it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseAuditLog } from '../../src/engine/index';
import type { AuditEntry } from '../../src/engine/index';
import { fake } from '../../src/engine/rules/defineRule';
import { toCheckHandler } from '../../src/extension/guard/chatParticipant';
import { GuardService } from '../../src/extension/guard/guardService';
import { MAX_REMEMBERED_REDACTIONS } from '../../src/extension/guard/redactionStore';
import { DEFAULT_RESOLVED_POLICY } from '../../src/extension/policySource';
import { Settings } from '../../src/extension/settings';
import { hasHarness, harnessKeys, harnessPaste, openUntitledDocument, until, waitFor, workspaceRoot } from './helpers';
import { closeAllWithoutSaving, getApi, setSetting } from './phApi';

interface GuardState {
  pasteSchemes: string[];
  copySchemes: string[];
  pasteEditsResolved: number;
  copyEvents: number;
  participant: boolean;
  tool: boolean;
  redactionsRemembered: number;
  newestRedactionRules: string[];
}

const guardState = (): Thenable<GuardState> => vscode.commands.executeCommand<GuardState>('_promptHygiene.guardState');

/** Slack-format tokens built at run time (never literals in the source). */
const token = (seed: number): string => fake('xoxb-{d11}-{d12}-{a24}', 0x6a00 + seed);
/** A Stripe-format live key, for the one test that needs a kind of secret no other test uses. */
const stripeKey = (seed: number): string => fake('sk_live_{a24}', 0x6a00 + seed);
const planted: string[] = [];
/** A value the tests plant (a Slack token unless `make` says otherwise), remembered so no report or log may hold it. */
function plant(seed: number, make: (seed: number) => string = token): string {
  const t = make(seed);
  planted.push(t);
  return t;
}

/** What a text holds, for a failure message that must not print it: planted values by index, placeholders, length. */
function describeText(text: string): string {
  const which = planted.map((p, i) => (text.includes(p) ? i : -1)).filter((i) => i >= 0);
  return `planted value(s) #${which.join(', #') || 'none'}, placeholder: ${text.includes('[REDACTED:')}, ${text.length} characters`;
}

async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const doc = await openUntitledDocument(content, language);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  // The commands act on the active editor, which the extension host learns of by an event of its
  // own: on a loaded machine it can still name the previous editor here (a Copy Redacted once read
  // the wrong one's selection and redacted nothing).
  await until(() => (vscode.window.activeTextEditor?.document === doc ? true : undefined), 'the new editor to be active');
  return editor;
}

function auditFile(): string {
  return join(workspaceRoot().fsPath, '.prompt-hygiene', 'audit.jsonl');
}

function auditEntries(): AuditEntry[] {
  return existsSync(auditFile()) ? parseAuditLog(readFileSync(auditFile(), 'utf8')) : [];
}

/** Waits for an audit entry after `from` entries that matches. */
function auditEntry(from: number, match: (e: AuditEntry) => boolean, what: string): Promise<AuditEntry> {
  return until(() => auditEntries().slice(from).find(match), `audit entry: ${what}`);
}

/**
 * Runs `body` with VS Code's AI features on or off (the test runner switches them off in the
 * user settings; the chat view and the built-in Copilot Chat extension need them on), then puts
 * the user setting back.
 */
async function withAiFeatures(on: boolean, body: () => Promise<void>): Promise<void> {
  const chat = vscode.workspace.getConfiguration('chat');
  const previous = chat.inspect<boolean>('disableAIFeatures')?.globalValue;
  await chat.update('disableAIFeatures', !on, vscode.ConfigurationTarget.Global);
  try {
    await body();
  } finally {
    await vscode.workspace.getConfiguration('chat').update('disableAIFeatures', previous, vscode.ConfigurationTarget.Global);
  }
}

/** A real DOM paste into whatever has focus (the chat input is not a text editor, so harnessPaste cannot be used). */
async function pasteIntoFocus(text: string): Promise<void> {
  const dir = process.env.PH_HARNESS_DIR as string;
  const id = `guard-${process.pid}-${Date.now()}`;
  console.log(`HARNESS_PASTE ${JSON.stringify({ id, text })}`);
  const ack = join(dir, `${id}.json`);
  await until(() => (existsSync(ack) ? true : undefined), 'the paste acknowledgement', 10_000);
  rmSync(ack, { force: true });
}

describe('guard: copy, paste, chat and commands', () => {
  before(async () => {
    await getApi();
  });

  afterEach(async () => {
    await setSetting('guard.paste', undefined);
    await setSetting('guard.copy', undefined);
    await closeAllWithoutSaving();
  });

  after(() => {
    // Leave the shared test workspace as it was for the suites that run after this one.
    for (const dir of ['.prompt-hygiene', '.claude', '.github']) rmSync(join(workspaceRoot().fsPath, dir), { recursive: true, force: true });
  });

  describe('chat participant and language model tool', () => {
    it('finds vscode.chat and vscode.lm in this host and registers @hygiene and promptHygiene_scan', async () => {
      assert.equal(typeof vscode.chat.createChatParticipant, 'function');
      assert.equal(typeof vscode.lm.registerTool, 'function');
      const state = await guardState();
      assert.equal(state.participant, true);
      assert.equal(state.tool, true);
      assert.ok(vscode.lm.tools.some((t) => t.name === 'promptHygiene_scan'), 'the tool is listed in vscode.lm.tools');
    });

    it('promptHygiene_scan reports rule ids, lines and previews, and a redacted text, never the value', async () => {
      const value = plant(1);
      const fixture = readFileSync(join(workspaceRoot().fsPath, 'src', 'config.ts'), 'utf8');
      const result = await vscode.lm.invokeTool('promptHygiene_scan', { input: { text: `export SLACK_BOT_TOKEN=${value}`, filePaths: ['src/config.ts', 'src/clean.ts'] }, toolInvocationToken: undefined });
      const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('\n');
      assert.match(text, /Text: 1 secret \(slack-bot-token\)/u);
      assert.match(text, /export SLACK_BOT_TOKEN=\[REDACTED:slack-bot-token\]/u);
      assert.match(text, /src\/config\.ts: 1 secret \(github-classic-pat\)\.\n {2}- line 2: github-classic-pat ghp_/u);
      assert.match(text, /src\/clean\.ts: no secrets or personal data found/u);
      assert.ok(!text.includes(value), 'no value in the tool result');
      const fixtureToken = /ghp_\w+/u.exec(fixture)?.[0] ?? 'none';
      assert.ok(!text.includes(fixtureToken), 'no file value in the tool result');
    });
    it('@hygiene /check answers locally with the findings of the prompt and its #file reference and a redacted prompt', async () => {
      // The participant cannot be sent a request in this host (chat is not set up), so its handler
      // runs directly, with the same services the extension builds.
      const value = plant(15);
      const settings = new Settings();
      const log = vscode.window.createOutputChannel('Prompt Hygiene guard test', { log: true });
      try {
        const service = new GuardService({
          extensionContext: { globalStorageUri: vscode.Uri.joinPath(workspaceRoot(), '.prompt-hygiene', 'test-global'), extension: { id: 'test.guard' } },
          settings,
          policy: { resolved: () => DEFAULT_RESOLVED_POLICY, onDidChange: new vscode.EventEmitter<void>().event },
          log,
        });
        let markdown = '';
        const stream = { markdown: (m: string | vscode.MarkdownString) => void (markdown += typeof m === 'string' ? m : m.value) } as unknown as vscode.ChatResponseStream;
        const config = vscode.Uri.joinPath(workspaceRoot(), 'src', 'config.ts');
        const request = { prompt: `why does deploy fail with ${value} #file:config.ts`, command: 'check', references: [{ id: 'vscode.file', value: config }] } as unknown as vscode.ChatRequest;
        const result = await toCheckHandler(service)(request, { history: [] } as unknown as vscode.ChatContext, stream, new vscode.CancellationTokenSource().token);
        assert.deepEqual((result as vscode.ChatResult).metadata, { findings: 2 });
        assert.match(markdown, /\*\*Found 2 secrets \(slack-bot-token, github-classic-pat\)\.\*\*/u);
        assert.match(markdown, /- src\/config\.ts: 1 secret \(github-classic-pat\): ghp_/u);
        assert.ok(markdown.includes('why does deploy fail with [REDACTED:slack-bot-token] #file:config.ts'), 'the redacted prompt is offered');
        assert.ok(!markdown.includes(value), 'no value in the answer');
        assert.equal(service.redactions.size, 1, 'the redaction is remembered for Restore Redacted Values');
      } finally {
        settings.dispose();
        log.dispose();
      }
    });
  });

  describe('paste', () => {
    beforeEach(function () {
      if (!hasHarness()) this.skip();
    });

    it('warn mode: the normal paste stays the default, the provider is asked, and a warning is recorded', async () => {
      const value = plant(2);
      const editor = await openUntitled('first line\n');
      const from = auditEntries().length;
      await harnessPaste(`key=${value}`);
      assert.ok(editor.document.getText().includes(value), 'the original text was pasted');
      assert.ok((await guardState()).pasteSchemes.includes('untitled'));
      const e = await auditEntry(from, (x) => x.surface === 'paste', 'paste warned');
      assert.deepEqual([e.decision, e.findings.map((f) => f.ruleId)], ['warned', ['slack-bot-token']]);
    });

    it('redact mode: the paste inserts the redacted text and the value never reaches the document', async () => {
      await setSetting('guard.paste', 'redact');
      const value = plant(3);
      const editor = await openUntitled('');
      const before = (await guardState()).pasteEditsResolved;
      const from = auditEntries().length;
      await harnessPaste(`SLACK_BOT_TOKEN=${value}`);
      assert.ok(editor.document.getText() === 'SLACK_BOT_TOKEN=[REDACTED:slack-bot-token]', 'the document holds the redacted text only');
      assert.equal((await guardState()).pasteEditsResolved, before + 1, 'VS Code resolved (applied) our edit');
      const e = await auditEntry(from, (x) => x.surface === 'paste' && x.decision === 'redacted', 'paste redacted');
      assert.equal(e.event, 'untitled:redacted');
    });

    it('leaves clean text alone, in redact mode too', async () => {
      await setSetting('guard.paste', 'redact');
      const editor = await openUntitled('');
      await harnessPaste('nothing secret here');
      assert.equal(editor.document.getText(), 'nothing secret here');
    });

    it('reaches the chat input box (chatSessionInput): redact mode pastes the redacted text there, warn mode the original', async function () {
      this.timeout(60_000);
      await withAiFeatures(true, async () => {
        await vscode.commands.executeCommand('workbench.action.chat.open');
        for (const mode of ['redact', 'warn'] as const) {
          await setSetting('guard.paste', mode);
          await vscode.commands.executeCommand('workbench.action.chat.focusInput');
          const value = plant(mode === 'redact' ? 4 : 5);
          const changed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document.uri.scheme === 'chatSessionInput' && e.document.getText().includes('key='), 10_000);
          changed.catch(() => undefined);
          await pasteIntoFocus(`key=${value}`);
          const text = (await changed).document.getText();
          if (mode === 'redact') {
            assert.ok(text.includes('key=[REDACTED:slack-bot-token]') && !text.includes(value), 'the chat input got the redacted text');
          } else {
            assert.ok(text.includes(value), 'warn mode keeps the normal paste in the chat input');
          }
          await harnessKeys(['Control+A', 'Delete']);
        }
        assert.ok((await guardState()).pasteSchemes.includes('chatSessionInput'), 'the provider was asked for the chat input');
      });
    });
  });

  describe('copy', () => {
    beforeEach(function () {
      if (!hasHarness()) this.skip();
    });

    /** Selects the first line of a new editor and copies it with a real Ctrl+C (or the copy command). */
    async function copyLine(content: string, how: 'keys' | 'command'): Promise<void> {
      const editor = await openUntitled(content);
      editor.selection = new vscode.Selection(0, 0, 0, editor.document.lineAt(0).text.length);
      if (how === 'keys') await harnessKeys(['Control+C']);
      else await vscode.commands.executeCommand('editor.action.clipboardCopyAction');
    }

    for (const how of ['command', 'keys'] as const) {
      it(`reaches prepareDocumentPaste (copy by ${how}); redact mode leaves only the redacted text on the clipboard`, async () => {
        await setSetting('guard.copy', 'redact');
        const value = plant(how === 'keys' ? 13 : 6);
        await vscode.env.clipboard.writeText('before');
        const from = auditEntries().length;
        await copyLine(`TOKEN=${value}`, how);
        const clip = await until(async () => {
          const t = await vscode.env.clipboard.readText();
          return t.includes('[REDACTED:') ? t : undefined;
        }, 'the redacted clipboard');
        assert.ok(clip === 'TOKEN=[REDACTED:slack-bot-token]', 'the clipboard holds the redacted line');
        assert.ok((await guardState()).copySchemes.includes('untitled'));
        await auditEntry(from, (x) => x.surface === 'copy' && x.decision === 'redacted', 'copy redacted');
      });
    }

    // NOTE: in headless Chromium the editor's own copy (command or Ctrl+C) reaches our provider
    // but does not land in the clipboard that env.clipboard reads, so these two tests check that
    // the guard itself leaves the clipboard alone (it still holds what the test put there).
    it('warn mode records a warning and does not touch the clipboard without the user\'s choice', async () => {
      const value = plant(7);
      await vscode.env.clipboard.writeText('before');
      const from = auditEntries().length;
      await copyLine(`TOKEN=${value}`, 'keys');
      const e = await auditEntry(from, (x) => x.surface === 'copy', 'copy warned');
      assert.equal(e.decision, 'warned');
      assert.equal(await vscode.env.clipboard.readText(), 'before');
    });

    it('does nothing when the copy guard is off', async () => {
      await setSetting('guard.copy', 'off');
      const value = plant(8);
      await vscode.env.clipboard.writeText('before');
      const copies = (await guardState()).copyEvents;
      const from = auditEntries().length;
      await copyLine(`TOKEN=${value}`, 'keys');
      await until(async () => ((await guardState()).copyEvents > copies ? true : undefined), 'the copy to reach the provider');
      assert.equal(await vscode.env.clipboard.readText(), 'before');
      assert.equal(auditEntries().slice(from).filter((x) => x.surface === 'copy').length, 0);
    });
  });

  describe('commands', () => {
    it('Copy Redacted writes the redacted selection to the clipboard', async () => {
      const value = plant(9);
      await vscode.env.clipboard.writeText('before');
      const editor = await openUntitled(`a\nSLACK=${value}\nb\n`);
      editor.selection = new vscode.Selection(1, 0, 2, 1);
      // (The commands get the editor's URI, as its context menu gives it: without it they act on the
      // active editor, which CI once found to be another one by the time the command ran.)
      const r = await vscode.commands.executeCommand<{ copied: boolean; redacted: number }>('promptHygiene.copyRedacted', editor.document.uri);
      assert.deepEqual(r, { copied: true, redacted: 1 }, `redacted ${r.redacted}; the editor is the active one: ${vscode.window.activeTextEditor?.document === editor.document}, its selection is empty: ${editor.selection.isEmpty}`);
      const copied = await vscode.env.clipboard.readText();
      assert.ok(copied === 'SLACK=[REDACTED:slack-bot-token]\nb', `the clipboard holds the redacted selection, not ${describeText(copied)}`);
    });

    it('Check Clipboard finds what the clipboard holds and changes it only when asked', async () => {
      const value = plant(10);
      await vscode.env.clipboard.writeText(`deploy with ${value}`);
      const keep = await vscode.commands.executeCommand<{ findings: number; redacted: boolean }>('promptHygiene.checkClipboard', { choose: 'keep' });
      assert.deepEqual(keep, { findings: 1, redacted: false });
      assert.ok((await vscode.env.clipboard.readText()) === `deploy with ${value}`, 'keep leaves the clipboard as it was');
      const redact = await vscode.commands.executeCommand<{ findings: number; redacted: boolean }>('promptHygiene.checkClipboard', { choose: 'redact' });
      assert.deepEqual(redact, { findings: 1, redacted: true });
      assert.ok((await vscode.env.clipboard.readText()) === 'deploy with [REDACTED:slack-bot-token]', 'redact replaces the clipboard');
    });

    it('Send Redacted Selection to Chat copies the redacted text when no AI chat is available', async () => {
      await withAiFeatures(false, async () => {
        const value = plant(11);
        await vscode.env.clipboard.writeText('before');
        const editor = await openUntitled(`why? ${value}`);
        editor.selection = new vscode.Selection(0, 0, 0, editor.document.getText().length);
        const r = await vscode.commands.executeCommand<{ sent: boolean; copied: boolean; redacted: number }>('promptHygiene.sendRedactedToChat', editor.document.uri);
        assert.deepEqual(r, { sent: false, copied: true, redacted: 1 });
        assert.ok((await vscode.env.clipboard.readText()) === 'why? [REDACTED:slack-bot-token]', 'the clipboard holds the redacted text');
      });
    });

    it('Send Redacted Selection to Chat opens the chat with the redacted text as an unsent query', async function () {
      this.timeout(30_000);
      await withAiFeatures(true, async () => {
        const value = plant(14);
        const editor = await openUntitled(`why does this fail? ${value}`);
        editor.selection = new vscode.Selection(0, 0, 0, editor.document.getText().length);
        const changed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document.uri.scheme === 'chatSessionInput' && e.document.getText().includes('why does this fail?'), 15_000);
        changed.catch(() => undefined);
        const r = await vscode.commands.executeCommand<{ sent: boolean; copied: boolean; redacted: number }>('promptHygiene.sendRedactedToChat', editor.document.uri);
        assert.deepEqual(r, { sent: true, copied: false, redacted: 1 });
        const input = (await changed).document.getText();
        assert.ok(input.includes('why does this fail? [REDACTED:slack-bot-token]') && !input.includes(value), 'the chat input holds the redacted query');
        await vscode.commands.executeCommand('workbench.action.chat.focusInput');
        await harnessKeys(['Control+A', 'Delete']);
      });
    });

    it('Copy Redacted from the context menu acts on the editor it was opened on, not the active one', async () => {
      const value = plant(15);
      const clicked = await openUntitled(`KEY=${value}`);
      const other = await vscode.window.showTextDocument(await openUntitledDocument('nothing here'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
      await until(() => (vscode.window.activeTextEditor?.document === other.document ? true : undefined), 'the other editor to be active');
      const r = await vscode.commands.executeCommand<{ copied: boolean; redacted: number }>('promptHygiene.copyRedacted', clicked.document.uri);
      // (One finding: the other editor, active when the command ran, holds none. What lands on the
      // clipboard is the test above's; here a read of the browser's clipboard once came back without
      // the text, after the second editor group had opened.)
      assert.deepEqual(r, { copied: true, redacted: 1 });
    });

    it('Restore Redacted Values puts this window\'s values back into an answer', async () => {
      // A kind of secret no other test here redacts, so the answer's placeholder can only be this
      // test's (a Slack placeholder is also in the mappings earlier tests left; the newest wins, and
      // CI once restored an earlier test's value). The commands get the editors' URIs, as the
      // context menu gives them, so a focus change in between cannot redirect them.
      const value = plant(12, stripeKey);
      const source = await openUntitled(`STRIPE=${value}`);
      source.selection = new vscode.Selection(0, 0, 0, source.document.getText().length);
      const remembered = (await guardState()).redactionsRemembered;
      assert.deepEqual(await vscode.commands.executeCommand('promptHygiene.copyRedacted', source.document.uri), { copied: true, redacted: 1 });
      const afterCopy = await guardState();
      assert.equal(afterCopy.redactionsRemembered, Math.min(remembered + 1, MAX_REMEMBERED_REDACTIONS));
      assert.deepEqual(afterCopy.newestRedactionRules, ['stripe-live-secret-key'], 'Copy Redacted redacted the source editor\'s key (and not another editor\'s value)');
      const answer = await openUntitled('Set [REDACTED:stripe-live-secret-key] in your environment.');
      answer.selection = new vscode.Selection(0, 0, 0, answer.document.getText().length);
      const r = await vscode.commands.executeCommand<{ restored: number; reason?: string }>('promptHygiene.restoreRedacted', answer.document.uri);
      assert.deepEqual(r, { restored: 1 }, `restored ${r.restored} (${r.reason ?? ''}); the answer is the active editor: ${vscode.window.activeTextEditor?.document === answer.document}, its selection is empty: ${answer.selection.isEmpty}, ${answer.document.getText().length} characters`);
      // (The edit is applied when applyEdit resolves; the extension host's copy of the document can
      // take a moment longer to hear of it: one CI run read the old text right after the command.)
      try {
        await until(() => (answer.document.getText() === `Set ${value} in your environment.` ? true : undefined), 'the placeholder to be replaced by the value in the answer');
      } catch (e) {
        // Say what the answer holds instead, by planted value's index and without any value.
        const text = answer.document.getText();
        throw new Error(`${(e as Error).message}; the answer holds ${describeText(text)} (this test planted #${planted.indexOf(value)})`);
      }
    });

    it('Install Agent Hook merges into .claude/settings.json, keeps what was there, and does not add twice', async () => {
      const root = workspaceRoot();
      const file = vscode.Uri.joinPath(root, '.claude', 'settings.json');
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{\n  // mine\n  "model": "opus"\n}\n'));
      const first = await vscode.commands.executeCommand<{ changed: boolean }>('promptHygiene.installAgentHook', { agent: 'claude-code', scope: 'project' });
      assert.equal(first.changed, true);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      assert.ok(text.includes('// mine') && text.includes('"model": "opus"'), 'existing settings survive');
      assert.equal(text.split('prompt-hygiene hook claude-code').length - 1, 2, 'one entry per event');
      assert.ok(existsSync(`${file.fsPath}.bak`), 'a backup was written');
      const second = await vscode.commands.executeCommand<{ changed: boolean }>('promptHygiene.installAgentHook', { agent: 'claude-code', scope: 'project' });
      assert.equal(second.changed, false);
      const vs = await vscode.commands.executeCommand<{ file: string; changed: boolean }>('promptHygiene.installAgentHook', { agent: 'vscode', scope: 'project' });
      assert.equal(vs.changed, true);
      assert.ok(vs.file.endsWith('/.github/hooks/prompt-hygiene.json'));
    });

    it('Show Audit Log lists the decisions, and neither it nor the log holds any planted value', async () => {
      const lines = await vscode.commands.executeCommand<number>('promptHygiene.showAuditLog');
      assert.ok(lines > 3);
      const doc = vscode.window.activeTextEditor?.document;
      assert.equal(doc?.uri.scheme, 'prompt-hygiene-audit');
      const report = doc?.getText() ?? '';
      assert.match(report, /copy {2}\| {2}redacted/u);
      assert.match(report, /slack-bot-token/u);
      const log = readFileSync(auditFile(), 'utf8');
      assert.ok(planted.length >= 10);
      for (const v of planted) {
        assert.ok(!report.includes(v), 'no planted value in the report');
        assert.ok(!log.includes(v), 'no planted value in the audit log');
      }
      assert.match(readFileSync(join(workspaceRoot().fsPath, '.prompt-hygiene', '.gitignore'), 'utf8'), /^\*$/mu);
    });
  });
});
