// Runs the view's scenario: in the engine worker (engine-client.ts), where the steady state
// arrives first and its months after it, or, where the page has no workers, here, with the months
// computed on first read. The view (app.ts) keys, expands and times the cuts, and recolours.
import { runScenario, runTimeline, type ScenarioCut, type ScenarioResult, type TimedCut, type TimelineResult } from "../engine/index.ts";
import type { EngineClient } from "./engine-client.ts";
import type { Session } from "./session.ts";

/** A scenario as the view shows it. */
export type ViewScenario =
  | { result: ScenarioResult; readonly timeline: TimelineResult | undefined; timelineError?: string; timelinePending?: boolean; error?: undefined; pending?: undefined }
  | { result?: undefined; timeline?: undefined; error: string; pending?: undefined }
  /** Running in the engine worker: the graph keeps its colours until the result arrives. */
  | { result?: undefined; timeline?: undefined; error?: undefined; pending: true };

export interface TimedCuts {
  cuts: ScenarioCut[];
  timed: TimedCut[];
  horizon: number;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts the run in the worker and returns the pending scenario; `arrived` gets the steady state, then the same with its months. */
export function scenarioInWorker(engine: EngineClient, session: Session, run: TimedCuts, arrived: (scenario: ViewScenario) => void): ViewScenario {
  let steady: ScenarioResult | undefined;
  let months: { value: TimelineResult | undefined; error?: string } | undefined;
  const made = (result: ScenarioResult): ViewScenario => ({
    result,
    timeline: months?.value,
    ...(months?.error !== undefined ? { timelineError: months.error } : {}),
    timelinePending: months === undefined,
  });
  engine.scenario(session, {
    ...run,
    onResult: (result) => {
      if ("error" in result) return arrived({ error: result.error });
      steady = result;
      arrived(made(result));
    },
    onTimeline: (value, error) => {
      months = { value, ...(error !== undefined ? { error } : {}) };
      if (steady) arrived(made(steady));
    },
  });
  return { pending: true };
}

/** The scenario on the page's thread (no workers): the months computed on first read. */
export function scenarioHere(session: Session, cuts: ScenarioCut[], timed: TimedCut[], horizon: number): ViewScenario {
  try {
    const { graph, propagation } = session;
    let memo: { value: TimelineResult | undefined; error?: string } | undefined;
    const months = () => {
      memo ??= (() => {
        try {
          return { value: runTimeline(graph, timed, { months: horizon }, propagation) };
        } catch (error) {
          return { value: undefined, error: message(error) };
        }
      })();
      return memo;
    };
    return {
      result: runScenario(graph, cuts, {}, propagation),
      get timeline() {
        return months().value;
      },
      get timelineError() {
        return months().error;
      },
    };
  } catch (error) {
    return { error: message(error) };
  }
}
