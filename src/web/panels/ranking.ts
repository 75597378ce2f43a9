// The risk ranking panel: the engine's composite ranking with a bar per entry.
import type { RiskEntry } from "../../engine/ranking.ts";
import { el } from "../dom.ts";

export function renderRanking(container: HTMLElement, ranking: RiskEntry[], limit = 15): void {
  const top = ranking.slice(0, limit);
  const max = Math.max(...top.map((e) => e.score), 1e-12);
  container.replaceChildren(
    el("h2", { text: `Top ${top.length} concentration risks` }),
    ...top.map((entry) =>
      el("div", { className: "rank-row", attrs: { title: entry.explanation, "data-node": entry.node } }, [
        el("span", { text: String(entry.rank) }),
        el("span", { text: entry.label }),
        el("span", {}, [el("div", { className: "bar", attrs: { style: `width:${(100 * entry.score) / max}%` } })]),
      ]),
    ),
  );
}
