// The test entry point the extension host loads (`extensionTestsPath`). It runs every
// out/test/integration/**/*.test.js file with mocha and settles when they finish: resolved
// means all passed, rejected means at least one failed. The same module serves both routes:
// test/host/run.mjs (code-server, offline) and `npm run test:desktop` (@vscode/test-cli).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * Every `*.test.js` file under `dir`, sorted so the order is the same on every machine; with
 * PH_BENCH set, the `*.bench.js` benchmarks too (they measure, they don't test, so a normal run
 * doesn't load them at all rather than listing them as pending).
 */
function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.isFile() && (entry.name.endsWith('.test.js') || (process.env.PH_BENCH && entry.name.endsWith('.bench.js')))) {
      found.push(full);
    }
  }
  return found.sort();
}

/**
 * test/host/run.mjs forwards to its stdout only the workbench-log lines that start with this
 * invisible tag, which tells extension-host console output (tests, reporter, the extension
 * itself) apart from the workbench's own log. Formatting here also keeps calls whose first
 * argument is not a string, which the workbench log would drop.
 */
const OUTPUT_TAG = '\u200b';

function tagConsoleOutput(): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    // The extension host installs its forwarding methods as getters with a no-op setter, so a
    // plain assignment is ignored; redefining the (configurable) property works.
    const forward = console[level];
    const tagged = (...args: unknown[]): void => forward.call(console, OUTPUT_TAG + format(...args));
    try {
      Object.defineProperty(console, level, { value: tagged, writable: true, configurable: true, enumerable: true });
    } catch {
      // Not redefinable in this host: output stays untagged (PH_TEST_VERBOSE=1 shows it).
    }
  }
}

export function run(): Promise<void> {
  tagConsoleOutput();
  // The workbench log applies no printf formatting, so the reporter's `%s`/`%d` templates
  // are expanded here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));

  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec' });
  const grep = process.env.PH_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of findTestFiles(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
