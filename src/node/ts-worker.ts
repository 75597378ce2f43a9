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

export interface WorkerRun<T> {
  /** Settles once: with the first result `read` gives, a worker error, or the worker's exit. */
  promise: Promise<T>;
  /** Rejects the run with `error` and terminates the worker (an abort). */
  stop: (error: Error) => void;
}

/**
 * The result of a worker: each message goes to `read`, whose first non-undefined value resolves
 * the run (messages before it, such as progress, return undefined); the worker is terminated once
 * the run settles. `what` names the job in the message of an early exit.
 */
export function workerResult<T, M>(worker: Worker, read: (message: M) => T | undefined, what: string): WorkerRun<T> {
  let stop: (error: Error) => void = () => {};
  const promise = new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, value?: T) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve(value as T);
    };
    stop = (error) => finish(error);
    worker.on("message", (message: M) => {
      const value = read(message);
      if (value !== undefined) finish(undefined, value);
    });
    worker.on("error", (error) => finish(error));
    worker.on("exit", (code) => finish(new Error(`${what}: the worker stopped (exit ${code}) before it finished`)));
  });
  return { promise, stop };
}
