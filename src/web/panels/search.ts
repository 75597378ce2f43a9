// Find: a search box with autocomplete over labels, ids and aliases (an ARIA combobox). Choosing a
// result zooms to the node and selects it.
import type { App } from "../app.ts";
import { el } from "../dom.ts";
import { measured } from "../measure.ts";
import { KIND_COLORS } from "../palette.ts";
import { findNodes, type Match } from "./search-index.ts";

export { findNodes, type Match };

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
