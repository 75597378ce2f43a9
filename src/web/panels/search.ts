// Find: a search box with autocomplete over labels, ids and aliases (an ARIA combobox). Choosing a
// result zooms to the node and selects it.
import type { ChokepointGraph } from "../../model/graph.ts";
import type { App } from "../app.ts";
import { el } from "../dom.ts";
import { measured } from "../measure.ts";
import { KIND_COLORS } from "../palette.ts";

export interface Match {
  id: string;
  label: string;
  kind: string;
  /** The alias that matched, when it was not the label or id. */
  via?: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * How well `name` matches the query words (lower is better), or undefined. Every word must occur in
 * the name: 0 when the name starts with the query, 5 when every word starts a word of the name, 10
 * otherwise; an exact match gains 5.
 */
function scoreName(name: string, query: string, words: string[]): number | undefined {
  const text = normalise(name);
  if (!words.every((w) => text.includes(w))) return undefined;
  const nameWords = text.split(" ");
  const base = text.startsWith(query) ? 0 : words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 5 : 10;
  return base - (text === query ? 5 : 0);
}

/** Levenshtein distance, stopping early once it exceeds `max` (short words only). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * A typo-tolerant match: every query word of 4+ letters is within one edit (two from 7 letters) of
 * the start of some word of the name; shorter words must occur as typed. Score 20, after every exact match.
 */
function fuzzyScore(name: string, words: string[]): number | undefined {
  const nameWords = normalise(name).split(" ");
  const near = (w: string) => {
    if (w.length < 4) return nameWords.some((n) => n.includes(w));
    const max = w.length >= 7 ? 2 : 1;
    return nameWords.some((n) => [-1, 0, 1].some((d) => editDistance(w, n.slice(0, w.length + d), max) <= max));
  };
  return words.every(near) ? 20 : undefined;
}

/**
 * Nodes whose label, id, an alias or the description holds every word of the query; best matches
 * first. A description match ranks after a name match; with no match by words, names within a typo
 * or two ("coblt", "galium") match last.
 */
export function findNodes(graph: ChokepointGraph, query: string, limit = 8, accept: (id: string) => boolean = () => true): Match[] {
  const q = normalise(query);
  if (!q) return [];
  const words = q.split(" ");
  const scored: { match: Match; score: number }[] = [];
  graph.forEachNode((id, attrs) => {
    if (!accept(id)) return;
    const names: [string, string | undefined][] = [
      [attrs.label, undefined],
      [id, undefined],
      ...(attrs.aliases ?? []).map((a): [string, string] => [a, a]),
    ];
    let best: { score: number; via: string | undefined } | undefined;
    const consider = (score: number | undefined, via: string | undefined) => {
      if (score !== undefined && (!best || score < best.score)) best = { score, via };
    };
    for (const [name, via] of names) {
      const score = scoreName(name, q, words);
      consider(score === undefined ? undefined : score + (via ? 1 : 0), via);
    }
    if (!best && attrs.description && scoreName(attrs.description, q, words) !== undefined) consider(15, attrs.description);
    if (!best) for (const [name, via] of names) consider(fuzzyScore(name, words), via);
    if (best) {
      const match: Match = { id, label: attrs.label, kind: attrs.kind };
      if (best.via) match.via = best.via;
      scored.push({ match, score: best.score });
    }
  });
  scored.sort((a, b) => a.score - b.score || a.match.label.localeCompare(b.match.label));
  return scored.slice(0, limit).map((s) => s.match);
}

let comboboxCount = 0;

/** A combobox over the graph's nodes; `onChoose` gets the chosen id. Used by Find and by Scenario. */
export function createCombobox(
  app: App,
  options: { placeholder: string; label: string; onChoose: (id: string) => void; accept?: (id: string) => boolean },
): { root: HTMLElement; input: HTMLInputElement; clear: () => void } {
  const listId = `combobox-list-${++comboboxCount}`;
  const input = el("input", {
    className: "combobox-input",
    attrs: {
      type: "search",
      placeholder: options.placeholder,
      "aria-label": options.label,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", { className: "combobox-list", attrs: { id: listId, role: "listbox" } });
  list.hidden = true;
  let matches: Match[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (match: Match) => {
    input.value = match.label;
    close();
    options.onChoose(match.id);
  };
  const paint = () => {
    list.replaceChildren(
      ...matches.map((m, i) => {
        const item = el("li", { className: "combobox-option", attrs: { role: "option", id: `${listId}-${i}`, "data-node": m.id } }, [
          el("span", { className: "swatch", attrs: { style: `background:${KIND_COLORS[m.kind as keyof typeof KIND_COLORS] ?? "#999"}` } }),
          el("span", { className: "option-label", text: m.label }),
          el("span", { className: "option-meta", text: m.via ? `${m.id} · “${m.via}”` : `${m.id} · ${m.kind}` }),
        ]);
        item.setAttribute("aria-selected", String(i === active));
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(m);
        });
        return item;
      }),
    );
    if (matches.length === 0 && input.value.trim()) list.append(el("li", { className: "combobox-empty", text: "No match" }));
    list.hidden = !input.value.trim();
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  input.addEventListener("input", () => {
    matches = measured("search", () => findNodes(app.view.session.graph, input.value, 8, options.accept));
    active = matches.length > 0 ? 0 : -1;
    paint();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (matches.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      paint();
    } else if (event.key === "Enter") {
      const match = matches[active];
      if (match) {
        event.preventDefault();
        choose(match);
      }
    } else if (event.key === "Escape") {
      event.stopPropagation();
      if (input.value || !list.hidden) {
        input.value = "";
        matches = [];
        close();
      } else {
        input.blur();
        app.store.select(undefined);
      }
    }
  });
  input.addEventListener("blur", close);
  const root = el("div", { className: "combobox" }, [input, list]);
  return { root, input, clear: () => ((input.value = ""), close()) };
}

export function mountSearch(container: HTMLElement, app: App): HTMLInputElement {
  const box = createCombobox(app, {
    placeholder: "Find a node (press /)",
    label: "Find a node by name, id or alias",
    onChoose: (id) => app.focusNode(id),
  });
  box.input.id = "search-input";
  container.replaceChildren(box.root);
  return box.input;
}
