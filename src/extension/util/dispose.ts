import type * as vscode from 'vscode';

/** Anything with a `dispose()` method (a `vscode.Disposable` or one of ours). */
export interface IDisposable {
  dispose(): void;
}

/**
 * Disposes every item, keeps going when one throws, and rethrows the errors together at the end
 * (one error as itself, several as an `AggregateError`).
 */
export function disposeAll(items: Iterable<IDisposable>): void {
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      item.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Several disposables failed to dispose');
}

/**
 * Base class for long-lived services: children registered with `_register` are disposed with the
 * owner. Disposal is idempotent, and a child registered after disposal is disposed at once.
 */
export abstract class Disposable implements IDisposable {
  private _isDisposed = false;
  private readonly _children = new Set<IDisposable>();

  /** True once `dispose()` has run. */
  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  /** Ties `child` to this object's lifetime and returns it. */
  protected _register<T extends IDisposable>(child: T): T {
    if (this._isDisposed) child.dispose();
    else this._children.add(child);
    return child;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    const children = [...this._children];
    this._children.clear();
    disposeAll(children);
  }
}

/** Wraps a function as a disposable that runs it at most once. */
export function toDisposable(fn: () => void): IDisposable & vscode.Disposable {
  let done = false;
  return {
    dispose(): void {
      if (done) return;
      done = true;
      fn();
    },
  } as IDisposable & vscode.Disposable;
}
