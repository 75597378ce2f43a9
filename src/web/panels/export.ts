// Share and export: the graph as a PNG briefing slide (@sigma/export-image draws sigma's layers on
// one canvas; briefing.ts adds title, scenario, date, legend and data version), and
// the current, filtered graph as a JSON data file or GEXF through the same src/io adapters as the CLI.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { exportGexfWithView, type GexfNodeView } from "../../io/gexf-view.ts";
import { exportJson } from "../../io/json.ts";
import type { Edge } from "../../schema/edges.ts";
import type { Node } from "../../schema/nodes.ts";
import type { App, View } from "../app.ts";
import { briefingOf, drawBriefing } from "../briefing.ts";
import { el } from "../dom.ts";
import type { RenderEdge, RenderNode } from "../render-graph.ts";
import { attachLabels } from "../sigma-view.ts";

/** The data the filters keep: visible nodes and the edges between them, as validated data. */
export function filteredData(view: View): { nodes: Node[]; edges: Edge[] } {
  const { graph } = view.session;
  const { visible } = view.display;
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  graph.forEachNode((node, attrs) => {
    if (visible.has(node)) nodes.push(attrs);
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (visible.has(source) && visible.has(target)) edges.push(attrs);
  });
  return { nodes, edges };
}

/**
 * What the view draws and the engine computed, per shown node: layout position (y flipped: sigma's
 * y points up, Gephi's down), kind or availability colour, size, and risk, HHI, PageRank,
 * betweenness and scenario availability where they exist.
 */
function viewOf(app: App, view: View): Map<string, GexfNodeView> {
  const out = new Map<string, GexfNodeView>();
  const { session, display, scenario } = view;
  app.render.forEachNode((node, attrs) => {
    if (!display.visible.has(node)) return;
    const metrics: Record<string, number> = {};
    const risk = session.risk.get(node);
    if (risk) Object.assign(metrics, { risk: risk.score, hhiCountry: risk.concentration.hhiCountry });
    const c = session.analysis.centrality.get(node);
    if (c) Object.assign(metrics, { pagerank: c.pagerank, betweenness: c.betweenness });
    const a = scenario?.result?.availability.get(node);
    if (a !== undefined) metrics["availability"] = a;
    out.set(node, { x: attrs.x, y: -attrs.y, size: attrs.size, color: display.colors?.get(node) ?? attrs.color, metrics });
  });
  return out;
}

function download(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountExport(container: HTMLElement, app: App): void {
  const png = el("button", { text: "PNG", attrs: { type: "button", id: "export-png", title: "Export the graph as a PNG slide: title, scenario, date, legend, data version" } });
  const json = el("button", { text: "JSON", attrs: { type: "button", id: "export-json", title: "Export the shown nodes and edges as a data file" } });
  const gexf = el("button", { text: "GEXF", attrs: { type: "button", id: "export-gexf", title: "Export the shown nodes and edges for Gephi, laid out and coloured, with the metrics" } });
  const copy = el("button", { text: "Copy link", attrs: { type: "button", id: "copy-link", title: "The link keeps selection, filters and scenario" } });
  png.addEventListener("click", () => {
    png.disabled = true;
    const briefing = briefingOf(app.view, new Date());
    // What the slide says, for tests and for a screen reader's "what did I export".
    png.dataset["briefing"] = JSON.stringify(briefing);
    void drawOnCanvas(app.renderer as unknown as Sigma, {
      backgroundColor: "#ffffff",
      // The temporary renderer shares the label drawer: wire it to lay out that renderer's labels.
      withTempRenderer: (renderer) => {
        attachLabels(renderer as unknown as Sigma<RenderNode, RenderEdge>, app.labels);
        renderer.refresh();
      },
    })
      .then((canvas) => new Promise<Blob | null>((resolve) => drawBriefing(canvas, briefing).toBlob(resolve, "image/png")))
      .then((blob) => {
        if (blob) downloadBlob("chokepoint.png", blob);
      })
      .finally(() => (png.disabled = false));
  });
  const title = (view: View) => `chokepoint export: ${view.display.visible.size} of ${view.session.graph.order} nodes`;
  json.addEventListener("click", () => {
    const view = app.view;
    download("chokepoint.json", exportJson(filteredData(view), title(view)), "application/json");
  });
  gexf.addEventListener("click", () => {
    const view = app.view;
    download("chokepoint.gexf", exportGexfWithView(filteredData(view), viewOf(app, view)), "application/xml");
  });
  copy.addEventListener("click", () => {
    void navigator.clipboard?.writeText(location.href).then(
      () => (copy.textContent = "Copied"),
      () => (copy.textContent = "Copy the address bar"),
    );
    setTimeout(() => (copy.textContent = "Copy link"), 2000);
  });
  container.replaceChildren(el("span", { className: "toolbar-label", text: "Export" }), png, json, gexf, copy);
}
