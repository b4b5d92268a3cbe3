/**
 * Keeps the rules' patterns out of V8's regex interpreter, and so keeps V8 optimising them.
 *
 * V8 runs a new pattern's first search in its interpreter (a bytecode compile) and compiles it to
 * machine code on the next, or at once when the subject is 1,000 characters or longer. Every
 * bytecode compile adds its size to a counter kept for the whole process. Once that counter has
 * passed 1 MB and the process holds more than 16 MB of executable code, V8 compiles every later
 * pattern without its optimisations (`TooMuchRegExpCode` in V8's `regexp.cc`): such a pattern
 * searches 3 to 10 times slower, for the rest of the process. The rules' patterns alone made
 * 5 MB of bytecode on the bench corpus, so a rule first used late in a long process (a rescan
 * after a workspace scan) ran unoptimised.
 *
 * A pattern's first search here is on a long dummy subject instead: V8 compiles it straight to
 * machine code. V8 compiles a pattern apart for one-byte strings and for two-byte ones (any code
 * unit above 0xFF), so each kind gets its own first search.
 *
 * (Measured and read again in the twenty-third session: V8 adds machine code to the same counter
 * (`RegExpCompiler::Assemble` counts every compile), so a scan of the bench corpus passes 1 MB and
 * 16 MB of executable memory within its first files, and a pattern first compiled after that is
 * unoptimised whether or not it skipped the interpreter. In one thread, the two-byte compiles of
 * most rules come after that point. Compiling the 60 or 120 most used rules first, both kinds,
 * gained 1.6% on the corpus; a process that scans two-byte texts first and one that scans them
 * last ran the one-byte texts in the same time. So the cost is small today and the code above
 * stays as it is; a pattern compiled late on a hot path is the case to watch.)
 */

const DUMMY_LENGTH = 1000;
const ONE_BYTE = ' '.repeat(DUMMY_LENGTH);
const TWO_BYTE = ' '.repeat(DUMMY_LENGTH - 1) + '\u0100';

const nativeOneByte = new WeakSet<RegExp>();
const nativeTwoByte = new WeakSet<RegExp>();

/**
 * Makes sure `re` is compiled to machine code for texts like one with `twoByte` code units (and
 * for one-byte texts, which a two-byte text's parts may be too). Leaves `lastIndex` at 0.
 */
export function ensureNative(re: RegExp, twoByte: boolean): void {
  if (!nativeOneByte.has(re)) {
    nativeOneByte.add(re);
    firstSearch(re, ONE_BYTE);
  }
  if (twoByte && !nativeTwoByte.has(re)) {
    nativeTwoByte.add(re);
    firstSearch(re, TWO_BYTE);
  }
}

function firstSearch(re: RegExp, dummy: string): void {
  re.lastIndex = 0;
  re.exec(dummy);
  re.lastIndex = 0;
}

/**
 * The global a thread sets to `true` before it loads the engine when it will scan one-byte texts
 * only: the CLI's one worker beside the main thread (see cli/workerPool.ts and cli/workerNative.ts,
 * which writes the same key). `native` then compiles helper patterns for one-byte strings alone.
 * Their two-byte machine code is 4.5 MB per thread (measured at load in the sixty-seventh session)
 * that such a thread would never run. Results do not depend on it: a two-byte subject still
 * works, V8 compiling the pattern for it on first use. The CLI's main thread sets it too, when it
 * has turned V8's regexp tier-up off (see cli/v8Flags.ts): a first use then compiles straight to
 * machine code, so compiling ahead buys nothing.
 */
export const ONE_BYTE_ONLY_KEY = Symbol.for('prompt-hygiene.nativeOneByteOnly');

const oneByteOnly = (globalThis as Record<symbol, unknown>)[ONE_BYTE_ONLY_KEY] === true;

/** Whether `native` compiles helper patterns for two-byte strings too (false after ONE_BYTE_ONLY_KEY). */
export function nativeTwoByteHelpers(): boolean {
  return !oneByteOnly;
}

/**
 * `re`, compiled to machine code for both kinds of string (one-byte only in a thread that set
 * ONE_BYTE_ONLY_KEY): for a helper pattern that checks short values (a validator's, a filter's),
 * whose subjects' kind is not known. Worth it for patterns of a few hundred characters and more;
 * small ones make little bytecode.
 */
export function native<R extends RegExp>(re: R): R {
  ensureNative(re, !oneByteOnly);
  return re;
}
