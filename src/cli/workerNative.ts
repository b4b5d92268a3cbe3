// First import of a scan worker (scanWorker.ts): tells the engine, before it loads, that this
// worker will be sent one-byte texts only, so that its helper patterns are compiled for those
// alone (see ONE_BYTE_ONLY_KEY in engine/scan/nativeRegex.ts, whose key this writes: the CLI may
// not import the engine's inner modules, and importing its index would load the engine first).
import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './workerPool';

if ((workerData as WorkerSetup | undefined)?.oneByteTexts === true) {
  (globalThis as Record<symbol, unknown>)[Symbol.for('prompt-hygiene.nativeOneByteOnly')] = true;
}
