/**
 * Runs operations on the same key one after another (two Start clicks on one VM cannot race), while
 * operations on different keys run in parallel.
 */
export class KeyedMutex {
  private tails = new Map<string, Promise<unknown>>();

  /** Some operation on this key is queued or running (writers of a VM's definition assert this). */
  isBusy(key: string): boolean {
    return this.tails.has(key);
  }

  run<T>(key: string, op: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(op, op);
    const tail = next.catch(() => {});
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
