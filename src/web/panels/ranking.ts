// Rank: the engine's composite risk ranking (concentration x reach) with a bar per entry; the
// entries the filters keep, best first. Clicking an entry selects the node and zooms to it.
import type { App, View } from "../app.ts";
import { el } from "../dom.ts";
import { decimal } from "../format.ts";

export function mountRanking(container: HTMLElement, app: App, step = 20): void {
  let limit = step;
  let last: { visible: Set<string>; selected: string | undefined; limit: number } | undefined;
  const paint = (view: View) => {
    const { visible } = view.display;
    if (last && last.visible === visible && last.selected === view.state.selected && last.limit === limit) return;
    last = { visible, selected: view.state.selected, limit };
    const entries = view.session.analysis.ranking.filter((e) => visible.has(e.node));
    const top = entries.slice(0, limit);
    const max = Math.max(...top.map((e) => e.score), 1e-12);
    const list = el(
      "ol",
      { className: "rank-list" },
      top.map((entry) => {
        const button = el("button", {
          className: "rank-row",
          attrs: { type: "button", title: entry.explanation, "data-node": entry.node },
        }, [
          el("span", { className: "rank-number", text: String(entry.rank) }),
          el("span", { className: "rank-label", text: entry.label }),
          el("span", { className: "rank-bar" }, [el("span", { className: "bar", attrs: { style: `width:${(100 * entry.score) / max}%` } })]),
          el("span", { className: "rank-score", text: decimal(entry.score, 2) }),
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
      el("p", { className: "muted", text: "Score = country HHI / 10,000 × share of sectors downstream. Hover for the numbers." }),
      ...(top.length ? [list] : [el("p", { className: "muted", text: "No supplied node is shown." })]),
      ...(entries.length > limit ? [more] : []),
    );
    if (focused) list.querySelector<HTMLElement>(`.rank-row[data-node="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  };
  app.onUpdate(paint);
}
