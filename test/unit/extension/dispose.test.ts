import assert from 'node:assert/strict';
import { KeyedDebouncer } from '../../../src/extension/util/debounce';
import { Disposable, disposeAll, toDisposable } from '../../../src/extension/util/dispose';

class Owner extends Disposable {
  register<T extends { dispose(): void }>(x: T): T {
    return this._register(x);
  }
  get disposed(): boolean {
    return this.isDisposed;
  }
}

describe('Disposable', () => {
  it('disposes registered children with the owner, once', () => {
    let n = 0;
    const owner = new Owner();
    owner.register(toDisposable(() => n++));
    owner.dispose();
    owner.dispose();
    assert.equal(n, 1);
    assert.equal(owner.disposed, true);
  });

  it('disposes a child registered after the owner at once', () => {
    let n = 0;
    const owner = new Owner();
    owner.dispose();
    owner.register(toDisposable(() => n++));
    assert.equal(n, 1);
  });

  it('disposes every child even when some throw, then reports the errors together', () => {
    const owner = new Owner();
    let disposed = 0;
    owner.register(toDisposable(() => {
      throw new Error('a');
    }));
    owner.register(toDisposable(() => disposed++));
    owner.register(toDisposable(() => {
      throw new Error('b');
    }));
    assert.throws(() => owner.dispose(), (e: unknown) => e instanceof AggregateError && e.errors.length === 2);
    assert.equal(disposed, 1);
  });

  it('rethrows a single error as itself', () => {
    assert.throws(() => disposeAll([toDisposable(() => { throw new RangeError('only'); })]), RangeError);
  });
});

describe('KeyedDebouncer', () => {
  it('keeps one pending run per key and cancels it on request', () => {
    const d = new KeyedDebouncer<string>();
    let runs = 0;
    d.schedule('a', 60_000, () => runs++);
    d.schedule('a', 60_000, () => runs++);
    d.schedule('b', 60_000, () => runs++);
    assert.equal(d.isPending('a'), true);
    assert.equal(d.cancel('a'), true);
    assert.equal(d.cancel('a'), false);
    assert.equal(d.isPending('b'), true);
    d.dispose();
    assert.equal(d.isPending('b'), false);
    assert.equal(runs, 0);
  });
});
