import { Worker } from 'node:worker_threads';

/**
 * Starts a TypeScript module in a worker thread. Workers don't inherit tsx's loader, so a
 * tiny bootstrap registers it in the worker first, then imports the module.
 */
export function startTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
