// A ranked horizontal bar chart in SVG (shares 0..1), built with createElementNS and textContent so
// untrusted labels stay text.
const SVG = "http://www.w3.org/2000/svg";

export interface Bar {
  label: string;
  /** 0..1 */
  value: number;
  /** What the value text says, e.g. "74%"; defaults to the percentage. */
  text?: string;
  color?: string;
  /** Extra detail for the tooltip (source, year, note). */
  title?: string;
  /** Node id, so a click on the row can select it. */
  node?: string;
  /** p5-p95 of the value (Show uncertainty), drawn as a whisker over the bar. */
  band?: { low: number; high: number };
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function shareBars(bars: Bar[], options: { width?: number; valueWidth?: number; caption: string }): SVGSVGElement {
  const width = options.width ?? 300;
  const row = 20;
  const labelWidth = 120;
  const valueWidth = options.valueWidth ?? 48;
  const barWidth = width - labelWidth - valueWidth;
  const root = svg("svg", {
    width,
    height: bars.length * row + 4,
    viewBox: `0 0 ${width} ${bars.length * row + 4}`,
    role: "img",
    class: "share-bars",
  });
  root.append(svg("title", {}, options.caption));
  bars.forEach((bar, i) => {
    const y = i * row + 2;
    // A bar that leads to a node is a link for the keyboard too: Tab reaches it, Enter follows it
    // (as a click, so the chart's one click handler serves both).
    const link: Record<string, string | number> = bar.node ? { "data-node": bar.node, tabindex: 0, role: "link", "aria-label": `${bar.label}: ${bar.text ?? pct(bar.value)}` } : {};
    const group = svg("g", { class: "share-bar", "data-label": bar.label, ...link });
    if (bar.node) {
      group.addEventListener("keydown", (event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        group.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      });
    }
    group.append(svg("title", {}, `${bar.label}: ${bar.text ?? pct(bar.value)}${bar.title ? ` — ${bar.title}` : ""}`));
    const shown = bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label;
    group.append(svg("text", { x: labelWidth - 6, y: y + 13, "text-anchor": "end", class: "bar-label" }, shown));
    group.append(svg("rect", { x: labelWidth, y: y + 3, width: barWidth, height: row - 8, fill: "#eef0f3", rx: 2 }));
    const w = Math.max(1, Math.min(1, bar.value) * barWidth);
    group.append(svg("rect", { x: labelWidth, y: y + 3, width: w, height: row - 8, fill: bar.color ?? "#0072b2", rx: 2 }));
    if (bar.band) {
      const [x1, x2] = [bar.band.low, bar.band.high].map((v) => labelWidth + Math.min(1, Math.max(0, v)) * barWidth);
      const mid = y + row / 2 - 1;
      group.append(svg("path", { d: `M${x1},${mid - 3}V${mid + 3}M${x1},${mid}H${x2}M${x2},${mid - 3}V${mid + 3}`, stroke: "#1b1f24", "stroke-width": 1.5, fill: "none", class: "bar-band" }));
    }
    group.append(svg("text", { x: width - 2, y: y + 13, "text-anchor": "end", class: "bar-value" }, bar.text ?? pct(bar.value)));
    root.append(group);
  });
  return root;
}
