// Runs asynchronous operations one at a time, in the order they were queued:
// an operation starts only after the one before it has settled, so nothing
// that awaits (reading files, asking the user) can interleave with another.

export interface SerialQueue {
  /** Queues `op`; the promise settles as `op` does, and a failure does not stop the operations after it. */
  run<T>(op: () => Promise<T> | T): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(op: () => Promise<T> | T): Promise<T> {
      const result = tail.then(op);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
