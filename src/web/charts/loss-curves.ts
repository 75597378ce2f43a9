// Loss curves over the months of a scenario, one line per sector, in SVG built with
// createElementNS and textContent (labels are untrusted text). A vertical rule marks the month shown.
const SVG = "http://www.w3.org/2000/svg";

export interface Curve {
  label: string;
  /** Loss per month, 0..1. */
  loss: number[];
  color: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function lossCurves(curves: Curve[], options: { months: number; month?: number; caption: string; width?: number }): SVGSVGElement {
  const width = options.width ?? 240;
  const [left, top, plotH] = [44, 6, 100];
  const legendRow = 14;
  const height = top + plotH + 18 + curves.length * legendRow;
  const plotW = width - left - 6;
  const x = (t: number) => left + (options.months <= 1 ? 0 : (t / (options.months - 1)) * plotW);
  const y = (loss: number) => top + loss * plotH;
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", class: "loss-curves" });
  root.append(svg("title", {}, options.caption));
  // Loss grows downward from the top line (availability 100%), as the graph's colours darken.
  for (const level of [0, 0.5, 1]) {
    root.append(svg("line", { x1: left, x2: left + plotW, y1: y(level), y2: y(level), stroke: "#d5d9de", "stroke-width": 1 }));
    root.append(svg("text", { x: left - 4, y: y(level) + 4, "text-anchor": "end", class: "axis" }, level === 0 ? "0%" : `−${level * 100}%`));
  }
  for (const t of [0, options.months - 1]) {
    root.append(svg("text", { x: x(t), y: top + plotH + 13, "text-anchor": t === 0 ? "start" : "end", class: "axis" }, t === 0 ? "month 0" : String(t)));
  }
  if (options.month !== undefined) {
    root.append(svg("line", { x1: x(options.month), x2: x(options.month), y1: top, y2: top + plotH, stroke: "#1b1f24", "stroke-dasharray": "3 2", class: "month-rule" }));
  }
  curves.forEach((curve, i) => {
    const d = curve.loss.map((l, t) => `${t === 0 ? "M" : "L"}${x(t).toFixed(1)},${y(Math.min(1, Math.max(0, l))).toFixed(1)}`).join("");
    const line = svg("path", { d, stroke: curve.color, "stroke-width": 2, fill: "none", class: "loss-curve", "data-label": curve.label });
    line.append(svg("title", {}, `${curve.label}: ${curve.loss.map((l) => `${Math.round(l * 1000) / 10}%`).join(", ")}`));
    root.append(line);
    const ly = top + plotH + 18 + i * legendRow + 9;
    root.append(svg("rect", { x: left, y: ly - 8, width: 10, height: 3, fill: curve.color }));
    root.append(svg("text", { x: left + 14, y: ly - 4, class: "legend-text" }, curve.label));
  });
  return root;
}
