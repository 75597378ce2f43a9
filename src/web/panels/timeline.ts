// A scenario's months, from the engine's runTimeline (as `chokepoint scenario --months`): the
// horizon, each cut's duration and recovery, a month slider and play control that recolour the
// graph, loss curves of the sectors hit hardest, time to survive and to recover, and the stocks on
// the disrupted nodes that buy time. The controls write the view state (kept in the URL hash).
import type { App, View } from "../app.ts";
import { lossCurves } from "../charts/loss-curves.ts";
import { el } from "../dom.ts";
import { pct } from "../format.ts";
import type { ViewState } from "../state.ts";

/** Okabe-Ito: told apart with the common colour-vision deficiencies. */
const CURVE_COLORS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00"];
const PLAY_MS = 700;

export function mountTimeline(container: HTMLElement, app: App): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const play = el("button", { text: "Play", attrs: { type: "button", id: "time-play" } });
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = "Play";
  };
  const fields = timeFields(app);
  const slider = el("input", { attrs: { type: "range", id: "time-month", min: "0", step: "1", "aria-label": "Month shown on the graph" } });
  slider.addEventListener("input", () => {
    stop();
    app.store.setTime({ month: Number(slider.value) });
  });
  const monthOut = el("output", { attrs: { id: "time-month-label", for: "time-month" } });
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    const last = app.store.get().time.months - 1;
    const start = app.store.get().time.month;
    app.store.setTime({ month: start === undefined || start >= last ? 0 : start });
    timer = setInterval(() => {
      const { month, months: horizon } = app.store.get().time;
      if (month === undefined || month >= horizon - 1) return stop();
      app.store.setTime({ month: month + 1 });
    }, PLAY_MS);
  });
  const steady = el("button", { text: "Steady state", attrs: { type: "button", id: "time-steady", title: "The cut for ever, no stocks: what the loss bars above show" } });
  steady.addEventListener("click", () => {
    stop();
    app.store.setTime({ month: undefined });
  });
  const body = el("div", { attrs: { id: "timeline-results", "aria-live": "polite" } });
  const player = el("div", { className: "time-player" }, [play, slider, monthOut, steady]);
  // The months are computed when this opens (or a month is shown): the steady state alone is cheaper.
  const box = el("details", { attrs: { id: "timeline-box" } }, [el("summary", { text: "Over time (months)" }), fields.root, player, body]);
  container.replaceChildren(box);
  const paint = (view: View) => {
    const scenario = view.scenario;
    // A scenario running in the engine worker keeps the fields where they are (one may have focus).
    container.hidden = !scenario?.result && !scenario?.pending;
    if (!scenario?.result) {
      if (scenario?.pending) body.replaceChildren(el("p", { className: "muted", text: "Running the scenario…" }));
      return stop();
    }
    const { time } = view.state;
    if (time.month !== undefined) box.open = true;
    if (!box.open) return;
    const timeline = scenario.timeline;
    if (!timeline) {
      if (scenario.timelinePending) {
        body.replaceChildren(el("p", { className: "muted", text: "Computing the months…", attrs: { role: "status" } }));
        return;
      }
      stop();
      body.replaceChildren(el("p", { className: "error", text: scenario.timelineError ?? "No months for this scenario." }));
      return;
    }
    fields.sync(time);
    slider.max = String(time.months - 1);
    if (document.activeElement !== slider) slider.value = String(time.month ?? 0);
    monthOut.textContent = time.month === undefined ? "graph: steady state" : `graph: month ${time.month}`;
    play.textContent = timer !== undefined ? "Pause" : "Play";
    steady.setAttribute("aria-pressed", String(time.month === undefined));
    body.replaceChildren(...results(app, view));
  };
  box.addEventListener("toggle", () => paint(app.view));
  app.onUpdate(paint);
}

/** Horizon, duration and recovery inputs: whole months, an invalid entry leaves the state as it is. */
function timeFields(app: App): { root: HTMLElement; sync: (time: ViewState["time"]) => void } {
  const number = (id: string, label: string, min: number, max: number, placeholder = "") => {
    const input = el("input", { attrs: { type: "number", id, min: String(min), max: String(max), step: "1", placeholder, "aria-label": label } });
    return { input, field: el("label", { className: "time-field" }, [el("span", { text: label }), input]) };
  };
  const months = number("time-months", "Horizon (months)", 1, 120);
  const duration = number("time-duration", "Cut lasts (months)", 0, 120, "whole horizon");
  const recovery = number("time-recovery", "Recovery (months)", 0, 120);
  const read = (input: HTMLInputElement, min: number, max: number) => {
    const x = Number(input.value);
    return input.value !== "" && Number.isInteger(x) && x >= min && x <= max ? x : undefined;
  };
  months.input.addEventListener("change", () => {
    const m = read(months.input, 1, 120);
    if (m === undefined) return;
    const month = app.store.get().time.month;
    app.store.setTime({ months: m, month: month === undefined ? undefined : Math.min(month, m - 1) });
  });
  duration.input.addEventListener("change", () => app.store.setTime({ duration: read(duration.input, 0, 120) }));
  recovery.input.addEventListener("change", () => app.store.setTime({ recovery: read(recovery.input, 0, 120) ?? 0 }));

  const sync = (input: HTMLInputElement, value: number | undefined) => {
    if (document.activeElement !== input) input.value = value === undefined ? "" : String(value);
  };
  return {
    root: el("div", { className: "time-controls" }, [months.field, duration.field, recovery.field]),
    sync: (time) => {
      sync(months.input, time.months);
      sync(duration.input, time.duration);
      sync(recovery.input, time.recovery);
    },
  };
}

function results(app: App, view: View): Element[] {
  const timeline = view.scenario!.timeline!;
  const { graph } = view.session;
  const hit = timeline.sectors.filter((s) => s.outputMonthsLost > 1e-9);
  if (hit.length === 0) return [el("p", { className: "muted", text: "No sector loses output in these months." })];
  const top = hit.slice(0, CURVE_COLORS.length);
  const chart = lossCurves(
    top.map((s, i) => ({ label: s.label, loss: s.availability.map((a) => 1 - a), color: CURVE_COLORS[i]! })),
    { months: timeline.months, ...(view.state.time.month !== undefined ? { month: view.state.time.month } : {}), caption: `Sector loss per month, ${timeline.months} months` },
  );
  const survive = (m: number | null) => (m === null ? `stays above ${pct(timeline.threshold)}` : m === 0 ? "below at once" : `${m} month(s)`);
  const recover = (m: number | null) => (timeline.cutsEnd === null ? "cut lasts the horizon" : m === null ? "not within the horizon" : `${m} month(s) after the cut ends`);
  const rows = hit.map((s) => {
    const name = el("button", { className: "link-button", text: s.label, attrs: { type: "button", "data-node": s.sector } });
    name.addEventListener("click", () => app.focusNode(s.sector));
    return el("tr", { attrs: { "data-sector": s.sector } }, [
      el("td", {}, [name]),
      el("td", { className: "num", text: `−${pct(s.worstLoss)}` }),
      el("td", { className: "num", text: (Math.round(s.outputMonthsLost * 10) / 10).toFixed(1) }),
      el("td", { text: survive(s.timeToSurvive) }),
      el("td", { text: recover(s.timeToRecover) }),
    ]);
  });
  const table = el("table", { className: "dossier-supplies", attrs: { id: "timeline-sectors" } }, [
    el("thead", {}, [el("tr", {}, ["sector", "worst", "output-months lost", "time to survive", "time to recover"].map((h) => el("th", { text: h })))]),
    el("tbody", {}, rows),
  ]);
  return [chart, table, stocks(view, graph)];
}

/** Stocks held on nodes the scenario disrupts: months of normal throughput that delay the loss. */
function stocks(view: View, graph: View["session"]["graph"]): HTMLElement {
  const availability = view.scenario!.result!.availability;
  const held: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (!("stock" in attrs) || !attrs.stock || (availability.get(id) ?? 1) >= 1 - 1e-9) return;
    const who = attrs.stock.holder ? `, ${attrs.stock.holder}` : "";
    held.push(`${attrs.label}: ${attrs.stock.months} month(s) of stock${who}`);
  });
  if (held.length === 0) {
    return el("p", { className: "muted", attrs: { id: "timeline-stocks" }, text: "Stocks that buy time: none on the disrupted nodes (the data records no stocks there), so losses start in month 0." });
  }
  return el("div", { attrs: { id: "timeline-stocks" } }, [
    el("p", { text: "Stocks that buy time:" }),
    el("ul", { className: "figures" }, held.map((text) => el("li", { text }))),
  ]);
}
