// The first screen's orientation and the answer lists: what the loaded data maps (counts by kind,
// files, years of its figures), one-click starting points, and the engine's single points of
// failure, knock-outs and CRMA breaches, each row linked to its node and to the scenario that shows
// it, and the IEA N-1 test per material (supply left when the largest country stops). The lists are
// computed when opened, on the perspective's graph; the knock-out sweep (every country and firm
// cut in turn) runs in the engine worker.
import { crmaCheck, runKnockouts, type KnockoutEntry } from "../../engine/index.ts";
import { n1All, type N1Chain } from "../../engine/perspective/index.ts";
import { NODE_KINDS } from "../../schema/nodes.ts";
import type { App, View } from "../app.ts";
import { el } from "../dom.ts";
import { pct } from "../format.ts";
import type { ViewCut } from "../state.ts";

interface Start {
  id: string;
  text: string;
  needs: string[];
  /** An importer whose sourcing the start reads. */
  perspective?: string;
  run: (app: App) => void;
}

/** A start that switches to an importer's view and selects one node. */
function importerStart(id: string, text: string, importer: string, node: string): Start {
  return {
    id,
    text,
    needs: [node],
    perspective: importer,
    run: (app) => {
      app.store.setPerspective(importer);
      app.focusNode(node);
    },
  };
}

const STARTS: Start[] = [
  { id: "depends-on-china", text: "What depends on China?", needs: ["CN"], run: (app) => app.focusNode("CN") },
  { id: "tsmc", text: "What is TSMC a single point of failure for?", needs: ["tsmc"], run: (app) => app.focusNode("tsmc") },
  importerStart("eu-batteries", "EU: which countries do Li-ion cells rest on?", "EU", "li-ion-cell"),
  importerStart("eu-gallium", "EU sourcing of gallium", "EU", "gallium-primary"),
  {
    id: "china-rare-earths",
    text: "China stops rare earths: wind power",
    needs: ["CN", "wind-power", "ndfeb-magnet"],
    run: (app) => {
      app.store.clearScenario();
      const cuts: ViewCut[] = [
        { commodity: { from: "CN", material: "rare-earths" }, severity: 1 },
        { edge: { from: "CN", to: "ndfeb-magnet" }, severity: 1 },
      ];
      for (const cut of cuts) app.store.addViewCut(cut);
      app.focusNode("wind-power");
    },
  },
];

export function mountAnswers(container: HTMLElement, app: App): void {
  let shownFor: View["session"] | undefined;
  app.onUpdate((view) => {
    if (shownFor === view.session) return;
    shownFor = view.session;
    container.replaceChildren(el("h2", { text: "What this maps" }), summary(view), ...starts(app, view), ...lists(app, view));
  });
}

function summary(view: View): HTMLElement {
  const { graph, files } = view.session;
  const counts = new Map(NODE_KINDS.map((k) => [k, 0]));
  const years: number[] = [];
  graph.forEachNode((_n, a) => counts.set(a.kind, counts.get(a.kind)! + 1));
  graph.forEachEdge((_e, a) => {
    if (a.kind === "supplies" && a.year !== undefined) years.push(a.year);
  });
  const span = years.length ? `; supply shares dated ${Math.min(...years)}–${Math.max(...years)}` : "";
  const kinds = [...counts].filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
  return el("p", {
    className: "dataset-summary",
    attrs: { id: "dataset-summary" },
    text: `Who supplies what, stage by stage, to ${counts.get("sector")} sectors. Nodes: ${kinds.join(", ")}; ${graph.size} edges from ${files.length} files${span}. Colour: node kind (availability in a scenario); size: concentration. Every share names its source.`,
  });
}

function starts(app: App, view: View): HTMLElement[] {
  const { graph } = view.session;
  const usable = (s: Start) => s.needs.every((n) => graph.hasNode(n)) && (!s.perspective || view.session.perspectives.includes(s.perspective));
  const buttons = STARTS.filter(usable).map((s) => {
    const button = el("button", { className: "preset", text: s.text, attrs: { type: "button", "data-start": s.id } });
    button.addEventListener("click", () => s.run(app));
    return button;
  });
  return buttons.length ? [el("div", { className: "presets", attrs: { role: "group", "aria-label": "Starting points" } }, buttons)] : [];
}

function lists(app: App, view: View): HTMLElement[] {
  const spof = el("details", { attrs: { id: "answers-knockouts" } }, [el("summary", { text: "Single points of failure and knock-outs" })]);
  spof.addEventListener("toggle", () => {
    if (!spof.open || spof.childElementCount !== 1) return;
    const engine = app.engine;
    if (!engine) return spof.append(...knockoutElements(app, runKnockouts(view.session.graph, view.session.analysis.settings)));
    // The sweep runs in the engine worker (one scenario per country and firm: seconds at 10k nodes).
    const wait = el("p", { className: "muted", text: "Cutting every country and firm in turn…", attrs: { role: "status" } });
    spof.append(wait);
    engine.knockouts(view.session).then(
      (entries) => wait.replaceWith(...knockoutElements(app, entries)),
      (error: unknown) => wait.replaceWith(el("p", { className: "error", text: error instanceof Error ? error.message : String(error) })),
    );
  });
  const crma = el("details", { attrs: { id: "answers-crma" } }, [el("summary", { text: "CRMA breaches (> 65% from one third country)" })]);
  crma.addEventListener("toggle", () => {
    if (crma.open && crma.childElementCount === 1) crma.append(crmaElement(app, view));
  });
  const n1 = el("details", { attrs: { id: "answers-n1" } }, [el("summary", { text: "N-1: supply left when the largest country stops" })]);
  n1.addEventListener("toggle", () => {
    if (n1.open && n1.childElementCount === 1) n1.append(...n1Elements(app, view));
  });
  return [spof, crma, n1];
}

/** Materials whose chain keeps the least when its largest country (at any stage) stops; each row cuts that country's material. */
function n1Elements(app: App, view: View): HTMLElement[] {
  const { base, perspective, graph } = view.session;
  const chains = n1All(base, perspective, view.session.analysis.settings).filter((c) => c.country && c.stage);
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const row = (c: N1Chain) => {
    const stage = c.stages.find((s) => s.node === c.stage);
    const mix = stage?.used === "sourcing" ? ` (${perspective} sourcing)` : "";
    const name = el("button", {
      className: "link-button",
      text: `${c.material}: ${label(c.country!)} ${pct(c.share)} at ${label(c.stage!)}${mix}; ${pct(c.left)} left`,
      attrs: { type: "button", "data-node": c.stage! },
    });
    name.addEventListener("click", () => app.focusNode(c.stage!));
    const show = el("button", {
      className: "icon-button",
      text: "cut",
      attrs: { type: "button", "data-cut-commodity": `${c.country}*${c.material}`, title: `Show the scenario: ${label(c.country!)} stops ${c.material}, every stage` },
    });
    show.addEventListener("click", () => {
      app.store.clearScenario();
      app.store.addViewCut({ commodity: { from: c.country!, material: c.material }, severity: 1 });
      app.focusNode(c.stage!);
    });
    return el("li", { attrs: { "data-material": c.material, "data-left": String(c.left) } }, [name, document.createTextNode(" "), show]);
  };
  return [
    el("p", { className: "muted", text: `IEA N-1, lowest first${perspective === "world" ? "" : `, seen from ${perspective}`}: the share of the material's supply left at its scarcest stage when the country largest at any stage stops.` }),
    el("ol", { className: "answer-list", attrs: { id: "n1-list" } }, chains.slice(0, 15).map(row)),
  ];
}

function knockoutElements(app: App, entries: KnockoutEntry[]): HTMLElement[] {
  const spof = entries.filter((e) => e.singlePointOfFailureFor.length > 0);
  const row = (e: KnockoutEntry, text: string) => {
    const name = el("button", { className: "link-button", text, attrs: { type: "button", "data-node": e.node } });
    name.addEventListener("click", () => app.focusNode(e.node));
    const show = el("button", { className: "icon-button", text: "cut", attrs: { type: "button", "data-cut-node": e.node, title: `Show the scenario: cut ${e.label}` } });
    show.addEventListener("click", () => {
      app.store.clearScenario();
      app.store.addCut(e.node, 1);
    });
    return el("li", { attrs: { "data-node": e.node } }, [name, document.createTextNode(" "), show]);
  };
  return [
    el("p", { className: "muted", text: "A single point of failure drops a sector to 0 when it alone stops (100%)." }),
    el("ul", { className: "answer-list", attrs: { id: "spof-list" } }, spof.map((e) => row(e, `${e.label}: ${e.singlePointOfFailureFor.join(", ")}`))),
    el("h3", { text: "Largest knock-outs (mean sector loss)" }),
    el("ol", { className: "answer-list", attrs: { id: "knockout-list" } }, entries.slice(0, 10).map((e) => row(e, `${e.label} −${pct(e.meanLoss)} (worst −${pct(e.worstLoss)})`))),
  ];
}

function crmaElement(app: App, view: View): HTMLElement {
  const { graph } = view.session;
  const { breaches } = crmaCheck(graph, view.session.analysis.settings);
  return el(
    "ul",
    { className: "answer-list", attrs: { id: "crma-list" } },
    breaches.map((b) => {
      const name = el("button", { className: "link-button", text: `${graph.getNodeAttribute(b.node, "label")}: ${b.country} ${pct(b.share)}`, attrs: { type: "button", "data-node": b.node } });
      name.addEventListener("click", () => app.focusNode(b.node));
      return el("li", { attrs: { "data-node": b.node } }, [name]);
    }),
  );
}
