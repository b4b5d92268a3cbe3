import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Category } from '../engine/index';
import { scanFileJob } from './fileScan';
import type { FileJob, FileResult } from './fileScan';
import type { PolicyScanOptions } from './policy';

/** What every worker is started with: enough to rebuild the main thread's scan options. */
export interface WorkerSetup {
  readonly policyText?: string;
  readonly categories: readonly Category[];
  /** False when `--no-attributions` was given. */
  readonly attributions?: boolean;
  readonly withFingerprints?: boolean;
  /**
   * The pool will send this worker one-byte texts only (it is the one worker beside the main
   * thread, see scanWithWorkers), so the engine compiles its helper patterns for those alone.
   * A two-byte text sent anyway is scanned all the same, a little slower.
   */
  readonly oneByteTexts?: boolean;
}

/** A batch of files sent to a worker. */
export interface BatchRequest {
  readonly id: number;
  readonly jobs: readonly FileJob[];
  /** Leave texts with code units above U+00FF to the main thread (see scanWithWorkers). */
  readonly oneByteOnly?: boolean;
}

/** A worker's answer to one batch. */
export interface BatchReply {
  readonly id: number;
  readonly results: readonly FileResult[];
  /** The batch's files whose texts are two-byte, left to the main thread (with `oneByteOnly`). */
  readonly twoByte?: readonly FileJob[];
}

/**
 * Young-generation cap for scan workers. V8's default lets each isolate grow tens of MB of
 * short-lived garbage before collecting; scanning allocates many small strings, so a small young
 * generation keeps peak memory down. 4 MB against 8 MB on the 52 MB bench corpus, eight
 * alternating runs each: peak RSS 191 against 199 MB (median), 2.215 against 2.24 s.
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Old-generation cap for a scan worker: room for the largest file allowed, decoded and scanned,
 * many times over. An explicit cap also makes V8 size the heap for it rather than for the
 * machine's memory: peak RSS on the 52 MB bench corpus went from ~222 MB to ~188 MB (median of
 * four runs each) at the same speed. A file that still doesn't fit crashes only its worker; the
 * pool rescans that batch in the main thread.
 */
export function toWorkerOldGenerationMb(maxFileSize: number): number {
  return Math.max(128, Math.ceil((16 * maxFileSize) / (1024 * 1024)));
}

/** A batch closes once it holds this many bytes… */
const BATCH_BYTES = 1024 * 1024;
/** …or this many files. */
const BATCH_FILES = 64;
/** Aim for at least this many batches per worker, so that the last ones even out the load. */
const BATCHES_PER_WORKER = 4;

/** The worker script: `scanWorker.js` next to this module (dist/ when bundled, out/src/cli/ in tests). */
export function workerScriptPath(): string | undefined {
  const script = join(__dirname, 'scanWorker.js');
  return existsSync(script) ? script : undefined;
}

/**
 * Splits jobs into batches by size: the biggest files first (a file that fills a batch goes
 * alone), then the small ones grouped, so no worker is left with one huge file at the end.
 * Batches shrink for small runs so each of `workers` still gets several.
 */
export function toBatches(jobs: readonly FileJob[], workers = 1): FileJob[][] {
  const sorted = [...jobs].sort((a, b) => b.size - a.size || a.index - b.index);
  const wanted = Math.max(1, workers) * BATCHES_PER_WORKER;
  const total = jobs.reduce((n, j) => n + j.size, 0);
  const maxBytes = Math.max(1, Math.min(BATCH_BYTES, Math.ceil(total / wanted)));
  const maxFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(jobs.length / wanted)));
  const batches: FileJob[][] = [];
  let current: FileJob[] = [];
  let bytes = 0;
  for (const job of sorted) {
    current.push(job);
    bytes += job.size;
    if (bytes >= maxBytes || current.length >= maxFiles) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Starts scan workers ahead of the work: each loads the engine while the main thread is still
 * walking the folders, so their start-up costs no wall time. Pass them to `scanWithWorkers`, or
 * `stopWorkers` when the scan turns out too small to share.
 */
export function startWorkers(script: string, setup: WorkerSetup, count: number, maxFileSize = 5 * 1024 * 1024): Worker[] {
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: toWorkerOldGenerationMb(maxFileSize) };
  return Array.from({ length: count }, () => {
    const worker = new Worker(script, { workerData: setup, resourceLimits });
    // A worker may fail while the walk is still running, before scanWithWorkers listens.
    const dead = (): void => void exited.add(worker);
    worker.once('error', dead);
    worker.once('exit', dead);
    return worker;
  });
}

/** Started workers that have failed or exited. */
const exited = new WeakSet<Worker>();

/** Stops workers that were started but not needed. */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.terminate().catch(() => 0)));
}

/** How a pool run went, for `--verbose`. */
export interface PoolStats {
  readonly workers: number;
  readonly failedWorkers: number;
  /** Files a worker handed back to the main thread because their texts are two-byte. */
  readonly handedBack: number;
}

/**
 * Scans jobs on `workerCount` worker threads plus, with `mainThreadToo`, the main thread itself
 * (one isolate less than a worker per core: the same speed for less memory). Batches are handed
 * out as scanners become free; each worker keeps two batches in flight so it never waits while
 * the main thread is busy scanning. A worker that fails has its batches rescanned by the others
 * (or in-process when none are left), so a crash costs time, never results. Results come back in
 * job order.
 *
 * With one worker beside the main thread (two cores), the worker scans one-byte texts only and
 * hands two-byte ones back (see fileScan's TWO_BYTE); the main thread scans those first, between
 * its own batches. Its isolate then holds the only two-byte copies of the patterns. On the bench
 * corpus two-byte files are 36% of the bytes but about a quarter of the scan time, so the main
 * thread's share stays near half.
 */
export async function scanWithWorkers(
  jobs: readonly FileJob[],
  started: readonly Worker[],
  inProcessOptions: PolicyScanOptions,
  onResults: (results: readonly FileResult[]) => void,
  mainThreadToo = false,
): Promise<{ results: FileResult[]; stats: PoolStats }> {
  const queue = toBatches(jobs, started.length + (mainThreadToo ? 1 : 0));
  const results: FileResult[] = [];
  const count = Math.max(1, Math.min(started.length, queue.length));
  await stopWorkers(started.slice(count));
  let failed = 0;
  let nextId = 0;
  const oneByteOnly = mainThreadToo && count === 1;
  /** Files a worker left to the main thread. */
  const twoByte: FileJob[] = [];
  let handedBack = 0;

  const accept = (batch: readonly FileResult[]): void => {
    results.push(...batch);
    onResults(batch);
  };

  const runWorker = (worker: Worker): Promise<void> =>
    new Promise<void>((resolveWorker) => {
      const inFlight = new Map<number, FileJob[]>();
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        void worker.terminate().then(() => resolveWorker(), () => resolveWorker());
      };
      const sendNext = (): void => {
        const jobsOfBatch = queue.shift();
        if (!jobsOfBatch) {
          if (inFlight.size === 0) finish();
          return;
        }
        const id = nextId++;
        inFlight.set(id, jobsOfBatch);
        worker.postMessage({ id, jobs: jobsOfBatch, oneByteOnly } satisfies BatchRequest);
      };
      const fail = (): void => {
        if (done) return;
        failed++;
        for (const pending of inFlight.values()) queue.unshift(pending);
        inFlight.clear();
        finish();
      };
      worker.on('message', (reply: BatchReply) => {
        if (!inFlight.delete(reply.id)) return;
        accept(reply.results);
        if (reply.twoByte !== undefined) {
          twoByte.push(...reply.twoByte);
          handedBack += reply.twoByte.length;
        }
        sendNext();
      });
      worker.on('error', fail);
      worker.on('exit', fail);
      if (exited.has(worker)) {
        fail();
        return;
      }
      sendNext();
      sendNext();
    });

  /** The main thread takes batches too, yielding between them so worker replies get through. */
  const runMain = async (): Promise<void> => {
    for (;;) {
      await new Promise<void>((r) => setImmediate(r));
      // The files a worker left first: they wait for no one else.
      const handed = twoByte.splice(0);
      if (handed.length > 0) {
        accept(handed.map((job) => scanFileJob(job, inProcessOptions)));
        continue;
      }
      const batch = queue.shift();
      if (!batch) return;
      accept(batch.map((job) => scanFileJob(job, inProcessOptions)));
    }
  };

  await Promise.all([...started.slice(0, count).map(runWorker), mainThreadToo ? runMain() : Promise.resolve()]);
  // Whatever failed workers left behind, and the two-byte files handed back after the main
  // thread's last batch, are scanned here.
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    accept(batch.map((job) => scanFileJob(job, inProcessOptions)));
  }
  if (twoByte.length > 0) accept(twoByte.splice(0).map((job) => scanFileJob(job, inProcessOptions)));
  results.sort((a, b) => a.index - b.index);
  return { results, stats: { workers: count, failedWorkers: failed, handedBack } };
}
