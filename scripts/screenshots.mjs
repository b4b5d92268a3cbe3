// `npm run screenshots`: regenerates the README screenshots in media/screenshots/ from the real
// VS Code test host (code-server + headless Chromium, test/host/run.mjs). It builds the tests and
// the extension, makes sure the host is installed, and runs only test/integration/
// screenshots.test.ts (defined when PH_SCREENSHOTS=1), whose tests ask the runner for each
// picture through the HARNESS_SCREENSHOT marker. Pictures of features that fail are missing
// from the list printed at the end; the others are still written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.env.PH_SCREENSHOT_DIR || join('media', 'screenshots'));
const EXPECTED = ['diagnostics-hover', 'quick-fix-menu', 'paste-guard', 'copy-guard', 'policy-details', 'status-bar', 'highlighting', 'walkthrough'];

function step(title, command, args, env = {}) {
  console.log(`[screenshots] ${title}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  // tsc emits even with type errors elsewhere; a missing out/ file would fail the run below.
  step('compiling the tests (tsc)', process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--outDir', 'out']);
  if (step('bundling the extension (esbuild)', process.execPath, ['esbuild.mjs']) !== 0) process.exit(2);
  if (step('checking the test host', 'bash', ['test/host/setup.sh']) !== 0) process.exit(2);
}

mkdirSync(outDir, { recursive: true });
const started = Date.now();
const code = step('taking the screenshots in the test host', process.execPath, ['test/host/run.mjs'], {
  PH_SCREENSHOTS: '1',
  PH_SCREENSHOT_DIR: outDir,
  PH_TEST_GREP: 'README screenshots',
});

const fresh = readdirSync(outDir)
  .filter((f) => f.endsWith('.png') && !f.endsWith('.partial.png'))
  .map((f) => ({ name: f.slice(0, -4), path: join(outDir, f), stat: statSync(join(outDir, f)) }))
  .filter((f) => f.stat.mtimeMs >= started);
console.log(`\n[screenshots] written to ${relative(root, outDir) || '.'}:`);
for (const f of fresh) console.log(`  ${f.name}.png  ${(f.stat.size / 1024).toFixed(0)} KB`);
const missing = EXPECTED.filter((n) => !fresh.some((f) => f.name === n));
if (missing.length > 0) {
  console.log(`[screenshots] not taken this run: ${missing.join(', ')}${missing.some((n) => existsSync(join(outDir, `${n}.png`))) ? ' (older copies kept)' : ''}`);
}
process.exit(code === 0 && missing.length === 0 ? 0 : 1);
