// The PNG export as a briefing slide: a header with title, scenario and date, the graph as sigma
// draws it (@sigma/export-image), and a footer with the legend and the data version. Text is drawn
// on a canvas, never parsed as HTML.
import { NODE_KINDS } from "../schema/nodes.ts";
import type { View } from "./app.ts";
import { AVAILABILITY_STEPS, KIND_COLORS, UNAFFECTED } from "./palette.ts";
import { cutLabel } from "./panels/scenario.ts";
import { SCENARIO_PRESETS } from "../engine/index.ts";

export interface Briefing {
  title: string;
  scenario: string;
  date: string;
  version: string;
  legendTitle: string;
  legend: { color: string; label: string }[];
}

/** FNV-1a over the loaded files' paths and texts: the same files always give the same version. */
export function dataVersion(files: readonly { path: string; text: string }[]): string {
  let hash = 0x811c9dc5;
  for (const file of files) {
    for (const text of [file.path, "\u0000", file.text, "\u0000"]) {
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    }
  }
  return hash.toString(16).padStart(8, "0");
}

export function briefingOf(view: View, now: Date): Briefing {
  const { graph, files } = view.session;
  const sectors = graph.filterNodes((_n, a) => a.kind === "sector").length;
  const selected = view.state.selected && graph.hasNode(view.state.selected) ? graph.getNodeAttribute(view.state.selected, "label") : undefined;
  const title = selected ? `${selected}: supply dependencies` : `Supply dependencies of ${sectors} sectors`;
  const preset = view.state.preset ? SCENARIO_PRESETS[view.state.preset]?.label : undefined;
  const cuts = view.state.cuts.map((c) => `${cutLabel(view, c)} (${Math.round(c.severity * 100)}%)`);
  const scenario = cuts.length === 0 ? "Scenario: none (supply as listed)" : `Scenario: ${preset ? `${preset}: ` : ""}${cuts.join("; ")}`;
  const legend = view.scenario?.result
    ? [...AVAILABILITY_STEPS.map((s) => ({ color: s.color, label: s.label })), { color: UNAFFECTED, label: "unaffected" }]
    : NODE_KINDS.map((kind) => ({ color: KIND_COLORS[kind], label: kind }));
  return {
    title,
    scenario,
    date: now.toISOString().slice(0, 10),
    legendTitle: view.scenario?.result ? "Availability:" : "Node kinds:",
    version: `data ${dataVersion(files)}: ${files.length} files, ${graph.order} nodes, ${graph.size} edges; ${view.display.visible.size} shown`,
    legend,
  };
}

const HEADER = 64;
const FOOTER = 52;

/** The slide: header, the graph image, footer; the graph keeps its own pixel size. */
export function drawBriefing(graph: HTMLCanvasElement, briefing: Briefing): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = graph.width;
  canvas.height = graph.height + HEADER + FOOTER;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, 0, HEADER);
  ctx.fillStyle = "#1d2430";
  ctx.textBaseline = "alphabetic";
  ctx.font = "600 20px system-ui, sans-serif";
  ctx.fillText(briefing.title, 16, 28, canvas.width - 160);
  ctx.font = "14px system-ui, sans-serif";
  ctx.fillText(briefing.scenario, 16, 50, canvas.width - 32);
  ctx.textAlign = "right";
  ctx.fillText(briefing.date, canvas.width - 16, 28);
  ctx.textAlign = "left";
  ctx.strokeStyle = "#c5ccd6";
  ctx.beginPath();
  ctx.moveTo(0, HEADER - 0.5);
  ctx.lineTo(canvas.width, HEADER - 0.5);
  ctx.moveTo(0, HEADER + graph.height + 0.5);
  ctx.lineTo(canvas.width, HEADER + graph.height + 0.5);
  ctx.stroke();
  let x = 16;
  const y = HEADER + graph.height + 20;
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillStyle = "#1d2430";
  ctx.fillText(briefing.legendTitle, x, y);
  x += ctx.measureText(briefing.legendTitle).width + 8;
  for (const item of briefing.legend) {
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(x + 5, y - 4, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#1d2430";
    ctx.fillText(item.label, x + 14, y);
    x += 14 + ctx.measureText(item.label).width + 14;
  }
  ctx.fillStyle = "#4a5563";
  ctx.fillText(`${briefing.version} · chokepoint`, 16, y + 22, canvas.width - 32);
  return canvas;
}

export const BRIEFING_MARGINS = { header: HEADER, footer: FOOTER };
