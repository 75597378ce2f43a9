// Hovering a node names its neighbours: a small box by the node listing what it is supplied by and
// what it supplies, from the data graph (a large graph's render graph holds the selection's edges
// only). Names go in as text, never HTML.
import type Sigma from "sigma";
import { el } from "./dom.ts";
import type { RenderEdge, RenderNode } from "./render-graph.ts";

export interface Neighbourhood {
  label: string;
  suppliers: string[];
  dependents: string[];
}

/** At most this many names per list, then "and N more". */
export const TOOLTIP_NAMES = 6;

export const nameList = (names: string[]) =>
  names.length === 0
    ? "none"
    : names.length <= TOOLTIP_NAMES
      ? names.join(", ")
      : `${names.slice(0, TOOLTIP_NAMES).join(", ")} and ${names.length - TOOLTIP_NAMES} more`;

export function createHoverTooltip(container: HTMLElement) {
  const box = el("div", { className: "hover-tooltip", attrs: { id: "hover-tooltip", role: "tooltip" } });
  box.hidden = true;
  container.parentElement?.append(box);
  return {
    show(renderer: Sigma<RenderNode, RenderEdge>, node: string, describe: (node: string) => Neighbourhood | undefined) {
      const about = describe(node);
      const data = renderer.getNodeDisplayData(node);
      if (!about || !data) return;
      const { x, y } = renderer.framedGraphToViewport(data);
      box.replaceChildren(
        el("strong", { text: about.label }),
        el("div", { className: "tooltip-line", attrs: { "data-list": "suppliers" }, text: `Supplied by: ${nameList(about.suppliers)}` }),
        el("div", { className: "tooltip-line", attrs: { "data-list": "dependents" }, text: `Supplies: ${nameList(about.dependents)}` }),
      );
      box.dataset["node"] = node;
      // Beside the node, kept inside the graph area.
      const width = container.clientWidth;
      box.style.left = `${Math.min(Math.max(0, x + 14), Math.max(0, width - 280))}px`;
      box.style.top = `${Math.max(0, y + 14)}px`;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
      delete box.dataset["node"];
    },
    remove: () => box.remove(),
  };
}
