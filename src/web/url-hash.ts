// The view state <-> the URL hash, so a link reproduces selection, filters and scenario.
// `#sel=tsmc&hide=company&jur=bloc:EU&risk=0.2&cut=CN:1,JP>photoresist:0.5,CN*rare-earths:1&preset=taiwan-blockade`
// `&persp=EU&months=24&month=3&dur=6&rec=3`: the perspective and the scenario's months.
// `&rankby=concentration`: the Rank panel's order (absent: by propagated loss).
// (a cut is NODE, FROM>NODE for one supplier's supply of one node, or FROM*MATERIAL for every stage of a material)
// The hash is untrusted input: unknown kinds are dropped, numbers clamped, ids checked by the caller.
import { NODE_KINDS, type NodeKind } from "../schema/nodes.ts";
import { cutKey, DEFAULT_TIME, initialState, type ViewCut, type ViewState } from "./state.ts";

const round = (x: number) => String(Math.round(x * 1000) / 1000);

export function encodeHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set("sel", state.selected);
  if (state.filters.hiddenKinds.length > 0) params.set("hide", [...state.filters.hiddenKinds].sort().join(","));
  if (state.filters.jurisdiction !== "all") params.set("jur", state.filters.jurisdiction);
  if (state.filters.minRisk > 0) params.set("risk", round(state.filters.minRisk));
  if (state.cuts.length > 0) params.set("cut", state.cuts.map((c) => `${cutKey(c)}:${round(c.severity)}`).join(","));
  if (state.preset) params.set("preset", state.preset);
  if (state.perspective !== "world") params.set("persp", state.perspective);
  const t = state.time;
  if (t.months !== DEFAULT_TIME.months) params.set("months", String(t.months));
  if (t.month !== undefined) params.set("month", String(t.month));
  if (t.duration !== undefined) params.set("dur", String(t.duration));
  if (t.recovery !== DEFAULT_TIME.recovery) params.set("rec", String(t.recovery));
  if (state.rankBy !== "loss") params.set("rankby", state.rankBy);
  const text = params.toString();
  return text ? `#${text}` : "";
}

const fraction = (text: string | null): number | undefined => {
  if (text === null) return undefined;
  const x = Number(text);
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : undefined;
};

/** A whole number in [min, max] from the hash, or undefined. */
const whole = (text: string | null, min: number, max: number): number | undefined => {
  if (text === null || text === "") return undefined;
  const x = Number(text);
  return Number.isInteger(x) && x >= min && x <= max ? x : undefined;
};

function decodeCut(text: string): ViewCut | undefined {
  const colon = text.lastIndexOf(":");
  const key = colon < 0 ? text : text.slice(0, colon);
  const severity = colon < 0 ? 1 : fraction(text.slice(colon + 1));
  if (!key || severity === undefined) return undefined;
  const star = key.indexOf("*");
  if (star >= 0) {
    const [from, material] = [key.slice(0, star), key.slice(star + 1)];
    return from && material && !material.includes("*") ? { commodity: { from, material }, severity } : undefined;
  }
  const [from, to, ...rest] = key.split(">");
  if (to === undefined) return { node: key, severity };
  return from && to && rest.length === 0 ? { edge: { from, to }, severity } : undefined;
}

export function decodeHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state = initialState();
  state.selected = params.get("sel") || undefined;
  const kinds = new Set<string>(NODE_KINDS);
  state.filters.hiddenKinds = (params.get("hide") ?? "")
    .split(",")
    .filter((k): k is NodeKind => kinds.has(k));
  state.filters.jurisdiction = params.get("jur") || "all";
  state.filters.minRisk = fraction(params.get("risk")) ?? 0;
  state.cuts = (params.get("cut") ?? "")
    .split(",")
    .filter(Boolean)
    .map(decodeCut)
    .filter((c): c is ViewCut => c !== undefined);
  state.preset = params.get("preset") || undefined;
  // An unknown perspective is dropped by the caller (App.restorable), which knows the data's importers.
  state.perspective = params.get("persp") || "world";
  const months = whole(params.get("months"), 1, 120) ?? DEFAULT_TIME.months;
  const month = whole(params.get("month"), 0, months - 1);
  const duration = whole(params.get("dur"), 0, 120);
  state.time = { months, month, duration, recovery: whole(params.get("rec"), 0, 120) ?? DEFAULT_TIME.recovery };
  state.rankBy = params.get("rankby") === "concentration" ? "concentration" : "loss";
  return state;
}
