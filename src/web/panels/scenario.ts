// Scenario: cut countries, companies or constellations with a severity, or apply a preset; the
// engine propagates the disruption, the graph recolours by availability and this panel ranks the
// sector losses with the path that explains each (with p5-p95 whiskers when "Show uncertainty" is
// on) and its months (timeline.ts). The data's dated events are presets too. Clearing restores the view.
import { eventPresets, missingPresetNodes, SCENARIO_PRESETS, suppliedStages } from "../../engine/index.ts";
import type { App, View } from "../app.ts";
import { BAND_DRAWS, type Bands } from "../bands.ts";
import { bandStyle } from "../charts/band.ts";
import { mountTimeline } from "./timeline.ts";
import { el } from "../dom.ts";
import { pct } from "../format.ts";
import { availabilityColor } from "../palette.ts";
import { cutKey, type ViewCut } from "../state.ts";
import { createCombobox } from "./search.ts";

const CUTTABLE = new Set(["country", "company", "constellation"]);

export function mountScenario(container: HTMLElement, app: App, bands?: Bands): void {
  const presets = el("div", { className: "presets", attrs: { role: "group", "aria-label": "Scenario presets" } });
  const events = el("div", { className: "presets", attrs: { role: "group", "aria-label": "Event presets", id: "event-presets" } });
  const picker = createCombobox(app, {
    placeholder: "Cut a country, firm or constellation",
    label: "Add a node to the scenario",
    accept: (id) => CUTTABLE.has(app.view.session.graph.getNodeAttribute(id, "kind")),
    onChoose: (id) => {
      picker.clear();
      app.store.addCut(id, 1);
    },
  });
  picker.input.id = "scenario-add";
  const cutList = el("ul", { className: "cut-list" });
  const clear = el("button", { text: "Clear scenario", attrs: { type: "button", id: "scenario-clear" } });
  clear.addEventListener("click", () => app.store.clearScenario());
  const results = el("div", { className: "scenario-results", attrs: { id: "scenario-results", "aria-live": "polite" } });
  const time = el("div", { className: "scenario-time", attrs: { id: "scenario-time" } });
  const eventsBox = el("details", { attrs: { id: "event-presets-box" } }, [el("summary", { text: "Events in the data (export controls, licences)" }), events]);
  container.replaceChildren(el("h2", { text: "Scenario" }), presets, eventsBox, picker.root, cutList, clear, results, time);
  mountTimeline(time, app);

  let presetsFor: View["session"] | undefined;
  let cutKeys = "";
  const paint = (view: View) => {
    const { graph } = view.session;
    if (presetsFor !== view.session) {
      presetsFor = view.session;
      paintPresets(app, graph, presets, events);
    }
    for (const button of container.querySelectorAll<HTMLButtonElement>("button.preset[data-preset]")) {
      button.setAttribute("aria-pressed", String(button.dataset["preset"] === view.state.preset));
    }
    const keys = view.state.cuts.map(cutKey).join(",");
    if (keys !== cutKeys || presetsFor !== view.session) {
      cutKeys = keys;
      cutList.replaceChildren(...view.state.cuts.map((cut) => cutRow(app, view, cut)));
    }
    for (const cut of view.state.cuts) {
      const slider = cutList.querySelector<HTMLInputElement>(`input[data-cut="${CSS.escape(cutKey(cut))}"]`);
      if (slider && document.activeElement !== slider) slider.value = String(Math.round(cut.severity * 100));
      const out = slider?.parentElement?.querySelector("output");
      if (out) out.textContent = pct(cut.severity);
    }
    clear.disabled = view.state.cuts.length === 0;
    results.replaceChildren(...resultElements(app, view, bands?.scenario(view)));
  };
  app.onUpdate(paint);
  bands?.onChange(() => paint(app.view));
}

/** The built-in presets (disabled when the data lacks their nodes) and one per event in the data. */
function paintPresets(app: App, graph: View["session"]["graph"], presets: HTMLElement, events: HTMLElement): void {
  const button = (id: string, label: string, title: string, disabled: boolean, cuts: ViewCut[]) => {
    const b = el("button", { text: label, className: "preset", attrs: { type: "button", "data-preset": id, title } });
    b.disabled = disabled;
    b.addEventListener("click", () => app.store.applyPreset(id, cuts));
    return b;
  };
  presets.replaceChildren(
    ...Object.values(SCENARIO_PRESETS).map((preset) => {
      const missing = missingPresetNodes(graph, preset);
      const title = missing.length ? `Needs ${missing.join(", ")}, not in the loaded data` : preset.description;
      return button(preset.id, preset.label, title, missing.length > 0, preset.cuts);
    }),
  );
  events.replaceChildren(...eventPresets(graph).map((p) => button(p.id, p.label, p.description, p.cuts.length === 0, p.cuts)));
}

/** What a cut cuts, in full: "China: all it supplies", "China's supply of X", "China's rare-earths: A, B". */
export function cutLabel(view: View, cut: ViewCut): string {
  const { graph } = view.session;
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  if ("node" in cut) return `${label(cut.node)}: all it supplies`;
  if ("edge" in cut) return `${label(cut.edge.from)}'s supply of ${label(cut.edge.to)}`;
  const { from, material } = cut.commodity;
  const stages = graph.hasNode(from) ? suppliedStages(graph, from, material).map(label) : [];
  return `${label(from)}'s ${material}, every stage: ${stages.join(", ") || "none supplied"}`;
}

function cutRow(app: App, view: View, cut: ViewCut): HTMLElement {
  const key = cutKey(cut);
  const name = cutLabel(view, cut);
  const slider = el("input", {
    attrs: { type: "range", min: "0", max: "100", step: "5", "data-cut": key, "aria-label": `Severity of the cut of ${name}` },
  });
  slider.value = String(Math.round(cut.severity * 100));
  slider.addEventListener("input", () => app.store.setSeverity(key, Number(slider.value) / 100));
  const remove = el("button", { className: "icon-button", text: "×", attrs: { type: "button", "aria-label": `Remove ${name}` } });
  remove.addEventListener("click", () => app.store.removeCut(key));
  return el("li", { className: "cut-row" }, [el("span", { className: "cut-name", text: name, attrs: { title: name } }), slider, el("output", { text: pct(cut.severity) }), remove]);
}

function resultElements(app: App, view: View, band: Record<string, { p5: number; p95: number }> | undefined): HTMLElement[] {
  const scenario = view.scenario;
  if (!scenario) return [el("p", { className: "muted", text: "Pick a preset or add a node to cut; the graph recolours by availability." })];
  if (scenario.error !== undefined) return [el("p", { className: "error", text: scenario.error })];
  if (scenario.pending) return [el("p", { className: "muted", text: "Running the scenario…", attrs: { id: "scenario-running", role: "status" } })];
  const { result } = scenario;
  const label = (id: string) => view.session.graph.getNodeAttribute(id, "label");
  const hit = result.sectors.filter((s) => s.loss > 1e-9);
  const notes = result.converged ? [] : [el("p", { className: "error", text: `Did not converge after ${result.iterations} sweeps.` })];
  const items = hit.map((s) => {
    const b = band?.[s.sector];
    const button = el("button", { className: "loss-row", attrs: { type: "button", "data-node": s.sector } }, [
      el("span", { className: "loss-label", text: s.label }),
      el("span", { className: "rank-bar" }, [
        el("span", { className: "bar", attrs: { style: `width:${100 * s.loss}%;background:${availabilityColor(s.availability)}` } }),
        ...(b ? [el("span", { className: "band", attrs: { style: bandStyle(b.p5, b.p95) } })] : []),
      ]),
      el("span", { className: "loss-value", text: `−${pct(s.loss)}` }),
    ]);
    button.addEventListener("click", () => app.focusNode(s.sector));
    return el("li", { attrs: { "data-sector": s.sector, "data-loss": String(s.loss) } }, [
      button,
      ...(b ? [el("p", { className: "loss-band", text: `p5–p95 −${pct(b.p5)} to −${pct(b.p95)}` })] : []),
      el("p", { className: "loss-path", text: s.path.map(label).join(" → ") }),
    ]);
  });
  return [
    el("h3", { text: `Sector losses: ${hit.length} of ${result.sectors.length} sectors hit` }),
    ...(view.session.perspective === "world" ? [] : [el("p", { className: "muted", text: `Seen from ${view.session.perspective}: its sourcing shares where the data has them.` })]),
    ...(band ? [el("p", { className: "muted", text: `Whiskers: p5–p95 loss over ${BAND_DRAWS.scenario} seeded draws of shares and substitutability within their ranges.` })] : []),
    ...notes,
    ...(items.length ? [el("ol", { className: "loss-list" }, items)] : [el("p", { className: "muted", text: "No sector loses supply." })]),
  ];
}
