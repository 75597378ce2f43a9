// Rank: the engine's composite risk ranking (concentration x reach) with a bar per entry; the
// entries the filters keep, best first. Clicking an entry selects the node and zooms to it. With
// "Show uncertainty" on, each row gets its p5-p95 rank and a whisker over the score's p5-p95.
import type { App, View } from "../app.ts";
import type { Bands } from "../bands.ts";
import { BAND_DRAWS } from "../bands.ts";
import { bandStyle } from "../charts/band.ts";
import { el } from "../dom.ts";
import { decimal } from "../format.ts";

export function mountRanking(container: HTMLElement, app: App, bands?: Bands, step = 20): void {
  let limit = step;
  let last: { visible: Set<string>; selected: string | undefined; limit: number; version: number; session: View["session"] } | undefined;
  const paint = (view: View) => {
    const { visible } = view.display;
    const version = bands?.version ?? 0;
    if (last && last.visible === visible && last.selected === view.state.selected && last.limit === limit && last.version === version && last.session === view.session) return;
    last = { visible, selected: view.state.selected, limit, version, session: view.session };
    const entries = view.session.analysis.ranking.filter((e) => visible.has(e.node));
    const top = entries.slice(0, limit);
    const band = bands?.ranking(view.session);
    const max = Math.max(...top.map((e) => Math.max(e.score, band?.[`${e.node}|score`]?.p95 ?? 0)), 1e-12);
    const list = el(
      "ol",
      { className: "rank-list" },
      top.map((entry) => {
        const rank = band?.[`${entry.node}|rank`];
        const score = band?.[`${entry.node}|score`];
        const range = rank ? `${Math.round(rank.p5)}–${Math.round(rank.p95)}` : "";
        const button = el("button", {
          className: "rank-row",
          attrs: {
            type: "button",
            title: rank && score ? `${entry.explanation} Rank p5–p95 ${range}; score p5–p95 ${decimal(score.p5, 2)}–${decimal(score.p95, 2)}.` : entry.explanation,
            "data-node": entry.node,
            ...(rank ? { "data-rank-p5": String(rank.p5), "data-rank-p95": String(rank.p95) } : {}),
          },
        }, [
          el("span", { className: "rank-number", text: String(entry.rank) }),
          el("span", { className: "rank-label", text: entry.label }),
          el("span", { className: "rank-bar" }, [
            el("span", { className: "bar", attrs: { style: `width:${(100 * entry.score) / max}%` } }),
            ...(score ? [el("span", { className: "band", attrs: { style: bandStyle(score.p5 / max, score.p95 / max) } })] : []),
          ]),
          el("span", { className: "rank-score", text: decimal(entry.score, 2) }),
          ...(rank ? [el("span", { className: "rank-interval", text: `rank p5–p95: ${range}` })] : []),
        ]);
        if (entry.node === view.state.selected) button.setAttribute("aria-current", "true");
        button.addEventListener("click", () => app.focusNode(entry.node));
        return el("li", {}, [button]);
      }),
    );
    const more = el("button", { className: "link-button", text: `Show ${Math.min(step, entries.length - limit)} more`, attrs: { type: "button" } });
    more.addEventListener("click", () => {
      limit += step;
      paint(app.view);
    });
    // A repaint replaces the rows: the row that had the keyboard focus (Enter on it selected its
    // node, which repaints) gets it back, so keyboard users stay where they were.
    const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset["node"] : undefined;
    container.replaceChildren(
      el("h2", { text: "Risk ranking" }),
      el("p", { className: "muted", text: `Score = country HHI / 10,000 × share of sectors downstream${view.session.perspective === "world" ? "" : `, HHI of ${view.session.perspective} sourcing where the data has it`}. Hover for the numbers.` }),
      ...(band ? [el("p", { className: "muted", attrs: { id: "ranking-bands-note" }, text: `Rank p5–p95: over ${BAND_DRAWS.ranking} seeded draws of the shares within their grade ranges; the whisker is the score's p5–p95.` })] : []),
      ...(top.length ? [list] : [el("p", { className: "muted", text: "No supplied node is shown." })]),
      ...(entries.length > limit ? [more] : []),
    );
    if (focused) list.querySelector<HTMLElement>(`.rank-row[data-node="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  };
  app.onUpdate(paint);
  bands?.onChange(() => paint(app.view));
}
