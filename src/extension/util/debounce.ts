import type { IDisposable } from './dispose';

/**
 * Per-key trailing debounce: `schedule(key, delay, fn)` runs `fn` once `delay` ms have passed
 * without another `schedule` for the same key. Each key (a document URI) has its own timer.
 */
export class KeyedDebouncer<K> implements IDisposable {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  schedule(key: K, delayMs: number, fn: () => void): void {
    this.cancel(key);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        fn();
      },
      Math.max(0, delayMs),
    );
    this.timers.set(key, timer);
  }

  /** Drops a pending run for `key`; returns true when one was pending. */
  cancel(key: K): boolean {
    const t = this.timers.get(key);
    if (t === undefined) return false;
    clearTimeout(t);
    this.timers.delete(key);
    return true;
  }

  /** True while a run for `key` is waiting. */
  isPending(key: K): boolean {
    return this.timers.has(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
