// The view state <-> the URL hash, so a link reproduces selection, filters, scenario, layout and camera.
// `#sel=tsmc&hide=company&jur=bloc:EU&risk=0.2&cut=CN:1,JP>photoresist:0.5,CN*rare-earths:1&preset=taiwan-blockade&layout=force&cam=0.5,0.5,1&pos=...`
// `&persp=EU&months=24&month=3&dur=6&rec=3`: the perspective and the scenario's months.
// `&rankby=concentration`: the Rank panel's order (absent: by propagated loss).
// (a cut is NODE, FROM>NODE for one supplier's supply of one node, or FROM*MATERIAL for every stage of
// a material; cam is the sigma camera x,y,ratio; pos the force layout's positions, see encodePositions)
// The hash is untrusted input: unknown kinds are dropped, numbers clamped, ids checked by the caller.
import { NODE_KINDS, type NodeKind } from "../schema/nodes.ts";
import { cutKey, DEFAULT_TIME, initialState, type ViewCut, type ViewState } from "./state.ts";

const round = (x: number) => String(Math.round(x * 1000) / 1000);

/** What a link carries besides the store's state: the camera, and a force layout's positions. */
export interface HashExtras {
  camera?: { x: number; y: number; ratio: number } | undefined;
  /** Base64url Float32 x,y pairs in the graph's node order (encodePositions). */
  positions?: string | undefined;
}

export function encodeHash(state: ViewState, extras: HashExtras = {}): string {
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
  if (state.layout !== "flow") params.set("layout", state.layout);
  if (extras.camera) {
    const { x, y, ratio } = extras.camera;
    params.set("cam", [x, y, ratio].map((v) => String(Math.round(v * 10_000) / 10_000)).join(","));
  }
  if (state.layout === "force" && extras.positions) params.set("pos", extras.positions);
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
  state.layout = params.get("layout") === "force" ? "force" : "flow";
  state.rankBy = params.get("rankby") === "concentration" ? "concentration" : "loss";
  return state;
}

export function decodeExtras(hash: string): HashExtras {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const extras: HashExtras = {};
  const cam = (params.get("cam") ?? "").split(",").map(Number);
  // A camera ratio is a zoom factor: sigma's own bounds are 0.05..20 at most, anything else is junk.
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 && cam[2]! <= 20) extras.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  const pos = params.get("pos");
  if (pos && /^[A-Za-z0-9_-]+$/.test(pos)) extras.positions = pos;
  return extras;
}

const toBase64url = (bytes: Uint8Array) => {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
};

/**
 * Positions as base64url Float32 x,y pairs in `order` (the graph's node order, which the same data
 * files always give): 8 bytes a node, ~3 kB of link for the bundled ~280 nodes. Float32 keeps a
 * ForceAtlas2 layout to well under a pixel.
 */
export function encodePositions(order: string[], positions: (node: string) => { x: number; y: number } | undefined): string {
  const values = new Float32Array(order.length * 2);
  order.forEach((node, i) => {
    const p = positions(node) ?? { x: 0, y: 0 };
    values[2 * i] = p.x;
    values[2 * i + 1] = p.y;
  });
  return toBase64url(new Uint8Array(values.buffer));
}

/** The positions of `order`, or undefined when the text does not hold exactly one finite pair per node. */
export function decodePositions(text: string, order: string[]): Map<string, { x: number; y: number }> | undefined {
  let binary: string;
  try {
    binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return undefined;
  }
  if (binary.length !== order.length * 8) return undefined;
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const values = new Float32Array(bytes.buffer);
  if (!values.every(Number.isFinite)) return undefined;
  return new Map(order.map((node, i) => [node, { x: values[2 * i]!, y: values[2 * i + 1]! }]));
}
