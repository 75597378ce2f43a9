// Boots the explorer: bundled files -> loader -> graph -> engine (session) -> render graph -> sigma,
// then the panels, keyboard and URL hash. Test hooks: body[data-ready], data-node-count,
// data-rendered-nodes, and window.__chokepoint (read-only views of what sigma draws).
import { formatIssue } from "../load/issues.ts";
import { App } from "./app.ts";
import { BUNDLED_FILES } from "./data-files.ts";
import { el } from "./dom.ts";
import { syncHash } from "./hash-sync.ts";
import { bindKeyboard } from "./keyboard.ts";
import { mountAdd } from "./panels/add.ts";
import { mountAnswers } from "./panels/answers.ts";
import { mountDataFiles } from "./panels/data-files.ts";
import { mountExport } from "./panels/export.ts";
import { mountFilters } from "./panels/filters.ts";
import { mountInspect } from "./panels/inspect.ts";
import { mountLayoutControls } from "./panels/layout.ts";
import { mountLegend } from "./panels/legend.ts";
import { Bands } from "./bands.ts";
import { mountBandsToggle } from "./panels/bands-toggle.ts";
import { mountPerspective } from "./panels/perspective.ts";
import { mountRanking } from "./panels/ranking.ts";
import { mountScenario } from "./panels/scenario.ts";
import { mountSearch } from "./panels/search.ts";
import { openSession } from "./session.ts";
import { createStore } from "./state.ts";
import { exposeTestHooks } from "./test-hooks.ts";

const byId = (id: string) => document.getElementById(id)!;

function boot(): void {
  const opened = openSession(BUNDLED_FILES, []);
  if (!opened.ok) {
    byId("status").textContent = `The data has ${opened.issues.length} problem(s); nothing was drawn.`;
    const errors = byId("data-report");
    errors.hidden = false;
    errors.className = "panel data-report errors";
    errors.replaceChildren(el("h2", { text: "Data problems" }), ...opened.issues.map((i) => el("div", { text: formatIssue(i) })));
    document.body.dataset["ready"] = "error";
    return;
  }
  const app = new App(createStore(), opened.session, byId("graph"));
  const search = mountSearch(byId("search"), app);
  mountLayoutControls(byId("layout-controls"), app);
  mountPerspective(byId("perspective"), app);
  const bands = new Bands(app);
  mountBandsToggle(byId("uncertainty"), bands);
  mountExport(byId("export"), app);
  mountDataFiles(byId("data-controls"), byId("data-report"), app, BUNDLED_FILES);
  mountAnswers(byId("answers"), app);
  mountFilters(byId("filters"), app);
  mountScenario(byId("scenario"), app, bands);
  mountAdd(byId("add"), app);
  mountLegend(byId("legend"), app);
  mountInspect(byId("inspect"), app, bands);
  mountRanking(byId("ranking"), app, bands);
  bindKeyboard(app, search);
  syncHash(app);
  app.onUpdate((view) => {
    const { graph } = view.session;
    byId("status").textContent =
      `${view.display.visible.size} of ${graph.order} nodes shown · ${graph.size} edges · ${view.session.files.length} files`;
  });
  exposeTestHooks(app);
}

boot();
