// Names a step of the page's own work for bench:web (performance.measure "chokepoint:NAME"), which
// attributes the main thread's long tasks to the steps that ran inside them; and runs long work in
// slices of at most ~SLICE_MS each, so input and frames get the thread between them.

/** A task this long is well under the 100 ms the explorer allows itself (issue 15 part 10). */
export const SLICE_MS = 40;

export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(name, start);
  }
}

/** Measures kept at most: a long session (a search per keystroke, a bands block per frame) would otherwise pile them up. */
const KEEP = 5000;
let kept = 0;

function measure(name: string, start: number): void {
  if (++kept > KEEP) {
    performance.clearMeasures();
    kept = 1;
  }
  performance.measure(`chokepoint:${name}`, { start, end: performance.now() });
}

/** A new task: what waits for the thread (input, a frame) runs before the next slice. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a generator that yields between small pieces of work, taking as many pieces per task as
 * fit in SLICE_MS, and returns what it returns. Each task is measured as `name`.
 */
export async function inSlices<T>(name: string, steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const start = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - start < SLICE_MS) step = steps.next();
    measure(name, start);
    if (step.done) return step.value;
    await nextTask();
  }
}

/** Measures each start/end pair as `name` (a renderer's frames, its label placement). */
export function timeEach(name: string): { start: () => void; end: () => void } {
  let started = 0;
  return {
    start: () => {
      started = performance.now();
    },
    end: () => measure(name, started),
  };
}
