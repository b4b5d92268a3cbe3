// Entry point of a scan worker thread (bundled as dist/scanWorker.js next to dist/cli.js).
// It resolves the same policy as the main thread from the policy text, then scans the batches
// of files it is sent and posts back plain results. It never prints anything.
// First import: it must run before the engine loads (see workerNative).
import './workerNative';
import { parentPort, workerData } from 'node:worker_threads';
import { scanFileJob, TWO_BYTE } from './fileScan';
import type { FileJob, FileResult } from './fileScan';
import { resolvePolicyText, toScanOptions } from './policy';
import type { BatchReply, BatchRequest, WorkerSetup } from './workerPool';

const setup = workerData as WorkerSetup;
const resolved = resolvePolicyText(setup.policyText);
// The main thread has validated the policy already; an invalid one can't reach this point.
const options = { ...(resolved.ok ? toScanOptions(resolved.policy, setup.categories, setup.attributions !== false) : {}), withFingerprints: setup.withFingerprints };

parentPort?.on('message', (request: BatchRequest) => {
  const results: FileResult[] = [];
  const twoByte: FileJob[] = [];
  for (const job of request.jobs) {
    const r = scanFileJob(job, options, request.oneByteOnly === true);
    if (r === TWO_BYTE) twoByte.push(job);
    else results.push(r);
  }
  const reply: BatchReply = { id: request.id, results, twoByte };
  parentPort?.postMessage(reply);
});
