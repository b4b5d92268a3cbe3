// V8 flags for the CLI process (workers share them). Imported first by bin.ts.
import { setFlagsFromString } from 'node:v8';

// The scan loop is a large function over many small validators; V8 inlining them all makes its
// optimizing compiles (one set per thread) cost more than they gain. Without inlining the CLI
// scans the 52 MB bench corpus on 2 cores in 1.97 s instead of 2.21 s, with 3.38 s of CPU instead
// of 3.83 s (median of three runs each). The flag exists in V8 11 to 13 (Node 20 to 24);
// elsewhere V8 would print an "unrecognized flag" error, so it is left alone.
//
// Every rule's regex runs on nearly every file, so it is compiled to machine code on its first
// run instead of being interpreted once and compiled on the next ("tier-up"). V8 reads that flag
// when a regex is created, hence this module is imported before the engine. Median of eight
// alternating runs on the bench corpus: 1.77 s against 1.79 s; small, but never worse.
//
// The old generation grows by 20% before its next full collection instead of V8's default (up to
// 4x for a fast-allocating program): a scan allocates and drops a great deal (matches, slices,
// findings), and with the default both threads' heaps grew until the end. Median of two runs each
// on the 52 MB bench corpus: peak RSS 174-175 MB against 198-202 MB, for 0.02-0.08 s more (at
// 30%, the seventh session). At 20% (eighteenth session, twelve rules later): 195-197 MiB
// against 198-203 MiB at 30%, three runs each, at the same time within the machine's noise. At 15%
// (twentieth session, 467 rules): 194.9 against 196.3 MiB (mean of four alternating runs each),
// for 1% more time. At 10% (forty-sixth session, 640 rules): median peak 196.6 MB against 199.0 MB
// (KiB/1024, six alternating runs each on the bench corpus), median time 6.45 s against 6.42 s.
const v8Major = Number(process.versions.v8.split('.')[0]);
//
// With tier-up off, a helper pattern (engine/scan/nativeRegex.ts `native`) is compiled to machine
// code on its first search whatever the subject's length, so the engine's eager compile of every
// helper for two-byte strings at load buys this thread nothing but memory: the main thread scans
// the two-byte texts (the worker beside it hands them back), yet most helpers never see a two-byte
// subject there. The thread tells the engine, before it loads, to compile helpers for one-byte
// strings only (the key workerNative.ts writes for the worker); a two-byte search compiles its own
// code on first use, with the same results. Seventy-ninth session, bench corpus, alternating:
// peak RSS 200-208 MiB (six runs) against 211-215 MiB (four), same findings, same time within the
// machine's noise (7.8-8.4 s against 8.0-8.2 s, one outlier each way).
if (v8Major >= 11 && v8Major <= 13) {
  setFlagsFromString('--no-turbo-inlining --no-regexp-tier-up --heap-growing-percent=10');
  (globalThis as Record<symbol, unknown>)[Symbol.for('prompt-hygiene.nativeOneByteOnly')] = true;
}
