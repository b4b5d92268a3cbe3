#!/usr/bin/env node
// Runs the integration tests in a real VS Code extension host, offline: code-server (VS Code
// server + Node extension host) with headless Chromium as the workbench client, driven by
// playwright-core. Build the host once with `bash test/host/setup.sh`.
//
//   node test/host/run.mjs                 (after `npm run compile-tests && node esbuild.mjs`)
//
// Environment:
//   PH_TEST_GREP         only run tests whose full title matches (mocha grep)
//   PH_TEST_TIMEOUT_MS   whole-run timeout, default 600000; exit code 124 when hit
//   PH_TEST_WORKSPACE    folder to copy and open instead of test/fixtures/workspace
//   PH_EXTENSION_PATH    extension folder to test instead of the repo root, or a .vsix file
//                        (installed into the temporary extensions dir, e.g. to test a package)
//   PH_TESTS_PATH        tests module instead of out/test/integration/index.js
//   PH_TEST_HOST_CACHE   where setup.sh put the host (default ~/.cache/prompt-hygiene-test-host)
//   PH_CHROMIUM          Chromium executable (default /usr/bin/chromium)
//   PH_TEST_VERBOSE=1    also print the whole workbench log and the server's output
//
// Harness markers: a test that logs one of these lines (see test/integration/helpers.ts) gets
// a real browser action, then an acknowledgement file `<PH_HARNESS_DIR>/<id>.json`:
//   HARNESS_PASTE {"id","text"}                  DOM paste event on document.activeElement
//   HARNESS_KEYS {"id","keys":["Control+A",{"type":"abc"}]}   page.keyboard.press / type
//   HARNESS_SCREENSHOT {"id","path","clip"?,"selector"?}      page.screenshot to path
//     optional before the shot: "hover" (selector the mouse moves over, e.g. a status bar item),
//     "waitFor" (selector that must be visible first), "settleMs" (a pause for animations)
//
// Exit code: the tests' (0 passed, 1 failed), 124 on timeout, 2 when the host is missing or
// could not start. The server's process group, the browser and the temp folder are removed in
// every case. Each run's logs (workbench, server, extension host) are kept in
// .vscode-test/host-logs/<time>-<pid>/, the newest 10 runs.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = process.env;
const cacheDir = resolve(env.PH_TEST_HOST_CACHE || join(homedir(), '.cache', 'prompt-hygiene-test-host'));
const chromiumPath = env.PH_CHROMIUM || '/usr/bin/chromium';
const timeoutMs = Number(env.PH_TEST_TIMEOUT_MS || 600_000);
const verbose = env.PH_TEST_VERBOSE === '1';
const started = Date.now();
// One folder per run, so parallel runs don't clobber each other's logs; the newest few are kept.
const logsRoot = join(repoRoot, '.vscode-test', 'host-logs');
const logsDir = join(logsRoot, `${new Date(started).toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
const KEEP_LOG_RUNS = 10;
let stopping = false; // set once a timeout or signal has started the shutdown

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Quiet, deterministic user settings: nothing phones home, nothing opens on start.
const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'files.autoSave': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // the Chat view; tests can open it
};

const say = (msg) => console.log(`[host] ${msg}`);

/** Thrown for setup problems: exit code 2 with a one-line reason. */
class HostError extends Error {}

function requireHost() {
  const stamp = join(cacheDir, 'stamp.json');
  const nodeBin = join(cacheDir, 'node', 'bin', 'node');
  const entry = join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(stamp) || !existsSync(nodeBin) || !existsSync(entry)) {
    throw new HostError(`the test host is not installed in ${cacheDir}: run test/host/setup.sh (npm run test:host:setup)`);
  }
  if (!existsSync(chromiumPath)) throw new HostError(`no Chromium at ${chromiumPath}: run test/host/setup.sh, or set PH_CHROMIUM`);
  const versions = JSON.parse(readFileSync(stamp, 'utf8'));
  // setup.sh holds the pins; a host built from older pins must be rebuilt first.
  const script = readFileSync(join(repoRoot, 'test', 'host', 'setup.sh'), 'utf8');
  const pin = (name) => new RegExp(`^${name}=(\\S+)`, 'm').exec(script)?.[1];
  const wanted = { node: pin('NODE_VERSION'), codeServer: pin('CODE_SERVER_VERSION'), playwrightCore: pin('PLAYWRIGHT_CORE_VERSION') };
  for (const [key, value] of Object.entries(wanted)) {
    if (value && versions[key] !== value) throw new HostError(`the test host in ${cacheDir} has ${key} ${versions[key]}, setup.sh pins ${value}: run test/host/setup.sh`);
  }
  const { chromium } = createRequire(join(cacheDir, 'package.json'))('playwright-core');
  return { nodeBin, entry, chromium, versions };
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth(url, server, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new HostError(`code-server exited early (${server.exitCode ?? server.signalCode}); see ${logsDir}/server.log`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new HostError(`code-server did not answer ${url} within ${ms} ms; see ${logsDir}/server.log`);
}

/** Turns one workbench log call into plain text: drops `%c` styling and its CSS arguments. */
function toLine(args) {
  const parts = Array.isArray(args) ? [...args] : [args];
  const first = typeof parts[0] === 'string' ? parts[0] : '';
  const styles = (first.match(/%c/g) || []).length;
  if (styles) parts.splice(0, 1 + styles, first.replace(/%c/g, ''));
  return parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
}

// test/integration/index.ts starts every extension-host console line with this invisible tag;
// the workbench's own log lines (connection info, failed open-vsx lookups...) have none.
const OUTPUT_TAG = '\u200b';
const MARKER = /\bHARNESS_(PASTE|KEYS|SCREENSHOT) (\{.*\}|".*")\s*$/s;

async function main() {
  const host = requireHost();
  const extensionArg = env.PH_EXTENSION_PATH ? resolve(env.PH_EXTENSION_PATH) : repoRoot;
  const testsPath = resolve(env.PH_TESTS_PATH || join(repoRoot, 'out', 'test', 'integration', 'index.js'));
  const workspaceSrc = resolve(env.PH_TEST_WORKSPACE || join(repoRoot, 'test', 'fixtures', 'workspace'));
  if (!existsSync(testsPath)) throw new HostError(`no tests module at ${testsPath}: run npm run compile-tests`);
  if (!existsSync(extensionArg)) throw new HostError(`no extension at ${extensionArg}`);
  if (!existsSync(workspaceSrc)) throw new HostError(`no workspace folder at ${workspaceSrc}`);
  const isVsix = extensionArg.endsWith('.vsix');
  if (!isVsix && !existsSync(join(extensionArg, 'package.json'))) throw new HostError(`${extensionArg} has no package.json`);

  const tmp = mkdtempSync(join(tmpdir(), 'ph-host-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  mkdirSync(logsDir, { recursive: true });
  pruneOldLogs();

  const workspace = join(tmp, 'workspace');
  cpSync(workspaceSrc, workspace, { recursive: true });
  const userDataDir = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  const harnessDir = join(tmp, 'harness');
  for (const d of [join(userDataDir, 'User'), extensionsDir, harnessDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  // code-server's config, logs, IPC sockets and temp files go to the temp folder, not to
  // ~/.config, ~/.local or /tmp, so nothing outlives the run. The extension host inherits this
  // environment (and PH_TEST_GREP, PH_HARNESS_DIR).
  const serverTmp = join(tmp, 'tmp');
  mkdirSync(serverTmp);
  const serverEnv = {
    ...env,
    TMPDIR: serverTmp,
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
    PH_HARNESS_DIR: harnessDir,
  };
  const baseArgs = [host.entry, '--config', join(tmp, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const serverLog = createWriteStream(join(logsDir, 'server.log'));

  let extensionPath = extensionArg;
  if (isVsix) {
    // Install it as a user would, then run the tests against the installed copy (the
    // workbench only starts a test run for a development extension).
    say(`installing ${extensionArg}`);
    const code = await new Promise((res) => {
      const p = spawn(host.nodeBin, [...baseArgs, '--install-extension', extensionArg, '--force'], { env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      p.stdout.pipe(serverLog, { end: false });
      p.stderr.pipe(serverLog, { end: false });
      p.on('exit', res);
    });
    if (code !== 0) throw new HostError(`installing ${extensionArg} failed; see ${logsDir}/server.log`);
    const installed = readdirSync(extensionsDir, { withFileTypes: true }).filter((d) => d.isDirectory());
    if (installed.length !== 1) throw new HostError(`expected one installed extension in ${extensionsDir}, found ${installed.length}`);
    extensionPath = join(extensionsDir, installed[0].name);
  }

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  say(`code-server ${host.versions.codeServer} on ${origin} (Node ${host.versions.node})`);
  const server = spawn(
    host.nodeBin,
    [
      ...baseArgs,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { env: serverEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.push(() => {
    // After the server stops: keep its logs (extension host, remote agent) with the others.
    cpSync(join(userDataDir, 'logs'), join(logsDir, 'server-logs'), { recursive: true });
    return new Promise((res) => serverLog.end(res));
  });
  cleanups.push(() => killGroup(server));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  if (verbose) {
    server.stdout.on('data', (d) => process.stdout.write(`[server] ${d}`));
    server.stderr.on('data', (d) => process.stdout.write(`[server] ${d}`));
  }
  await waitForHealth(`${origin}/healthz`, server, 60_000);

  const browser = await host.chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    // Chromium's crash reporter writes to $XDG_CONFIG_HOME/chromium despite --user-data-dir.
    env: { ...env, XDG_CONFIG_HOME: join(tmp, 'browser-config'), XDG_CACHE_HOME: join(tmp, 'browser-cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => Promise.race([browser.close(), sleep(5000)]));
  if (stopping) throw new HostError('stopped while starting');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();

  let settle;
  const outcome = new Promise((res) => (settle = res));
  page.on('crash', () => settle({ code: 1, why: 'the workbench page crashed' }));
  page.on('close', () => settle({ code: 1, why: 'the workbench page closed' }));
  server.on('exit', (c, s) => settle({ code: 1, why: `code-server exited (${c ?? s}) during the run` }));

  const workbenchLog = createWriteStream(join(logsDir, 'workbench.log'));
  let queue = Promise.resolve(); // harness actions run one at a time, in log order
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    // The page may still log while the run closes, after the log file has ended: those lines are
    // dropped (writing them threw ERR_STREAM_WRITE_AFTER_END and failed a passed run).
    if (workbenchLog.writableEnded) return;
    const line = toLine(args);
    const marker = MARKER.exec(line);
    if (marker) {
      const [, kind, json] = marker;
      workbenchLog.write(`[${level}] HARNESS_${kind} (${json.length} chars)\n`); // may carry pasted text
      queue = queue.then(() => runMarker(page, kind, json, harnessDir));
      return;
    }
    workbenchLog.write(`[${level}] ${line}\n`);
    if (line.startsWith(OUTPUT_TAG)) console.log(line.slice(OUTPUT_TAG.length));
    else if (verbose) console.log(`[workbench:${level}] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
      const file = join(logsDir, 'vscode', relativePath);
      if (!file.startsWith(join(logsDir, 'vscode'))) continue;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
    }
    settle({ code: Number(code) === 0 ? 0 : 1 });
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`workbench: extension ${extensionPath}, tests ${testsPath}${env.PH_TEST_GREP ? `, grep ${JSON.stringify(env.PH_TEST_GREP)}` : ''}`);
  await page.goto(url);

  const result = await outcome;
  await queue.catch(() => {});
  if (stopping) return result.code;
  if (result.why) console.error(`[host] ${result.why}`);
  say(`tests ${result.code === 0 ? 'passed' : 'FAILED'} (exit ${result.code}) in ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${logsDir}`);
  workbenchLog.end();
  return result.code;
}

/** Performs one harness action in the page and writes its acknowledgement file. */
async function runMarker(page, kind, json, harnessDir) {
  let request;
  try {
    request = JSON.parse(json);
  } catch {
    console.error(`[host] HARNESS_${kind}: unreadable JSON`);
    return;
  }
  if (typeof request === 'string') request = kind === 'PASTE' ? { text: request } : { path: request };
  const id = typeof request.id === 'string' && /^[\w.-]+$/.test(request.id) ? request.id : undefined;
  let ack;
  try {
    if (kind === 'PASTE') {
      // Logs say how much was pasted, never what: tests paste (fake) secrets.
      say(`paste (${String(request.text).length} chars)`);
      const target = await page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const el = document.activeElement || document.body;
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return el.tagName + (el.className ? `.${String(el.className).split(' ')[0]}` : '');
      }, String(request.text));
      ack = { ok: true, target };
    } else if (kind === 'KEYS') {
      const keys = Array.isArray(request.keys) ? request.keys : [request.keys];
      say(`keys ${keys.map((k) => (typeof k === 'string' ? k : `type(${String(k.type).length} chars)`)).join(' ')}`);
      for (const k of keys) {
        if (typeof k === 'string') await page.keyboard.press(k);
        else await page.keyboard.type(String(k.type), { delay: Number(k.delay) || 0 });
      }
      ack = { ok: true };
    } else {
      const path = isAbsolute(request.path) ? request.path : resolve(repoRoot, request.path);
      mkdirSync(dirname(path), { recursive: true });
      const partial = `${path}.partial.png`;
      if (request.hover) await page.hover(request.hover, { timeout: 10_000 });
      if (request.waitFor) await page.locator(request.waitFor).first().waitFor({ state: 'visible', timeout: 10_000 });
      if (request.settleMs) await sleep(Math.min(Number(request.settleMs) || 0, 5000));
      if (request.selector) await page.locator(request.selector).first().screenshot({ path: partial });
      else await page.screenshot({ path: partial, clip: request.clip });
      renameSync(partial, path);
      say(`screenshot ${path}`);
      ack = { ok: true, path };
    }
  } catch (err) {
    console.error(`[host] HARNESS_${kind} failed: ${err?.message ?? err}`);
    ack = { ok: false, error: String(err?.message ?? err) };
  }
  if (id) {
    const file = join(harnessDir, `${id}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(ack));
    renameSync(`${file}.tmp`, file);
  }
}

function pruneOldLogs() {
  const runs = readdirSync(logsRoot).filter((name) => /^\d{4}-\d\d-\d\dT[\d-]+Z-\d+$/.test(name)).sort().reverse();
  for (const old of runs.slice(KEEP_LOG_RUNS)) rmSync(join(logsRoot, old), { recursive: true, force: true });
}

function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return undefined;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return undefined;
  }
  return new Promise((res) => {
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      res();
    }, 3000);
    child.once('exit', () => {
      clearTimeout(force);
      // The extension host and its helpers share the group; make sure none outlive the server.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // group already empty
      }
      res();
    });
  });
}

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch {
        // best effort: keep cleaning
      }
    }
  })();
  return cleaning;
}

// A timeout or a signal decides the exit code; whatever main() does afterwards (the browser
// it was using just closed under it) is not reported.
let forcedExit;
function stop(code, why) {
  if (forcedExit !== undefined) return;
  forcedExit = code;
  stopping = true;
  console.error(`[host] ${why}`);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    stop(code, `${signal}: stopping`);
    cleanup().finally(() => process.exit(forcedExit));
  });
}

const timer = setTimeout(() => {
  stop(124, `timed out after ${timeoutMs} ms (PH_TEST_TIMEOUT_MS)`);
  cleanup().finally(() => process.exit(forcedExit));
}, timeoutMs);

let exitCode;
try {
  exitCode = await main();
} catch (err) {
  if (!stopping) console.error(`[host] ${err instanceof HostError ? err.message : err?.stack ?? err}`);
  exitCode = 2;
}
clearTimeout(timer);
await cleanup();
process.exit(forcedExit ?? exitCode);
