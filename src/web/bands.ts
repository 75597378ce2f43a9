// p5-p95 bands on demand ("Show uncertainty"): the engine's seeded Monte Carlo, run in the engine
// worker (engine-worker.ts) in blocks with progress, or, where the page has no workers, in small
// blocks between frames. Fewer draws than the CLI's 1000 where each draw is a whole graph: the
// ranking (share kernel) 200, a scenario's sector losses 100; one node's supplier shares 1000 (only
// its own shares are drawn, a few ms: computed on the page when asked). Results are kept per
// session (a perspective is a session) and per scenario.
import { expandCuts } from "../engine/index.ts";
import { buildMetric, shareIntervals, specSampler, summarise, type Interval, type MetricSpec } from "../engine/uncertainty/index.ts";
import type { App, View } from "./app.ts";
import type { EngineClient } from "./engine-client.ts";
import { measured } from "./measure.ts";
import type { Session } from "./session.ts";
import { cutKey } from "./state.ts";

/** Kinds with a dossier: their knock-out's sector losses get bands too. */
const SUPPLIERS = new Set(["country", "company", "constellation"]);

export const BAND_DRAWS = { ranking: 200, scenario: 100, shares: 1000 } as const;
/** Draws in the first block: about 50 ms each on the bundled data under load. */
const BLOCK = { ranking: 25, scenario: 2 } as const;
const TARGET_MS = 50;

export type Intervals = Record<string, Interval>;

export interface BandProgress {
  what: string;
  done: number;
  total: number;
}

interface Job {
  session: Session;
  key: string;
  what: "ranking" | "scenario";
}

export class Bands {
  on = false;
  /** Bumped whenever a result arrives or the switch changes (not with progress), so panels know to repaint. */
  version = 0;
  progress: BandProgress | undefined;
  private rankings = new WeakMap<Session, Intervals>();
  private scenarios = new WeakMap<Session, Map<string, Intervals>>();
  private shareCache = new WeakMap<Session, Map<string, Intervals>>();
  private running: Job | undefined;
  private listeners = new Set<() => void>();
  private progressListeners = new Set<() => void>();

  constructor(private readonly app: App) {
    app.onUpdate((view) => this.on && this.ensure(view));
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** Called as the draws progress (and with every change). */
  onProgress(listener: () => void): void {
    this.progressListeners.add(listener);
  }

  toggle(): void {
    this.on = !this.on;
    this.changed();
    if (this.on) this.ensure(this.app.view);
  }

  ranking(session: Session): Intervals | undefined {
    return this.on ? this.rankings.get(session) : undefined;
  }

  scenario(view: View): Intervals | undefined {
    return this.on && view.scenario?.result ? this.scenarios.get(view.session)?.get(scenarioKey(view)) : undefined;
  }

  /** Sector losses when one supplier alone stops (its dossier): the scenario run that cuts it alone. */
  dossier(session: Session, node: string): Intervals | undefined {
    return this.on ? this.scenarios.get(session)?.get(`${node}:1`) : undefined;
  }

  /** One node's supplier shares: cheap (its own shares only), so computed when asked. */
  shares(session: Session, node: string): Intervals | undefined {
    if (!this.on) return undefined;
    const cache = this.shareCache.get(session) ?? new Map<string, Intervals>();
    this.shareCache.set(session, cache);
    let bands = cache.get(node);
    if (!bands) {
      bands = shareIntervals(session.base, node, { perspective: session.perspective, draws: BAND_DRAWS.shares });
      cache.set(node, bands);
    }
    return bands;
  }

  private ensure(view: View): void {
    if (this.running) return;
    const { session } = view;
    if (!this.rankings.has(session)) {
      void this.run({ session, key: "", what: "ranking" }, { name: "ranking", perspective: session.perspective });
      return;
    }
    const key = view.scenario?.result ? scenarioKey(view) : undefined;
    if (key !== undefined && !this.scenarios.get(session)?.has(key)) {
      const cuts = expandCuts(session.graph, view.state.cuts);
      void this.run({ session, key, what: "scenario" }, { name: "scenario", cuts, perspective: session.perspective });
      return;
    }
    const selected = view.state.selected;
    if (selected && session.graph.hasNode(selected) && SUPPLIERS.has(session.graph.getNodeAttribute(selected, "kind"))) {
      const alone = `${selected}:1`;
      if (!this.scenarios.get(session)?.has(alone)) {
        void this.run({ session, key: alone, what: "scenario" }, { name: "scenario", cuts: [{ node: selected, severity: 1 }], perspective: session.perspective });
      }
    }
  }

  private async run(job: Job, spec: MetricSpec): Promise<void> {
    this.running = job;
    try {
      const result = this.app.engine ? await this.inWorker(job, spec, this.app.engine) : await this.here(job, spec);
      if (result === undefined) return;
      if (job.what === "ranking") this.rankings.set(job.session, result);
      else {
        const map = this.scenarios.get(job.session) ?? new Map<string, Intervals>();
        map.set(job.key, result);
        this.scenarios.set(job.session, map);
      }
    } finally {
      this.running = undefined;
      this.progress = undefined;
      this.changed();
      if (this.on) queueMicrotask(() => this.ensure(this.app.view));
    }
  }

  /** The perspective or data changed, or the switch went off: the run is dropped. */
  private stale(job: Job): boolean {
    return !this.on || this.app.view.session !== job.session;
  }

  /** Progress tells the progress line only: the panels repaint when a result arrives or the switch changes. */
  private progressOf(job: Job, done: number): void {
    this.progress = { what: job.what === "ranking" ? "risk ranking" : "scenario losses", done, total: BAND_DRAWS[job.what] };
    for (const listener of this.progressListeners) listener();
  }

  /** In the engine worker (engine-worker.ts), with its progress; undefined when dropped. */
  private inWorker(job: Job, spec: MetricSpec, engine: EngineClient): Promise<Intervals | undefined> {
    this.progressOf(job, 0);
    const run = engine.bands(job.session, spec, BAND_DRAWS[job.what], BLOCK[job.what], (done) => {
      if (this.stale(job)) return drop();
      this.progressOf(job, done);
    });
    let drop: () => void = () => {};
    const dropped = new Promise<undefined>((resolve) => {
      drop = () => {
        run.cancel();
        this.offChange(check);
        resolve(undefined);
      };
    });
    // The switch may go off (or the data change) between progress reports too.
    const check = () => {
      if (this.stale(job)) drop();
    };
    this.onChange(check);
    return Promise.race([run.promise.finally(() => this.offChange(check)), dropped]);
  }

  /** On the page's thread, in blocks between frames (no workers); undefined when dropped. */
  private async here(job: Job, spec: MetricSpec): Promise<Intervals | undefined> {
    const total = BAND_DRAWS[job.what];
    const samples: Record<string, number[]> = {};
    // Blocks start at BLOCK draws and are resized to about TARGET_MS each, so a larger graph
    // gets smaller blocks instead of longer tasks.
    let size: number = BLOCK[job.what];
    const sample = specSampler(job.session.base, spec);
    for (let first = 0; first < total; ) {
      this.progressOf(job, first);
      await nextFrame();
      if (this.stale(job)) return undefined;
      const count = Math.min(size, total - first);
      const started = performance.now();
      const block = sample(first, count);
      for (const [k, values] of Object.entries(block)) (samples[k] ??= []).push(...values);
      first += count;
      const perDraw = (performance.now() - started) / count;
      size = Math.max(1, Math.min(4 * BLOCK[job.what], Math.round(TARGET_MS / Math.max(perDraw, 1e-3))));
    }
    return summarise(buildMetric(spec)(job.session.base), samples);
  }

  private offChange(listener: () => void): void {
    this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    measured("bands-paint", () => {
      for (const listener of this.listeners) listener();
      for (const listener of this.progressListeners) listener();
    });
  }
}

const scenarioKey = (view: View) => view.state.cuts.map((c) => `${cutKey(c)}:${c.severity}`).join(",");

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
