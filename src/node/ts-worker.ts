// A worker thread that runs one of our TypeScript modules: the worker registers tsx first (its
// public `tsx/esm/api` entry), so it can load the module whatever ran the caller (tsx, the bin
// script, vitest).
import { Worker } from "node:worker_threads";

/** A Worker that imports `moduleUrl` (an `import.meta.url`) with `workerData`. */
export function tsWorker(moduleUrl: string, workerData: unknown): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
