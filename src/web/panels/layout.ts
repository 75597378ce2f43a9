// Layouts: flow (sources left, sectors right, by depth) or ForceAtlas2 in a web worker, with a stop
// button and progress. Both lay out the visible nodes only; filtering does not move anything.
import type { App } from "../app.ts";
import { el } from "../dom.ts";

export function mountLayoutControls(container: HTMLElement, app: App): void {
  const flow = el("button", { text: "Flow", attrs: { type: "button", "data-layout": "flow", title: "Sources left, sectors right" } });
  const force = el("button", { text: "Force", attrs: { type: "button", "data-layout": "force", title: "ForceAtlas2 (runs in a worker)" } });
  const stop = el("button", { text: "Stop", attrs: { type: "button", id: "layout-stop" } });
  const fit = el("button", { text: "Fit", attrs: { type: "button", id: "fit-view", title: "Fit the whole graph in view" } });
  fit.addEventListener("click", () => app.fitView());
  const progress = el("progress", { attrs: { id: "layout-progress", max: "1", value: "0", "aria-label": "Force layout progress" } });
  flow.addEventListener("click", () => app.layout("flow"));
  force.addEventListener("click", () => app.layout("force"));
  stop.addEventListener("click", () => app.stopForce());
  stop.hidden = true;
  progress.hidden = true;
  container.replaceChildren(el("span", { className: "toolbar-label", text: "Layout" }), flow, force, fit, stop, progress);

  app.onUpdate((view) => {
    container.dataset["layout"] = view.state.layout;
    flow.setAttribute("aria-pressed", String(view.state.layout === "flow"));
    force.setAttribute("aria-pressed", String(view.state.layout === "force"));
  });
  app.onForce(({ running, done, total }) => {
    container.dataset["force"] = running ? "running" : "stopped";
    if (!running) container.dataset["forceResult"] = done >= total ? "completed" : "stopped";
    stop.hidden = !running;
    progress.hidden = !running;
    progress.max = total;
    progress.value = done;
  });
}
