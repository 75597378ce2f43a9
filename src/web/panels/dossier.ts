// The inspector's answers for the selected node, all computed by the engine: for a country, firm or
// constellation its dossier (single points of failure, loss by sector, what it supplies with share
// and year, CRMA breaches) with one-click scenarios; for anything else the countries its supply
// rests on, summed along the chain. Under a perspective the session's graph is the engine's
// perspective graph, so every row here is the importer's.
import { supplierDossier, upstreamCountries, type SupplierDossier } from "../../engine/index.ts";
import type { Interval } from "../../engine/uncertainty/index.ts";
import type { App, View } from "../app.ts";
import type { Intervals } from "../bands.ts";
import { bandStyle } from "../charts/band.ts";
import { el } from "../dom.ts";
import { pct } from "../format.ts";
import { availabilityColor } from "../palette.ts";

const SUPPLIERS = new Set(["country", "company", "constellation"]);

export function answerElements(app: App, view: View, id: string, bands?: Intervals): HTMLElement[] {
  const { graph, propagation, deps, analysis } = view.session;
  const kind = graph.getNodeAttribute(id, "kind");
  if (SUPPLIERS.has(kind)) return dossierElements(app, supplierDossier(graph, id, analysis.settings, propagation), view.session.perspective, bands);
  if (kind === "country") return [];
  const rows = upstreamCountries(graph, id, analysis.settings, propagation, deps);
  if (rows.length === 0) return [];
  const items = rows.map((r) =>
    el("li", { attrs: { "data-country": r.country, "data-loss": String(r.loss) } }, [
      lossButton(app, r.country, `${r.label}${r.singlePointOfFailure ? " (single point of failure)" : ""}`, r.loss),
      el("p", { className: "loss-path", text: r.directShare > 0 ? `direct share ${pct(r.directShare)}` : `${r.depth} steps up the chain` }),
    ]),
  );
  return [
    el("h3", { text: "Countries its supply rests on" }),
    el("p", { className: "muted", text: "Loss of this node if each country alone stops, along the whole chain (engine knock-out)." }),
    el("ol", { className: "loss-list upstream-countries", attrs: { id: "upstream-countries" } }, items),
  ];
}

function dossierElements(app: App, d: SupplierDossier, perspective: string, bands: Intervals | undefined): HTMLElement[] {
  const spof = d.singlePointOfFailureFor;
  const worst = d.sectors[0];
  const verdict = spof.length
    ? `Single point of failure for ${spof.length} sector(s): ${d.sectors.filter((s) => s.singlePointOfFailure).map((s) => s.label).join(", ")}.`
    : `Single point of failure for no sector: cut alone, it drops no sector to 0${worst ? ` (largest loss ${pct(worst.loss)}, ${worst.label}; ${d.sectors.length} sectors hit)` : ""}.`;
  const show = el("button", { text: `Show the scenario: cut ${d.label}`, attrs: { type: "button", id: "dossier-scenario" } });
  show.addEventListener("click", () => app.store.addCut(d.node, 1));
  const out: HTMLElement[] = [
    el("h3", { text: "What depends on it" }),
    el("p", { className: "dossier-verdict", text: verdict, attrs: { id: "dossier-spof", "data-spof": spof.join(",") } }),
    show,
  ];
  if (d.hosts.length) out.push(el("p", { text: `${d.kind === "company" ? "Host country" : "Operator"}: ${d.hosts.join(", ")}` }));
  if (d.sectors.length) {
    const items = d.sectors.map((s) =>
      el("li", { attrs: { "data-sector": s.sector, "data-loss": String(s.loss) } }, [
        lossButton(app, s.sector, `${s.label}${s.singlePointOfFailure ? " (single point of failure)" : ""}`, s.loss, bands?.[s.sector]),
        ...(bands?.[s.sector] ? [el("p", { className: "loss-band", text: `p5–p95 −${pct(bands[s.sector]!.p5)} to −${pct(bands[s.sector]!.p95)}` })] : []),
      ]),
    );
    out.push(el("ol", { className: "loss-list", attrs: { id: "dossier-sectors", "aria-label": "Sector losses if it alone stops" } }, items));
  }
  out.push(...suppliesElements(app, d, perspective), ...breachElements(d, perspective));
  return out;
}

function suppliesElements(app: App, d: SupplierDossier, perspective: string): HTMLElement[] {
  if (d.supplies.length === 0) return [];
  const rows = d.supplies.map((s) => {
    const cut = el("button", { className: "icon-button", text: "cut", attrs: { type: "button", "data-cut-edge": s.node, title: `Cut ${d.label}'s supply of ${s.label} only` } });
    cut.addEventListener("click", () => app.store.addViewCut({ edge: { from: d.node, to: s.node }, severity: 1 }));
    const name = el("button", { className: "link-button", text: s.label, attrs: { type: "button", "data-node": s.node } });
    name.addEventListener("click", () => app.focusNode(s.node));
    const share = `${s.listed ? pct(s.share) : `${pct(s.share)}*`}${s.estimate ? " (estimate)" : ""}`;
    const meta = [s.via !== d.node ? `via ${s.via}` : "", s.year ? String(s.year) : ""].filter(Boolean).join(" · ");
    return el("tr", { attrs: { "data-supplied": s.node, title: s.source ? `Source: ${s.source}` : "no source given" } }, [
      el("td", {}, [name]),
      el("td", { className: "num", text: share }),
      el("td", { className: "grade", text: s.grade ?? "–", attrs: { title: s.grade ? `source grade ${s.grade}` : "no grade given" } }),
      el("td", { className: "muted", text: meta }),
      el("td", {}, [cut]),
    ]);
  });
  const materials = [...new Set(d.supplies.flatMap((s) => (s.material ? [s.material] : [])))].sort();
  const commodity = materials.map((material) => {
    const button = el("button", { className: "preset", text: `Cut ${d.label}'s ${material} (every stage)`, attrs: { type: "button", "data-commodity": material } });
    button.addEventListener("click", () => app.store.addViewCut({ commodity: { from: d.node, material }, severity: 1 }));
    return button;
  });
  return [
    el("h3", { text: `What it supplies (${d.supplies.length})` }),
    ...(perspective === "world" ? [] : [el("p", { className: "muted", text: `Shares are of ${perspective}'s sourcing where the data has it, of world supply elsewhere.` })]),
    el("table", { className: "dossier-supplies", attrs: { id: "dossier-supplies" } }, [
      el("thead", {}, [el("tr", {}, ["node", "share", "grade", "year", ""].map((h) => el("th", { text: h })))]),
      el("tbody", {}, rows),
    ]),
    ...(commodity.length ? [el("div", { className: "presets", attrs: { "aria-label": "Commodity cuts" } }, commodity)] : []),
  ];
}

function breachElements(d: SupplierDossier, perspective: string): HTMLElement[] {
  const whose = perspective === "world" ? "world supply" : `${perspective}'s supply (its sourcing where the data has it)`;
  if (d.crmaBreaches.length === 0) return [];
  return [
    el("h3", { text: "CRMA breaches it causes" }),
    el(
      "ul",
      { className: "figures", attrs: { id: "dossier-crma" } },
      d.crmaBreaches.map((b) => el("li", { text: `${b.node}: ${b.country} ${pct(b.share)} of ${whose} (> 65% from one third country)` })),
    ),
  ];
}

function lossButton(app: App, node: string, label: string, loss: number, band?: Interval): HTMLElement {
  const button = el("button", { className: "loss-row", attrs: { type: "button", "data-node": node } }, [
    el("span", { className: "loss-label", text: label }),
    el("span", { className: "rank-bar" }, [
      el("span", { className: "bar", attrs: { style: `width:${100 * loss}%;background:${availabilityColor(1 - loss)}` } }),
      ...(band ? [el("span", { className: "band", attrs: { style: bandStyle(band.p5, band.p95) } })] : []),
    ]),
    el("span", { className: "loss-value", text: `−${pct(loss)}` }),
  ]);
  button.addEventListener("click", () => app.focusNode(node));
  return button;
}
