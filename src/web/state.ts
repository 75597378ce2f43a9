// The view state (selection, filters, scenario, layout) with named actions and subscribe: a tiny
// store in the spirit of gephi-lite's producers, without a framework. Data never lives here.
import type { NodeKind } from "../schema/nodes.ts";

/** `all`, `partners`, `non-partners`, or `bloc:NAME` (e.g. `bloc:EU`). */
export type Jurisdiction = string;

export interface Filters {
  hiddenKinds: NodeKind[];
  jurisdiction: Jurisdiction;
  /** Supplied nodes whose composite risk score (0..1) is below this are hidden. */
  minRisk: number;
}

/**
 * A node cut, one supplier's supply of one node (the engine's edge cut), or one supplier's supply of
 * one material across its stages (the engine's commodity cut). Severity 0..1.
 */
export type ViewCut =
  | { node: string; severity: number }
  | { edge: { from: string; to: string }; severity: number }
  | { commodity: { from: string; material: string }; severity: number };

export interface ViewState {
  selected: string | undefined;
  filters: Filters;
  cuts: ViewCut[];
  /** The preset the cuts came from, while they are unchanged. */
  preset: string | undefined;
  layout: "flow" | "force";
  /** "world", or an importer whose sourcing the engine reads (EU, NL): every panel is seen from it. */
  perspective: string;
  /** Scenario months (the engine's timeline): horizon, the month shown, and each cut's duration and recovery. */
  time: TimeSettings;
  /** The Rank panel's order: the engine's propagated loss (default) or the concentration composite. */
  rankBy: RankBy;
}

export type RankBy = "loss" | "concentration";

export interface TimeSettings {
  months: number;
  /** Month shown on the graph; undefined: the steady state (cuts lasting for ever). */
  month: number | undefined;
  /** Months at full severity; undefined: the whole horizon. */
  duration: number | undefined;
  recovery: number;
}

export const DEFAULT_TIME: TimeSettings = { months: 12, month: undefined, duration: undefined, recovery: 0 };

export const DEFAULT_FILTERS: Filters = { hiddenKinds: [], jurisdiction: "all", minRisk: 0 };

export const initialState = (): ViewState => ({
  selected: undefined,
  filters: { ...DEFAULT_FILTERS, hiddenKinds: [] },
  cuts: [],
  preset: undefined,
  layout: "flow",
  perspective: "world",
  time: { ...DEFAULT_TIME },
  rankBy: "loss",
});

export const cutKey = (cut: ViewCut) =>
  "node" in cut ? cut.node : "edge" in cut ? `${cut.edge.from}>${cut.edge.to}` : `${cut.commodity.from}*${cut.commodity.material}`;

type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  subscribe(listener: Listener): () => void;
  select(node: string | undefined): void;
  toggleKind(kind: NodeKind, visible: boolean): void;
  setJurisdiction(jurisdiction: Jurisdiction): void;
  setMinRisk(minRisk: number): void;
  addCut(node: string, severity?: number): void;
  /** Adds any cut (edge, commodity) unless one with the same key is there. */
  addViewCut(cut: ViewCut): void;
  setSeverity(key: string, severity: number): void;
  removeCut(key: string): void;
  applyPreset(id: string, cuts: ViewCut[]): void;
  clearScenario(): void;
  setLayout(layout: ViewState["layout"]): void;
  setPerspective(perspective: string): void;
  setTime(patch: Partial<TimeSettings>): void;
  setRankBy(rankBy: RankBy): void;
  /** Replaces the whole state (URL hash, new dataset). */
  replace(state: ViewState): void;
}

export function createStore(initial: ViewState = initialState()): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const set = (next: ViewState) => {
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };
  const withFilters = (patch: Partial<Filters>) => set({ ...state, filters: { ...state.filters, ...patch } });
  const clamp = (x: number) => Math.min(1, Math.max(0, x));

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    select: (node) => set({ ...state, selected: node }),
    toggleKind(kind, visible) {
      const hidden = state.filters.hiddenKinds.filter((k) => k !== kind);
      withFilters({ hiddenKinds: visible ? hidden : [...hidden, kind] });
    },
    setJurisdiction: (jurisdiction) => withFilters({ jurisdiction }),
    setMinRisk: (minRisk) => withFilters({ minRisk: clamp(minRisk) }),
    addCut(node, severity = 1) {
      if (state.cuts.some((c) => cutKey(c) === node)) return;
      set({ ...state, cuts: [...state.cuts, { node, severity: clamp(severity) }], preset: undefined });
    },
    addViewCut(cut) {
      if (state.cuts.some((c) => cutKey(c) === cutKey(cut))) return;
      set({ ...state, cuts: [...state.cuts, { ...cut, severity: clamp(cut.severity) }], preset: undefined });
    },
    setSeverity(key, severity) {
      const cuts = state.cuts.map((c) => (cutKey(c) === key ? { ...c, severity: clamp(severity) } : c));
      set({ ...state, cuts, preset: undefined });
    },
    removeCut: (key) => set({ ...state, cuts: state.cuts.filter((c) => cutKey(c) !== key), preset: undefined }),
    applyPreset: (id, cuts) => set({ ...state, cuts: cuts.map((c) => ({ ...c })), preset: id }),
    clearScenario: () => set({ ...state, cuts: [], preset: undefined }),
    setLayout: (layout) => set({ ...state, layout }),
    setPerspective: (perspective) => set({ ...state, perspective }),
    setTime: (patch) => set({ ...state, time: { ...state.time, ...patch } }),
    setRankBy: (rankBy) => set({ ...state, rankBy }),
    replace: (next) => set(next),
  };
}
