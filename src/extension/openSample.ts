import * as vscode from 'vscode';
import { toSampleText } from './sampleText';

export const OPEN_SAMPLE_COMMAND = 'promptHygiene.openSample';

/** `Prompt Hygiene: Open Sample with Fake Secrets`: an untitled document to try the quick fixes on. */
export function registerOpenSample(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: toSampleText() });
    return vscode.window.showTextDocument(doc);
  });
}
