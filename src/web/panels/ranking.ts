// Rank: the engine's risk ranking with a bar per entry; the entries the filters keep, best first.
// By default the ranking by propagated loss (output-months the sectors lose when the node's top
// supplier country withholds it for 6 months); "Rank by: concentration" gives the composite
// (concentration x reach). Clicking an entry selects the node and zooms to it. With "Show
// uncertainty" on, concentration rows get their p5-p95 rank and a whisker over the score's p5-p95;
// the engine has no Monte Carlo of the loss ranking, so loss rows get none and the panel says so.
import type { App, View } from "../app.ts";
import type { Bands } from "../bands.ts";
import { BAND_DRAWS } from "../bands.ts";
import { bandStyle } from "../charts/band.ts";
import { el } from "../dom.ts";
import { decimal } from "../format.ts";
import type { RankBy } from "../state.ts";

type Intervals = ReturnType<Bands["ranking"]>;

/** One row as the panel draws it, from either engine ranking. */
interface Row {
  node: string;
  rank: number;
  label: string;
  value: number;
  explanation: string;
}

export function mountRanking(container: HTMLElement, app: App, bands?: Bands, step = 20): void {
  let limit = step;
  let last: { visible: Set<string>; selected: string | undefined; limit: number; version: number; session: View["session"]; rankBy: RankBy; built: boolean } | undefined;
  const paint = (view: View) => {
    const { visible } = view.display;
    const { session } = view;
    const version = bands?.version ?? 0;
    const built = session.lossRankingBuilt();
    const key = { visible, selected: view.state.selected, limit, version, session, rankBy: view.state.rankBy, built };
    if (last && (Object.keys(key) as (keyof typeof key)[]).every((k) => last![k] === key[k])) return;
    last = key;
    const switcher = rankSwitch(app, view.state.rankBy);
    if (view.state.rankBy === "loss" && !built) {
      // First show in loss mode: draw the panel now and build the ranking after this frame, so the
      // page is drawn before the timelines run.
      container.replaceChildren(el("h2", { text: "Risk ranking" }), switcher, el("p", { className: "muted", attrs: { id: "ranking-pending" }, text: "Computing the loss ranking…" }));
      setTimeout(() => {
        void app.view.session.lossRanking;
        paint(app.view);
      }, 0);
      return;
    }
    const loss = view.state.rankBy === "loss" ? session.lossRanking : undefined;
    const band = loss ? undefined : bands?.ranking(session);
    const rows: Row[] = loss
      ? loss.map((e) => ({ node: e.node, rank: e.rank, label: e.label, value: e.outputMonthsLost, explanation: e.explanation }))
      : session.analysis.ranking.map((e) => ({ node: e.node, rank: e.rank, label: e.label, value: e.score, explanation: e.explanation }));
    const entries = rows.filter((e) => visible.has(e.node));
    const top = entries.slice(0, limit);
    const more = el("button", { className: "link-button", text: `Show ${Math.min(step, entries.length - limit)} more`, attrs: { type: "button" } });
    more.addEventListener("click", () => {
      limit += step;
      paint(app.view);
    });
    // A repaint replaces the rows: the row that had the keyboard focus (Enter on it selected its
    // node, which repaints) gets it back, so keyboard users stay where they were.
    const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset["node"] : undefined;
    const rowList = top.length ? list(app, view, top, band) : undefined;
    container.replaceChildren(
      el("h2", { text: "Risk ranking" }),
      switcher,
      ...notes(view, loss !== undefined, band, bands?.on ?? false),
      ...(rowList ? [rowList] : [el("p", { className: "muted", text: "No supplied node is shown." })]),
      ...(entries.length > limit ? [more] : []),
    );
    if (focused) rowList?.querySelector<HTMLElement>(`.rank-row[data-node="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  };
  app.onUpdate(paint);
  bands?.onChange(() => paint(app.view));
}

function rankSwitch(app: App, rankBy: RankBy): HTMLElement {
  const options = (["loss", "concentration"] as const).map((value) => {
    const button = el("button", { className: "link-button", text: value, attrs: { type: "button", "data-rank-by": value, "aria-pressed": String(value === rankBy) } });
    button.addEventListener("click", () => app.store.setRankBy(value));
    return button;
  });
  return el("p", { className: "rank-by muted", attrs: { id: "rank-by" } }, [el("span", { text: "Rank by: " }), options[0]!, el("span", { text: " | " }), options[1]!]);
}

function notes(view: View, loss: boolean, band: Intervals, bandsOn: boolean): HTMLElement[] {
  const { session } = view;
  const sourced = session.perspective === "world" ? "" : `, ${session.perspective} sourcing where the data has it`;
  if (view.state.rankBy === "loss" && !loss) {
    return [el("p", { className: "muted", attrs: { id: "ranking-fallback" }, text: `The loss ranking is not computed on a graph this size in the page (one 6-month timeline per supplied node: ${session.analysis.ranking.length} here); the CLI's \`risk\` computes it. Shown: the concentration ranking. Score = country HHI / 10,000 × share of sectors downstream${sourced}.` })];
  }
  if (loss) {
    return [
      el("p", { className: "muted", text: `Output-months the sectors lose when the node's largest supplier country withholds it for 6 months${sourced}. Hover for the numbers.` }),
      ...(bandsOn ? [el("p", { className: "muted", attrs: { id: "ranking-bands-note" }, text: "Uncertainty bands apply to the concentration ranking only: the engine has no Monte Carlo of the loss ranking. Rank by concentration to see them." })] : []),
    ];
  }
  return [
    el("p", { className: "muted", text: `Score = country HHI / 10,000 × share of sectors downstream${sourced}. Hover for the numbers.` }),
    ...(band ? [el("p", { className: "muted", attrs: { id: "ranking-bands-note" }, text: `Rank p5–p95: over ${BAND_DRAWS.ranking} seeded draws of the shares within their grade ranges; the whisker is the score's p5–p95.` })] : []),
  ];
}

function list(app: App, view: View, top: Row[], band: Intervals): HTMLElement {
  const max = Math.max(...top.map((e) => Math.max(e.value, band?.[`${e.node}|score`]?.p95 ?? 0)), 1e-12);
  return el(
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
          el("span", { className: "bar", attrs: { style: `width:${(100 * entry.value) / max}%` } }),
          ...(score ? [el("span", { className: "band", attrs: { style: bandStyle(score.p5 / max, score.p95 / max) } })] : []),
        ]),
        el("span", { className: "rank-score", text: decimal(entry.value, 2) }),
        ...(rank ? [el("span", { className: "rank-interval", text: `rank p5–p95: ${range}` })] : []),
      ]);
      if (entry.node === view.state.selected) button.setAttribute("aria-current", "true");
      button.addEventListener("click", () => app.focusNode(entry.node));
      return el("li", {}, [button]);
    }),
  );
}
