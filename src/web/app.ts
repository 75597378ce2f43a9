// The explorer's controller: holds the session (loaded data + engine results), the store and the
// sigma view; derives what is shown (visible nodes, focus, scenario) on every change and tells the
// panels. Panels read the engine's results from here and never compute metrics themselves.
import type Sigma from "sigma";
import { dependencies, expandCuts, type ScenarioCut } from "../engine/index.ts";
import { subgraph } from "graphology-operators";
import { createGraph, type ChokepointGraph } from "../model/graph.ts";
import { EngineClient } from "./engine-client.ts";
import { syncFocusEdges } from "./focus-edges.ts";
import { flowLayout } from "./layouts/flow.ts";
import { runForceLayout, type ForceRun } from "./layouts/force.ts";
import type { Neighbourhood } from "./hover-tooltip.ts";
import { createLabelDrawer, type LabelDrawer } from "./labels.ts";
import { availabilityColor } from "./palette.ts";
import { buildRenderGraph, buildRenderGraphInSlices, isLarge, type RenderEdge, type RenderGraph, type RenderNode } from "./render-graph.ts";
import { scenarioHere, scenarioInWorker, type ViewScenario } from "./scenario-run.ts";
import { recolourInSlices, Unpainted } from "./recolour.ts";
import { sessionInPerspective, type Session } from "./session.ts";
import { createSigmaView, frameNodes, type Display } from "./sigma-view.ts";
import { cutKey, type Store, type ViewState } from "./state.ts";
import { inSlices, measured, nextTask } from "./measure.ts";
import { prepareSearchInSlices } from "./panels/search-index.ts";
import { visibleNodes } from "./visibility.ts";

export interface View {
  state: ViewState;
  session: Session;
  display: Display;
  /**
   * The steady state, and its months (`timeline`, computed on first read: on a 10k-node graph the
   * 12 months cost about twice the steady state, so only the "Over time" view or a month shown pays).
   */
  scenario: ViewScenario | undefined;
}

export interface ForceProgress {
  running: boolean;
  done: number;
  total: number;
}

type Listener = (view: View) => void;

export class App {
  private listeners = new Set<Listener>();
  private forceListeners = new Set<(p: ForceProgress) => void>();
  private mountListeners = new Set<(renderer: Sigma<RenderNode, RenderEdge>) => void>();
  private renderGraph!: RenderGraph;
  private sigma: Sigma<RenderNode, RenderEdge> | undefined;
  private force: ForceRun | undefined;
  private current!: View;
  private scenarioKey = "";
  private unpainted = new Unpainted();
  private pendingPositions: Map<string, { x: number; y: number }> | undefined;
  /** Scenarios and bands run here, off the page's thread; undefined where workers are not available. */
  readonly engine = EngineClient.create();
  /** The label drawer of the current renderer: which labels it drew in the last frame. */
  labels: LabelDrawer = createLabelDrawer();

  constructor(
    readonly store: Store,
    private session: Session,
    private readonly container: HTMLElement,
  ) {
    this.mount();
    store.subscribe((state, previous) => this.update(state, previous));
  }

  get view(): View {
    return this.current;
  }

  get renderer(): Sigma<RenderNode, RenderEdge> {
    return this.sigma!;
  }

  get render(): RenderGraph {
    return this.renderGraph;
  }

  onUpdate(listener: Listener): void {
    this.listeners.add(listener);
    listener(this.current);
  }

  /** Called with each new sigma renderer (at start, and when new data replaces the view). */
  onMount(listener: (renderer: Sigma<RenderNode, RenderEdge>) => void): void {
    this.mountListeners.add(listener);
    if (this.sigma) listener(this.sigma);
  }

  onForce(listener: (p: ForceProgress) => void): void {
    this.forceListeners.add(listener);
  }

  /** Replaces the dataset: the merged graph replaces the view; ids that vanished leave the state. */
  replaceSession(session: Session): void {
    this.stopForce();
    this.sigma?.kill();
    this.session = sessionInPerspective(session, this.store.get().perspective);
    this.scenarioKey = "";
    this.mount();
    this.store.replace({ ...this.restorable(this.store.get()), layout: "flow" });
  }

  /**
   * The same, in tasks short enough that the page keeps handling input (a 10k-node load): the old
   * renderer goes and the new one starts on an empty graph in one task (its WebGL layers and
   * programs), then the nodes and edges it draws are added in slices (sigma indexes each as it
   * comes, and the frames between slices show the graph filling in), then the panels.
   */
  async replaceSessionInSlices(session: Session): Promise<void> {
    const next = sessionInPerspective(session, this.store.get().perspective);
    const positions = this.flowPositions(visibleNodes(next, this.store.get().filters), next);
    await nextTask();
    const render: RenderGraph = createGraph();
    measured("sigma", () => {
      this.stopForce();
      this.sigma?.kill();
      this.session = next;
      this.scenarioKey = "";
      this.attach(render);
      // No labels while the graph fills: placing them is a walk over every node drawn, each frame.
      this.renderer.setSetting("renderLabels", false);
    });
    await nextTask();
    await inSlices("render-graph", buildRenderGraphInSlices(next.graph, next.analysis, positions, render));
    await nextTask();
    measured("mount-view", () => {
      this.attached();
      this.store.replace({ ...this.restorable(this.store.get()), layout: "flow" });
    });
    // The labels in a frame after the first complete one: placing them is tens of ms of its own.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (this.renderGraph === render) measured("labels-on", () => this.renderer.setSetting("renderLabels", true));
    // The search's index (names normalised once) while the person looks, not on the first keystroke.
    void inSlices("search-index", prepareSearchInSlices(next.graph));
  }

  /** The state without ids the loaded graph does not have (a shared link, a changed dataset). */
  restorable(state: ViewState): ViewState {
    const has = (id: string) => this.session.graph.hasNode(id);
    const cuts = state.cuts.filter((c) =>
      "node" in c ? has(c.node) : "edge" in c ? has(c.edge.from) && has(c.edge.to) : has(c.commodity.from),
    );
    const jurisdiction = state.filters.jurisdiction;
    const known = ["all", "partners", "non-partners"].includes(jurisdiction) || this.session.blocs.has(jurisdiction.slice(5));
    const perspective = this.session.perspectives.includes(state.perspective) ? state.perspective : "world";
    return {
      ...state,
      perspective,
      selected: state.selected && has(state.selected) ? state.selected : undefined,
      filters: known ? state.filters : { ...state.filters, jurisdiction: "all" },
      cuts,
      preset: cuts.length === state.cuts.length ? state.preset : undefined,
    };
  }

  /** Force positions from a link: the next switch to the force layout places them instead of running it. */
  restorePositions(positions: Map<string, { x: number; y: number }>): void {
    this.pendingPositions = positions;
  }

  /** A node's position in the render graph (what a link's force layout keeps). */
  positionOf(node: string): { x: number; y: number } | undefined {
    if (!this.renderGraph.hasNode(node)) return undefined;
    const { x, y } = this.renderGraph.getNodeAttributes(node);
    return { x, y };
  }

  private applyPositions(positions: Map<string, { x: number; y: number }>): void {
    this.pendingPositions = undefined;
    this.stopForce();
    this.renderer.setCustomBBox(null);
    this.renderGraph.updateEachNodeAttributes(
      (node, attrs) => {
        const p = positions.get(node);
        return p ? { ...attrs, x: p.x, y: p.y } : attrs;
      },
      { attributes: ["x", "y"] },
    );
  }

  /** Runs a layout: switches to it, or runs it again when it is already the current one. */
  layout(kind: ViewState["layout"]): void {
    if (this.store.get().layout !== kind) this.store.setLayout(kind);
    else if (kind === "flow") this.applyFlow();
    else this.startForce();
  }

  /** Selects a node and frames it with its direct suppliers and dependents. */
  focusNode(node: string): void {
    this.store.select(node);
    const { graph } = this.session;
    if (!graph.hasNode(node)) return;
    void frameNodes(this.renderer, node, graph.neighbors(node));
  }

  /** Frames every visible node (the fit-view button). */
  fitView(): void {
    void this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** Draws the session: a new render graph and renderer, then the panels. */
  private mount(): void {
    const visible = visibleNodes(this.session, this.store.get().filters);
    this.attach(buildRenderGraph(this.session.graph, this.session.analysis, this.flowPositions(visible)));
    this.attached();
  }

  /** A renderer for `render` (which may still be filling: sigma follows its changes). */
  private attach(render: RenderGraph): void {
    this.renderGraph = render;
    this.current = this.derive(this.store.get(), undefined);
    this.unpainted.clear();
    this.labels = createLabelDrawer();
    this.sigma = createSigmaView(this.container, this.renderGraph, () => this.current.display, {
      labels: this.labels,
      large: this.large,
      describe: (node) => this.neighbourhood(node),
    });
    this.sigma.on("clickNode", ({ node }) => this.store.select(node));
    this.sigma.on("clickStage", () => this.store.select(undefined));
  }

  /** Once the render graph is complete: the selection's edges, the frame, the mount listeners and the panels. */
  private attached(): void {
    if (this.large) syncFocusEdges(this.renderGraph, this.session.graph, this.current.display);
    this.fitFlow();
    for (const listener of this.mountListeners) listener(this.sigma!);
    measured("panels", () => this.emit());
  }

  /** What a hovered node is supplied by and supplies, by label (the hover box). */
  neighbourhood(node: string): Neighbourhood | undefined {
    const { graph } = this.session;
    if (!graph.hasNode(node)) return undefined;
    const label = (n: string) => graph.getNodeAttribute(n, "label");
    return { label: label(node), suppliers: graph.inNeighbors(node).map(label), dependents: graph.outNeighbors(node).map(label) };
  }

  private get large(): boolean {
    return isLarge(this.session.graph);
  }

  private flowPositions(visible: Set<string>, session = this.session) {
    // With nothing filtered out, lay out the session graph itself: a copy of 50k edges costs a
    // noticeable moment, and the engine's compact view of the session graph is already built.
    // The world graph sets the places, so a perspective switch keeps every node where it was.
    const graph = session.base;
    // The load worker may have laid out the whole graph already (session.flow).
    if (visible.size === graph.order && session.flow) return session.flow;
    return flowLayout(visible.size === graph.order ? graph : (subgraph(graph, [...visible]) as ChokepointGraph));
  }

  private update(state: ViewState, previous: ViewState): void {
    if (state.perspective !== this.session.perspective) {
      // Every engine result changes with the importer's shares: rebuild the session and the view.
      const next = sessionInPerspective(this.session, state.perspective);
      if (next !== this.session) {
        this.stopForce();
        this.sigma?.kill();
        this.session = next;
        this.scenarioKey = "";
        this.mount();
        // The new renderer starts from the flow places: a force layout runs again on it.
        if (state.layout === "force") this.startForce();
        return;
      }
    }
    const before = this.current.display;
    this.current = this.derive(state, previous);
    if (state.layout !== previous.layout) {
      if (state.layout === "flow") this.applyFlow();
      else if (this.pendingPositions) this.applyPositions(this.pendingPositions);
      else this.startForce();
    }
    // A refresh runs every node and edge through the reducers again: skip it when nothing drawn
    // changed (a click on the empty stage with nothing selected, a search keystroke).
    const after = this.current.display;
    const unchanged = after.visible === before.visible && after.focus === before.focus && after.colors === before.colors;
    if (this.large && (after.visible !== before.visible || after.focus !== before.focus)) {
      syncFocusEdges(this.renderGraph, this.session.graph, after);
    }
    if (!unchanged) {
      this.unpainted.clear();
      this.sigma?.refresh({ skipIndexation: true });
    }
    this.emit();
  }

  private derive(state: ViewState, previous: ViewState | undefined): View {
    const { graph } = this.session;
    const filtersSame = previous !== undefined && previous.filters === state.filters;
    const visible = filtersSame ? this.current.display.visible : visibleNodes(this.session, state.filters);
    let focus: Display["focus"];
    if (state.selected && graph.hasNode(state.selected)) {
      const deps = dependencies(graph, state.selected, this.session.deps);
      const upstream = new Set(deps.upstream.map((d) => d.id));
      focus = { node: state.selected, upstream, related: new Set([...upstream, ...deps.downstream.map((d) => d.id)]) };
    }
    const scenario = this.runScenario(state);
    const same = previous !== undefined && scenario === this.current.scenario && state.time.month === previous.time.month;
    const colors = same
      ? this.current.display.colors
      : scenario?.result
        ? this.scenarioColors(scenario, state.time.month)
        : scenario?.pending
          ? this.current?.display.colors
          : undefined;
    return { state, session: this.session, display: { visible, focus, colors }, scenario };
  }

  /** Availability colours: the steady state, or the month the time slider shows. */
  private scenarioColors(scenario: ViewScenario, month: number | undefined): Display["colors"] {
    const steady = month === undefined || !scenario.timeline;
    const source = steady ? scenario.result!.availability : scenario.timeline!.availability;
    const colors = new Map<string, string>();
    for (const [node, a] of source) {
      const value = typeof a === "number" ? a : a[Math.min(month!, a.length - 1)]!;
      colors.set(node, availabilityColor(value));
    }
    return colors;
  }

  private runScenario(state: ViewState): View["scenario"] {
    if (state.cuts.length === 0) return undefined;
    const { months: horizon, duration, recovery } = state.time;
    const key = `${state.cuts.map((c) => `${cutKey(c)}:${c.severity}`).join(",")}|${horizon}|${duration}|${recovery}`;
    if (key === this.scenarioKey && this.current?.scenario) return this.current.scenario;
    this.scenarioKey = key;
    let cuts: ScenarioCut[];
    try {
      cuts = expandCuts(this.session.graph, state.cuts);
    } catch (error) {
      return { error: message(error) };
    }
    // The months (issue 13's time model): each cut starts at month 0, holds for the duration
    // (the whole horizon when unset) and ramps back over the recovery months.
    const timed = cuts.map((c) => ({ ...c, ...(duration !== undefined ? { duration, recoveryMonths: recovery } : {}) }));
    if (!this.engine) return scenarioHere(this.session, cuts, timed, horizon);
    const session = this.session;
    return scenarioInWorker(this.engine, session, { cuts, timed, horizon }, (scenario) => {
      if (this.scenarioKey === key && this.session === session) void this.settleScenario(scenario);
    });
  }

  /**
   * A scenario result from the engine worker: the colours, the renderer's pass over the nodes
   * whose colour changed, then the panels, each in a task of its own (on a 10k-node graph
   * each is tens of ms).
   */
  private async settleScenario(scenario: ViewScenario): Promise<void> {
    measured("scenario-colors", () => {
      const display = this.current.display;
      const colors = scenario.result ? this.scenarioColors(scenario, this.current.state.time.month) : undefined;
      this.current = { ...this.current, scenario, display: { ...display, colors } };
      this.unpainted.mark(display.colors, colors, (node) => this.renderGraph.hasNode(node));
    });
    await nextTask();
    // The nodes whose colour changed through the reducer again, in slices (recolour.ts). A newer
    // result repaints this one's nodes with its own.
    if (this.current.scenario !== scenario) return;
    const renderer = this.sigma;
    if (renderer) await inSlices("scenario-refresh", recolourInSlices(renderer, this.unpainted.take(), () => this.sigma === renderer));
    await nextTask();
    // A newer result or state change has told the panels already.
    if (this.current.scenario === scenario) measured("scenario-panels", () => this.emit());
  }

  /** Flow layout over the visible nodes; hidden nodes keep where they were. */
  private applyFlow(): void {
    this.stopForce();
    const positions = this.flowPositions(this.current.display.visible);
    this.renderGraph.updateEachNodeAttributes(
      (node, attrs) => {
        const p = positions.get(node);
        return p ? { ...attrs, x: p.x, y: p.y } : attrs;
      },
      { attributes: ["x", "y"] },
    );
    this.fitFlow();
    this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** Flow reads left to right: widen the frame on the right so the sectors' labels fit. */
  private fitFlow(): void {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    this.renderGraph.forEachNode((node, { x, y }) => {
      if (!this.current.display.visible.has(node)) return;
      [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
    });
    if (minX === Infinity) {
      this.renderer.setCustomBBox(null);
      return;
    }
    const pad = (maxX - minX) * 0.28 || 1;
    this.renderer.setCustomBBox({ x: [minX, maxX + pad], y: [minY, maxY === minY ? minY + 1 : maxY] });
  }

  private startForce(): void {
    this.stopForce();
    this.renderer.setCustomBBox(null);
    const report = (p: ForceProgress) => this.forceListeners.forEach((l) => l(p));
    this.force = runForceLayout(this.renderGraph, this.session.graph, this.current.display.visible, {
      onProgress: (done, total) => report({ running: true, done, total }),
      onEnd: (completed) => {
        this.force = undefined;
        report({ running: false, done: completed ? 1 : 0, total: 1 });
      },
    });
    report({ running: true, done: 0, total: 1 });
  }

  stopForce(): void {
    this.force?.stop();
    this.force = undefined;
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
