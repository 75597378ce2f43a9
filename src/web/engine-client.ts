// The page's side of the engine worker (engine-worker.ts). Each session's files are sent once
// (sessions in other perspectives share them, and so the worker's graph); a graph nobody holds is
// closed. One scenario at a time: a newer one waits for the running one's steady state, replaces
// any that was waiting, and cancels the running one's months.
import type { KnockoutEntry, ScenarioCut, ScenarioResult, TimedCut, TimelineResult } from "../engine/index.ts";
import type { Interval, MetricSpec } from "../engine/uncertainty/index.ts";
import { decodeIntervals, unpack, type EngineReply, type EngineRequest } from "./engine-protocol.ts";
import { decode } from "./load-protocol.ts";
import { inSlices, measured } from "./measure.ts";
import type { Session } from "./session.ts";

export interface ScenarioRun {
  cuts: ScenarioCut[];
  timed: TimedCut[];
  horizon: number;
  onResult: (result: ScenarioResult | { error: string }) => void;
  onTimeline: (timeline: TimelineResult | undefined, error?: string) => void;
}

type Handler = (reply: EngineReply) => void;

export class EngineClient {
  private next = 0;
  private handles = new WeakMap<Session["files"], number>();
  private handlers = new Map<number, Handler>();
  private closer = new FinalizationRegistry<number>((graph) => this.post({ type: "close", graph }));
  private running: number | undefined;
  private waiting: { session: Session; run: ScenarioRun } | undefined;
  private knockoutRuns = new WeakMap<Session, Promise<KnockoutEntry[]>>();

  private worker: Worker | undefined;

  private constructor() {}

  /** The client, or undefined where the page has no workers (the engine then runs on the page). */
  static create(): EngineClient | undefined {
    return typeof Worker === "undefined" ? undefined : new EngineClient();
  }

  /** Started on first use: a page that never runs a scenario or bands loads no second engine. */
  private post(request: EngineRequest): void {
    if (!this.worker) {
      this.worker = new Worker(new URL("./engine-worker.ts", import.meta.url), { type: "module" });
      this.worker.addEventListener("message", (event: MessageEvent<EngineReply>) => {
        // Chrome deserialises a message when its data is first read (bench:web names that step).
        const reply = measured("engine-receive", () => event.data);
        this.handlers.get(reply.id)?.(reply);
      });
    }
    this.worker.postMessage(request);
  }

  private graph(session: Session): number {
    let handle = this.handles.get(session.files);
    if (handle === undefined) {
      handle = ++this.next;
      this.handles.set(session.files, handle);
      this.closer.register(session.files, handle);
      this.post({ type: "open", graph: handle, files: session.files.map((f) => ({ path: f.path, text: f.text })) });
    }
    return handle;
  }

  scenario(session: Session, run: ScenarioRun): void {
    if (this.running !== undefined) {
      this.waiting = { session, run };
      return;
    }
    const id = ++this.next;
    this.running = id;
    const started = () => {
      this.running = undefined;
      const waiting = this.waiting;
      this.waiting = undefined;
      if (waiting) {
        // The running scenario's months are not wanted any more.
        this.post({ type: "cancel", id });
        this.handlers.delete(id);
        this.scenario(waiting.session, waiting.run);
      }
    };
    this.handlers.set(id, (reply) => {
      if (reply.type === "scenario") {
        run.onResult(measured("unpack-scenario", () => unpack(reply.result)));
        started();
      } else if (reply.type === "timeline") {
        this.handlers.delete(id);
        const timeline = reply.timeline;
        run.onTimeline(timeline && measured("unpack-timeline", () => unpack(timeline)), reply.error);
      } else if (reply.type === "failed") {
        this.handlers.delete(id);
        if (this.running === id) {
          run.onResult({ error: reply.message });
          started();
        } else run.onTimeline(undefined, reply.message);
      }
    });
    const { cuts, timed, horizon } = run;
    this.post({ type: "scenario", id, graph: this.graph(session), perspective: session.perspective, cuts, timed, horizon });
  }

  /** The knock-out sweep of the session's graph (runKnockouts), computed once per session. */
  knockouts(session: Session): Promise<KnockoutEntry[]> {
    let known = this.knockoutRuns.get(session);
    if (!known) {
      const id = ++this.next;
      known = new Promise<KnockoutEntry[]>((resolve, reject) => {
        this.handlers.set(id, (reply) => {
          this.handlers.delete(id);
          if (reply.type === "knockouts") resolve(measured("parse-knockouts", () => decode(reply.entries)));
          else if (reply.type === "failed") reject(new Error(reply.message));
        });
      });
      this.knockoutRuns.set(session, known);
      this.post({ type: "knockouts", id, graph: this.graph(session), perspective: session.perspective, settings: session.analysis.settings });
    }
    return known;
  }

  /** The bands of `spec` over `draws` draws; `cancel()` drops the run (its promise then never settles). */
  bands(session: Session, spec: MetricSpec, draws: number, block: number, onProgress: (done: number, total: number) => void) {
    const id = ++this.next;
    const promise = new Promise<Record<string, Interval>>((resolve, reject) => {
      this.handlers.set(id, (reply) => {
        if (reply.type === "progress") return onProgress(reply.done, reply.total);
        this.handlers.delete(id);
        if (reply.type === "bands") inSlices("parse-bands", decodeIntervals(reply.intervals)).then(resolve, reject);
        else if (reply.type === "failed") reject(new Error(reply.message));
      });
    });
    this.post({ type: "bands", id, graph: this.graph(session), spec, draws, block });
    return {
      promise,
      cancel: () => {
        this.handlers.delete(id);
        this.post({ type: "cancel", id });
      },
    };
  }
}
