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

/**
 * Availability under a scenario, 0..1 (1 = normal): viridis hues, yellow to purple, readable with
 * the common forms of colour blindness. Viridis' light end (#fde725, #5ec962) is under 3:1 against
 * the white page, so the two lightest steps are darkened to a gold and a teal of at least 3:1
 * (3.5 and 3.2); every step now is (test/web/questions.test.ts checks). Untouched nodes are grey.
 */
export const AVAILABILITY_STEPS: readonly { min: number; color: string; label: string }[] = [
  { min: 0.8, color: "#9b8a00", label: "80–99%" },
  { min: 0.6, color: "#1fa187", label: "60–80%" },
  { min: 0.4, color: "#21918c", label: "40–60%" },
  { min: 0.2, color: "#3b528b", label: "20–40%" },
  { min: 0, color: "#440154", label: "0–20%" },
];
export const UNAFFECTED = "#c9ced6";

/** Availability below 1 - 1e-9 counts as affected (the engine's default tolerance). */
export function availabilityColor(availability: number): string {
  if (availability >= 1 - 1e-9) return UNAFFECTED;
  return AVAILABILITY_STEPS.find((s) => availability >= s.min)?.color ?? AVAILABILITY_STEPS[4]!.color;
}
