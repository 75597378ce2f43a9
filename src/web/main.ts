// Boots the explorer: bundled files -> loader -> graph -> engine -> render graph -> sigma.
import { analyze } from "../engine/analyze.ts";
import { formatIssue } from "../load/issues.ts";
import { loadDataset } from "../load/load-dataset.ts";
import { buildGraph } from "../model/graph.ts";
import { BUNDLED_FILES } from "./data-files.ts";
import { el } from "./dom.ts";
import { flowLayout } from "./layouts/flow.ts";
import { renderLegend } from "./panels/legend.ts";
import { renderRanking } from "./panels/ranking.ts";
import { buildRenderGraph } from "./render-graph.ts";
import { createSigmaView } from "./sigma-view.ts";

const byId = (id: string) => document.getElementById(id)!;
const status = byId("status");

function boot(): void {
  const loaded = loadDataset(BUNDLED_FILES);
  if (!loaded.ok) {
    status.textContent = `The data has ${loaded.issues.length} problem(s); nothing was drawn.`;
    const errors = byId("errors");
    errors.hidden = false;
    errors.replaceChildren(el("h2", { text: "Data problems" }), ...loaded.issues.map((i) => el("div", { text: formatIssue(i) })));
    document.body.dataset["ready"] = "error";
    return;
  }
  const graph = buildGraph(loaded.dataset);
  const analysis = analyze(graph);
  const render = buildRenderGraph(graph, analysis, flowLayout(graph));
  const container = byId("graph");
  const renderer = createSigmaView(container, render);
  renderLegend(byId("legend"), graph);
  renderRanking(byId("ranking"), analysis.ranking);
  status.textContent = `${graph.order} nodes, ${graph.size} edges from ${BUNDLED_FILES.length} files`;

  // Exposed for the browser tests: how many nodes sigma actually holds display data for.
  renderer.once("afterRender", () => {
    let rendered = 0;
    render.forEachNode((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (data && !data.hidden) rendered++;
    });
    document.body.dataset["nodeCount"] = String(graph.order);
    document.body.dataset["renderedNodes"] = String(rendered);
    document.body.dataset["ready"] = "true";
  });
  renderer.refresh();
}

boot();
