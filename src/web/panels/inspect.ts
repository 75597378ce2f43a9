// Inspect: the selected node's kind, attributes, figures with their sources, the engine's metrics
// with what they mean, and its suppliers and inputs as ranked bar charts.
import { partnerExposure } from "../../engine/index.ts";
import { perspectiveInfo, supplyMix } from "../../engine/perspective/index.ts";
import { BAND_DRAWS, type Bands } from "../bands.ts";
import { cutKey } from "../state.ts";
import { bandText } from "../charts/band.ts";
import { edgeKey } from "../../model/graph.ts";
import { inputsOf } from "../../model/queries.ts";
import type { Node } from "../../schema/nodes.ts";
import type { App, View } from "../app.ts";
import { shareBars, type Bar } from "../charts/share-bars.ts";
import { el } from "../dom.ts";
import { answerElements } from "./dossier.ts";
import { decimal, pct, row, sourceElement, thousands } from "../format.ts";
import { KIND_COLORS } from "../palette.ts";

export function mountInspect(container: HTMLElement, app: App, bands?: Bands): void {
  let shown: { key: string; session: View["session"] } | undefined;
  const paint = (view: View) => {
    const node = view.state.selected;
    const t = view.state.time;
    const timing = view.scenario?.result ? `${view.state.cuts.map((c) => `${cutKey(c)}:${c.severity}`).join()}|${t.months}|${t.month}|${t.duration}|${t.recovery}` : "";
    const key = `${node}|${timing}|${bands?.on ?? false}|${node && bands?.dossier(view.session, node) ? "d" : ""}`;
    if (node === undefined || !view.session.graph.hasNode(node)) {
      container.hidden = true;
      container.replaceChildren();
      shown = undefined;
      return;
    }
    if (shown?.key === key && shown.session === view.session) return;
    const isNew = container.dataset["node"] !== node || container.hidden;
    shown = { key, session: view.session };
    container.hidden = false;
    container.dataset["node"] = node;
    container.replaceChildren(...inspect(app, view, node, bands));
    // A new node's title comes into view (after a click far down a bar chart or the ranking);
    // focus goes to it only when the focus was inside the panel, which the re-render removed.
    if (isNew) {
      const focusLost = document.activeElement === document.body;
      container.scrollIntoView({ block: "start" });
      if (focusLost) container.querySelector<HTMLElement>(".inspect-title")?.focus();
    }
  };
  app.onUpdate(paint);
  bands?.onChange(() => paint(app.view));
}

function inspect(app: App, view: View, id: string, bands: Bands | undefined): Element[] {
  const { graph } = view.session;
  const attrs = graph.getNodeAttributes(id);
  const close = el("button", { className: "icon-button", text: "×", attrs: { type: "button", "aria-label": "Close (Escape)" } });
  close.addEventListener("click", () => app.store.select(undefined));
  const header = el("div", { className: "inspect-header" }, [
    el("h2", { text: attrs.label, className: "inspect-title", attrs: { tabindex: "-1" } }),
    close,
  ]);
  const kind = el("p", { className: "inspect-kind" }, [
    el("span", { className: "swatch", attrs: { style: `background:${KIND_COLORS[attrs.kind]}` } }),
    el("span", { text: `${attrs.kind} · ${id}` }),
  ]);
  // Under a perspective, which mix this node's numbers use comes first: it decides how to read them.
  const supplied = view.session.risk.has(id);
  return [
    header,
    kind,
    ...(supplied ? [mixNote(view, id)] : []),
    attributes(view, id, attrs),
    ...answerElements(app, view, id, bands?.dossier(view.session, id)),
    ...figures(attrs),
    ...metrics(view, id),
    ...suppliers(app, view, id, bands),
    ...inputs(app, view, id),
  ];
}

function attributes(view: View, id: string, attrs: Node): HTMLElement {
  const rows: HTMLElement[] = [];
  if (attrs.description) rows.push(...row("About", attrs.description));
  if (attrs.aliases?.length) rows.push(...row("Also known as", attrs.aliases.join(", ")));
  if (attrs.kind === "country") {
    rows.push(...row("Blocs", attrs.blocs.length ? attrs.blocs.join(", ") : "none"));
    rows.push(...row("Partner", view.session.partners.has(id) ? "yes, in the partner set" : "no"));
    if (attrs.governance) {
      const g = attrs.governance;
      rows.push(...row("Governance (WGI)", el("span", {}, [el("span", { text: `${g.wgi} (−2.5 worst … +2.5 best); ` }), sourceElement(g.source, g.year, g.note)])));
    }
  }
  if (attrs.kind === "material") {
    if (attrs.material) rows.push(...row("Material", attrs.material));
    if (attrs.stage) rows.push(...row("Stage", attrs.stage));
    const lists = [attrs.strategic && "EU strategic", attrs.critical && "EU critical"].filter(Boolean).join(", ");
    if (lists) rows.push(...row("Listed", lists));
    if (attrs.eolRir !== undefined) rows.push(...row("End-of-life recycling input", pct(attrs.eolRir)));
    if (attrs.substitutionIndex !== undefined) rows.push(...row("Substitution index", decimal(attrs.substitutionIndex)));
  }
  if (attrs.source || attrs.note) rows.push(...row("Source", sourceElement(attrs.source, attrs.year, attrs.note)));
  return el("dl", { className: "facts" }, rows);
}

function figures(attrs: Node): HTMLElement[] {
  if (!attrs.figures?.length) return [];
  return [
    el("h3", { text: "Figures" }),
    el(
      "ul",
      { className: "figures" },
      attrs.figures.map((f) =>
        el("li", {}, [
          el("strong", { text: `${f.label ?? f.key}: ` }),
          el("span", { text: `${f.value.toLocaleString("en-US")}${f.unit ? ` ${f.unit}` : ""}${f.estimate ? " (estimate)" : ""} — ` }),
          sourceElement(f.source, f.year, f.note),
        ]),
      ),
    ),
  ];
}

function metrics(view: View, id: string): HTMLElement[] {
  const { session } = view;
  const { thresholds } = session.analysis.settings;
  const rows: HTMLElement[] = [];
  const entry = session.risk.get(id);
  // Over the session's budget the loss ranking is not built and the row is left out.
  const loss = entry ? session.lossRisk?.get(id) : undefined;
  if (loss) {
    rows.push(...row("Loss rank", `${loss.rank} of ${session.lossRanking!.length} (${decimal(loss.outputMonthsLost, 2)} output-months)`, `output-months the sectors lose when ${loss.supplier} withholds it for ${loss.months} months`));
    rows.push(el("dd", { className: "explanation", attrs: { id: "loss-explanation" }, text: loss.explanation }));
  }
  if (entry) {
    const c = entry.concentration;
    rows.push(...row("Concentration rank", `${entry.rank} of ${session.analysis.ranking.length} (score ${decimal(entry.score, 2)})`, "country HHI / 10,000 × share of sectors downstream, 0..1"));
    rows.push(el("dd", { className: "explanation", text: entry.explanation }));
    const lower = c.lowerBound ? ` (lower bound: ${pct(c.coverage)} of supply listed)` : "";
    rows.push(...row("HHI, countries", `${thousands(c.hhiCountry)}${lower}${c.flags.hhi ? ` — flagged (≥ ${thousands(thresholds.hhi)})` : ""}`, "sum of squared country shares in percent, 0..10,000"));
    rows.push(...row("HHI, suppliers", thousands(c.hhiSupplier), "the same over listed suppliers (companies not folded)"));
    if (c.top) {
      const label = session.graph.hasNode(c.top.id) ? session.graph.getNodeAttribute(c.top.id, "label") : c.top.id;
      rows.push(...row("Top country", `${label} ${pct(c.top.share)}${c.flags.topShare ? ` — flagged (≥ ${pct(thresholds.topShare)}, the EU CRMA benchmark)` : ""}`));
    }
    const exposure = partnerExposure(session.graph, id, session.analysis.settings, session.partners);
    const largest = exposure.largestNonPartner;
    const whose = session.perspective === "world" ? "world supply" : `${session.perspective}'s supply mix`;
    rows.push(...row("Outside partners", `${pct(exposure.nonPartnerShare)}${largest ? `, largest ${largest.id} ${pct(largest.share)}` : ""}`, `share of ${whose} from countries outside the partner set`));
    rows.push(...row("Sectors downstream", `${entry.sectorsDownstream.length} (${pct(entry.reach)} of all)`));
  }
  const c = session.analysis.centrality.get(id);
  if (c) {
    rows.push(...row("Degree in / out", `${c.inDegree} / ${c.outDegree}`, "edges into and out of the node as in the data"));
    rows.push(...row("PageRank", decimal(c.pagerank), "on the reversed dependency graph: high when many important dependents rely on this node; sums to 1"));
    rows.push(...row("Betweenness", decimal(c.betweenness), "fraction of shortest dependency paths between other nodes that pass through this node, 0..1"));
  }
  const focus = view.display.focus;
  if (focus) rows.push(...row("Depends on / feeds", `${focus.upstream.size} upstream / ${focus.related.size - focus.upstream.size} downstream`));
  const a = view.scenario?.result?.availability.get(id);
  if (a !== undefined) rows.push(...row("Scenario availability", pct(a), "steady state: the cut for ever, no stocks"));
  const month = view.state.time.month;
  const monthly = month === undefined ? undefined : view.scenario?.timeline?.availability.get(id);
  if (monthly) rows.push(...row(`Availability in month ${month}`, pct(monthly[Math.min(month!, monthly.length - 1)]!), "the scenario's months (Over time)"));
  return rows.length ? [el("h3", { text: "Metrics" }), el("dl", { className: "facts metrics" }, rows)] : [];
}

/** "grade B, revenue, made in JP": what a share's grade, basis and production site say. */
const shareMeta = (s: { grade?: string; basis?: string; site?: string }) =>
  [s.grade ? `grade ${s.grade}` : "", s.basis ?? "", s.site ? `made in ${s.site}` : ""].filter(Boolean).join(", ");

/** Which mix the shares are (the importer's sourcing or the world's), with the sourcing's citations. */
function mixNote(view: View, id: string): HTMLElement {
  const { base, perspective } = view.session;
  const mix = supplyMix(base, id, perspective);
  const text =
    perspective === "world"
      ? "Mix: world shares (who produces it)."
      : mix.used === "sourcing"
        ? `Mix: ${perspective} sourcing (${mix.sources.join("; ")}); ${pct(mix.coverage)} of ${perspective}'s supply listed.`
        : `Mix: world shares. The data has no ${perspective} sourcing for this node.${upstreamSourced(view, perspective)}`;
  return el("p", { className: "mix-note muted", text, attrs: { id: "mix-note", "data-mix": mix.used } });
}

function suppliers(app: App, view: View, id: string, bandsOf: Bands | undefined): Element[] {
  const { graph } = view.session;
  const entry = view.session.risk.get(id);
  if (!entry || entry.concentration.suppliers.length === 0) return [];
  const c = entry.concentration;
  const bands = bandsOf?.shares(view.session, id);
  const bars: Bar[] = c.suppliers.map((s) => {
    const band = bands?.[s.id];
    const edge = graph.getEdgeAttributes(edgeKey(s.id, id));
    const title = [shareMeta(s), edge.source?.citation, edge.year, edge.note].filter(Boolean).join(", ");
    return {
      label: graph.getNodeAttribute(s.id, "label"),
      value: s.share,
      node: s.id,
      color: KIND_COLORS[graph.getNodeAttribute(s.id, "kind")],
      // The grade letter beside every share (issue 12): how far the number can be trusted.
      text: `${pct(s.share)}${s.listed ? "" : "*"}${s.grade ? ` ${s.grade}` : ""}`,
      ...(title ? { title: band ? `${title}; p5–p95 ${bandText(band.p5, band.p95)}` : title } : {}),
      ...(band ? { band: { low: band.p5, high: band.p95 } } : {}),
    };
  });
  const share = view.session.perspective === "world" || mixUsedHere(view, id) === "world" ? "share of world supply" : `share of ${view.session.perspective} sourcing`;
  const sourced = share !== "share of world supply";
  if (c.coverage < 0.999) bars.push({ label: sourced ? "Other sources" : "Rest of world", value: 1 - c.coverage, color: "#a7afba", title: sourced ? `not listed in ${view.session.perspective}'s sourcing` : "not listed: many small suppliers" });
  const chart = shareBars(bars, { caption: `Suppliers of ${graph.getNodeAttribute(id, "label")}, ${share}`, valueWidth: 64 });
  chart.addEventListener("click", (event) => selectFrom(app, event));
  const sources = el(
    "ul",
    { className: "edge-sources" },
    c.suppliers.map((s) => {
      const edge = graph.getEdgeAttributes(edgeKey(s.id, id));
      const meta = shareMeta(s);
      return el("li", {}, [el("span", { text: `${graph.getNodeAttribute(s.id, "label")} ${s.listed ? pct(s.share) : "(no share listed)"}${meta ? ` (${meta})` : ""}: ` }), sourceElement(edge.source, edge.year, edge.note)]);
    }),
  );
  const unlisted = c.suppliers.some((s) => !s.listed) ? [el("p", { className: "muted", text: "* no share listed: splits what the listed shares leave, equally" })] : [];
  const ranges = bands
    ? [
        el("p", { className: "muted", text: `p5–p95 of each share over ${BAND_DRAWS.shares} seeded draws within its range (stated low/high, else the grade's width):` }),
        el(
          "ul",
          { className: "figures", attrs: { id: "share-bands" } },
          c.suppliers.flatMap((s) => {
            const band = bands[s.id];
            if (!band) return [];
            const text = `${graph.getNodeAttribute(s.id, "label")} ${pct(s.share)}${s.grade ? ` (grade ${s.grade})` : " (no grade)"}: p5–p95 ${bandText(band.p5, band.p95)}`;
            return [el("li", { text, attrs: { "data-supplier": s.id } })];
          }),
        ),
      ]
    : [];
  return [el("h3", { text: "Suppliers" }), chart, ...unlisted, ...ranges, el("details", {}, [el("summary", { text: "Sources of the shares" }), sources])];
}

/** " 9 nodes upstream use EU sourcing." when the chain above a world-mix node has the importer's shares. */
function upstreamSourced(view: View, perspective: string): string {
  const { sourcedSet } = perspectiveInfo(view.session.graph);
  const n = [...(view.display.focus?.upstream ?? [])].filter((id) => sourcedSet.has(id)).length;
  return n === 0 ? "" : ` ${n} node${n === 1 ? "" : "s"} upstream use${n === 1 ? "s" : ""} ${perspective} sourcing.`;
}

const mixUsedHere = (view: View, id: string) => supplyMix(view.session.base, id, view.session.perspective).used;

function inputs(app: App, view: View, id: string): Element[] {
  const { graph } = view.session;
  const list = inputsOf(graph, id);
  if (list.length === 0) return [];
  const bars: Bar[] = list
    .map((input) => ({ input, label: graph.getNodeAttribute(input.id, "label") }))
    .sort((a, b) => a.input.substitutability - b.input.substitutability || a.label.localeCompare(b.label))
    .map(({ input, label }) => ({
      label,
      node: input.id,
      value: 1 - input.substitutability,
      text: `subst. ${pct(input.substitutability)}`,
      color: KIND_COLORS[graph.getNodeAttribute(input.id, "kind")],
      title: "bar: how much of a loss of this input passes on (1 - substitutability)",
    }));
  const chart = shareBars(bars, { caption: `Required inputs of ${graph.getNodeAttribute(id, "label")}, least substitutable first`, valueWidth: 84 });
  chart.addEventListener("click", (event) => selectFrom(app, event));
  return [el("h3", { text: "Inputs (least substitutable first)" }), chart];
}

function selectFrom(app: App, event: Event): void {
  const target = event.target instanceof Element ? event.target.closest("[data-node]") : null;
  const node = target?.getAttribute("data-node");
  if (node) app.focusNode(node);
}
