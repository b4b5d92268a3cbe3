import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanFileJob } from '../../../src/cli/fileScan';
import { scanWithWorkers, startWorkers, toBatches, workerScriptPath } from '../../../src/cli/workerPool';
import type { FileJob } from '../../../src/cli/fileScan';
import { put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';

function job(index: number, size: number): FileJob {
  return { index, abs: `/x/${index}`, file: `${index}`, size };
}

function workerScript(): string {
  const script = workerScriptPath();
  assert.ok(script, 'the compiled worker script is next to the pool');
  return script;
}

describe('scan worker pool', () => {
  after(removeTempDirs);

  it('batches every file exactly once, biggest files first, several batches per worker', () => {
    const jobs = [job(0, 10), job(1, 3_000_000), job(2, 500), ...Array.from({ length: 150 }, (_, i) => job(3 + i, 100))];
    const batches = toBatches(jobs, 2);
    assert.ok(batches.length >= 8);
    const indexes = batches.flat().map((j) => j.index).sort((a, b) => a - b);
    assert.deepEqual(indexes, jobs.map((j) => j.index));
    assert.deepEqual(batches[0]?.map((j) => j.index), [1]);
    assert.ok(batches.every((b) => b.length <= 64));
  });

  it('gives the same findings, in the same order, on worker threads as in-process', async () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) {
      put(dir, `d${i % 3}/f${i}.txt`, i % 2 === 0 ? `line\nkey${i}=${slackToken(i)}\n` : 'clean\n');
    }
    put(dir, 'big.txt', `${'filler line\n'.repeat(20_000)}t=${slackToken(99)}\n`);
    const pooled = await runCli(dir, ['scan', '-f', 'jsonl', '--verbose', '.'], { env: { PROMPT_HYGIENE_WORKERS: '2' } });
    const local = await runCli(dir, ['scan', '-f', 'jsonl', '--verbose', '.'], { env: { PROMPT_HYGIENE_WORKERS: '0' } });
    assert.match(pooled.stderr, /scanned 13 files with 2 worker threads and the main thread/u);
    assert.match(local.stderr, /scanned 13 files in-process/u);
    assert.equal(pooled.code, 1);
    assert.equal(pooled.stdout, local.stdout);
    assert.equal(pooled.stdout.trim().split('\n').length, 7);
  });

  it('with one worker, leaves two-byte texts to the main thread and finds the same as in-process', async () => {
    const dir = tempDir();
    const jobs: FileJob[] = [];
    for (let i = 0; i < 8; i++) {
      // Japanese text (code units above U+00FF) in every other file; Latin-1 only (é) in the rest.
      const text = i % 2 === 0 ? `設定ファイル\nkey${i}=${slackToken(i)}\n` : `café\nkey${i}=${slackToken(i)}\n`;
      jobs.push({ index: i, abs: put(dir, `f${i}.txt`, text), file: `f${i}.txt`, size: Buffer.byteLength(text) });
    }
    const { results, stats } = await scanWithWorkers(jobs, startWorkers(workerScript(), { categories: [] }, 1), {}, () => undefined, true);
    assert.equal(stats.failedWorkers, 0);
    assert.ok(stats.handedBack > 0, 'the worker handed two-byte files back');
    assert.ok(stats.handedBack <= 4, 'only two-byte files were handed back');
    assert.deepEqual(results.map((r) => [r.file, r.findings.length]), jobs.map((j) => [j.file, 1]));
    // Two workers beside the main thread scan everything themselves.
    const two = await scanWithWorkers(jobs, startWorkers(workerScript(), { categories: [] }, 2), {}, () => undefined, true);
    assert.equal(two.stats.handedBack, 0);
    assert.deepEqual(two.results.map((r) => r.findings.length), results.map((r) => r.findings.length));
  });

  it('tells the engine of a worker sent one-byte texts only to compile its helper patterns for those alone', async () => {
    // The worker's first import sets the engine's global before the engine loads.
    const probe = (oneByteTexts: boolean): Promise<unknown> =>
      new Promise((resolveProbe, reject) => {
        const code = `const { parentPort } = require('node:worker_threads');
          require(${JSON.stringify(join(__dirname, '../../../src/cli/workerNative.js'))});
          parentPort.postMessage(require(${JSON.stringify(join(__dirname, '../../../src/engine/scan/nativeRegex.js'))}).nativeTwoByteHelpers());`;
        const w = new Worker(code, { eval: true, workerData: { categories: [], oneByteTexts } });
        w.once('message', (m) => void w.terminate().then(() => resolveProbe(m)));
        w.once('error', reject);
      });
    assert.equal(await probe(true), false);
    assert.equal(await probe(false), true);
  });

  it("tells the engine of the CLI's main thread to compile helper patterns for one-byte texts alone where regexp tier-up is off", () => {
    // bin.ts imports v8Flags first; a helper's two-byte code is then compiled on its first use.
    const code = `require(${JSON.stringify(join(__dirname, '../../../src/cli/v8Flags.js'))});
      process.stdout.write(String(require(${JSON.stringify(join(__dirname, '../../../src/engine/scan/nativeRegex.js'))}).nativeTwoByteHelpers()));`;
    const withFlags = execFileSync(process.execPath, ['-e', code]).toString();
    const v8Major = Number(process.versions.v8.split('.')[0]);
    assert.equal(withFlags, v8Major >= 11 && v8Major <= 13 ? 'false' : 'true');
    const without = execFileSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(__dirname, '../../../src/engine/scan/nativeRegex.js'))}).nativeTwoByteHelpers()))`]).toString();
    assert.equal(without, 'true');
  });

  it('scans two-byte texts right in a worker started for one-byte texts only', async () => {
    const dir = tempDir();
    const jobs: FileJob[] = [];
    for (let i = 0; i < 6; i++) {
      const text = `担当者: 山田\nmail: kestrel.owner${i}@kestrel-mail.de\nkey${i}=${slackToken(i)}\n`;
      jobs.push({ index: i, abs: put(dir, `f${i}.txt`, text), file: `f${i}.txt`, size: Buffer.byteLength(text) });
    }
    // Two workers, so neither hands texts back: the one-byte-only one scans two-byte texts too.
    const { results, stats } = await scanWithWorkers(jobs, startWorkers(workerScript(), { categories: [], oneByteTexts: true }, 2), {}, () => undefined, true);
    assert.equal(stats.handedBack, 0);
    const inProcess = jobs.map((j) => scanFileJob(j, {}));
    assert.deepEqual(results, inProcess);
    assert.ok(results.every((r) => r.findings.some((f) => f.ruleId === 'email-address') && r.findings.some((f) => f.category === 'secret')));
  });

  it('rescans in-process what crashed workers leave behind', async () => {
    const dir = tempDir();
    const broken = put(dir, 'brokenWorker.js', "throw new Error('worker failed to start');\n");
    const jobs: FileJob[] = [0, 1, 2].map((i) => {
      const text = `k=${slackToken(i)}\n`;
      return { index: i, abs: put(dir, `f${i}.txt`, text), file: `f${i}.txt`, size: text.length };
    });
    let reported = 0;
    const { results, stats } = await scanWithWorkers(jobs, startWorkers(broken, { categories: [] }, 2), {}, (batch) => {
      reported += batch.length;
    });
    assert.equal(stats.failedWorkers, 2);
    assert.equal(reported, 3);
    assert.deepEqual(results.map((r) => [r.file, r.findings.length]), [['f0.txt', 1], ['f1.txt', 1], ['f2.txt', 1]]);
  });

  it('copes with workers that died before the scan began (started early, during the walk)', async () => {
    const dir = tempDir();
    const broken = put(dir, 'brokenWorker.js', "throw new Error('worker failed to start');\n");
    const text = `k=${slackToken(7)}\n`;
    const jobs: FileJob[] = [{ index: 0, abs: put(dir, 'f.txt', text), file: 'f.txt', size: text.length }];
    const early = startWorkers(broken, { categories: [] }, 2);
    await Promise.all(early.map((w) => new Promise((r) => w.once('exit', r))));
    const { results, stats } = await scanWithWorkers(jobs, early, {}, () => undefined);
    assert.equal(stats.failedWorkers, 1, 'one worker was needed for one batch; it was found dead');
    assert.deepEqual(results.map((r) => [r.file, r.findings.length]), [['f.txt', 1]]);
  });

  it('scans a file of the largest default size within the heap limit of a worker', async () => {
    // Workers run with a capped heap (toWorkerOldGenerationMb); a 5 MB file of dense findings
    // must still scan there, not crash the worker and fall back to the main thread.
    const dir = tempDir();
    const line = (i: number): string => `user${i}@mail.acme-corp.com key${i}=${slackToken(i % 50)} 4111 1111 1111 1111\n`;
    let text = '';
    for (let i = 0; text.length < 5 * 1024 * 1024 - 200; i++) text += line(i);
    const jobs: FileJob[] = [{ index: 0, abs: put(dir, 'dense.txt', text), file: 'dense.txt', size: text.length }];
    const { results, stats } = await scanWithWorkers(jobs, startWorkers(workerScript(), { categories: [] }, 1), {}, () => undefined);
    assert.equal(stats.failedWorkers, 0);
    assert.ok((results[0]?.findings.length ?? 0) >= 10_000, 'the worker returned its findings');
  });

  it('rejects a malformed PROMPT_HYGIENE_WORKERS', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', 'clean\n');
    const r = await runCli(dir, ['scan', '.'], { env: { PROMPT_HYGIENE_WORKERS: 'many' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /PROMPT_HYGIENE_WORKERS/u);
  });
});
