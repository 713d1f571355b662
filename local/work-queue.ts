/** A small in-process queue with bounded concurrency, and a way to wait until it is empty. */
export function createWorkQueue<T>(concurrency: number, worker: (item: T) => Promise<void>) {
  const waiting: T[] = [];
  let running = 0;
  let idleWaiters: (() => void)[] = [];
  const pump = () => {
    while (running < concurrency && waiting.length > 0) {
      const item = waiting.shift() as T;
      running++;
      worker(item)
        .catch(() => undefined)
        .finally(() => {
          running--;
          pump();
        });
    }
    if (running === 0 && waiting.length === 0) {
      const w = idleWaiters;
      idleWaiters = [];
      for (const resolve of w) resolve();
    }
  };
  return {
    push(item: T) {
      waiting.push(item);
      pump();
    },
    get size() {
      return waiting.length + running;
    },
    idle(): Promise<void> {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
