// Colours by node kind: the Okabe-Ito palette (safe for colour-blind readers), yellow darkened for white.
import type { NodeKind } from "../schema/nodes.ts";

export const KIND_COLORS: Record<NodeKind, string> = {
  country: "#E69F00",
  company: "#56B4E9",
  material: "#009E73",
  component: "#B8A200",
  constellation: "#0072B2",
  service: "#D55E00",
  sector: "#CC79A7",
};

export const FADED = "#e3e6ea";
export const EDGE_COLOR = "#c5cbd3";
