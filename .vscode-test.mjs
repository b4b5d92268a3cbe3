// The desktop route (`npm run test:desktop`): @vscode/test-cli downloads VS Code from
// Microsoft's update server, so it needs internet. Offline, and in CI, use
// `npm run test:integration` (test/host/run.mjs, code-server + headless Chromium) instead.
// Both run the same out/test/integration/**/*.test.js files.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Tests may edit the workspace, so they get a fresh copy of the fixture folder.
const workspaceFolder = join(mkdtempSync(join(tmpdir(), 'ph-desktop-')), 'workspace');
cpSync(fileURLToPath(new URL('test/fixtures/workspace', import.meta.url)), workspaceFolder, { recursive: true });

export default defineConfig({
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 20_000, grep: process.env.PH_TEST_GREP || undefined },
});
