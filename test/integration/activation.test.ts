import assert from 'node:assert/strict';
import * as vscode from 'vscode';

// `${publisher}.${name}` from package.json.
const EXTENSION_ID = 'prompt-hygiene.prompt-hygiene';

describe('extension activation', () => {
  it('is installed in the extension host under its marketplace id', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  it('activates and exports an API that reports its version', async () => {
    const extension = vscode.extensions.getExtension<{ version?: unknown }>(EXTENSION_ID);
    assert.ok(extension);
    const api = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.equal(typeof api?.version, 'string');
    assert.match(api.version as string, /^\d+\.\d+\.\d+/u);
  });
});
