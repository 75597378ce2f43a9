// Small readers for parsed option values that turn a mistyped value into a UsageError with a hint.
import type { ChokepointGraph } from "../model/graph.ts";
import { NODE_KINDS, type NodeKind } from "../schema/nodes.ts";
import type { OptionValues } from "./command.ts";
import { UsageError } from "./io.ts";

export const stringOption = (values: OptionValues, name: string): string | undefined => {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
};

export const stringsOption = (values: OptionValues, name: string): string[] => {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
};

export const flagOption = (values: OptionValues, name: string): boolean => values[name] === true;

/** A whole number of at least `min`, or undefined when the option is absent. */
export function intOption(values: OptionValues, name: string, min = 1): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} needs a whole number of ${min} or more, not '${raw}'; e.g. --${name} 10`);
  }
  return n;
}

/** A number in [min, max], or undefined when absent. */
export function numberOption(values: OptionValues, name: string, min: number, max: number): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name} needs a number from ${min} to ${max}, not '${raw}'`);
  }
  return n;
}

export function choiceOption<T extends string>(values: OptionValues, name: string, choices: readonly T[], fallback: T): T {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--${name} must be one of ${choices.join(", ")}, not '${raw}'; e.g. --${name} ${choices[0]}`);
}

/** `--kind`: a node kind, or undefined when absent; `example` is the kind the hint suggests. */
export function kindOption(values: OptionValues, example: NodeKind): NodeKind | undefined {
  const kind = stringOption(values, "kind");
  if (kind !== undefined && !(NODE_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${NODE_KINDS.join(", ")}, not '${kind}'; e.g. --kind ${example}`);
  }
  return kind as NodeKind | undefined;
}

/** Comma- or repeat-separated list: `--partners EU,JP --partners AU`. */
export const listOption = (values: OptionValues, name: string): string[] =>
  stringsOption(values, name).flatMap((v) => v.split(",").map((s) => s.trim()).filter(Boolean));

// "Did you mean" hints live in src/io/suggest.ts: the view's Add form gives the same ones.
export { closest, distance } from "../io/suggest.ts";
import { closest } from "../io/suggest.ts";

/**
 * The id of a node of the graph given its id, its id in another case or its exact label;
 * otherwise a UsageError that names the closest ids.
 */
export function resolveNode(graph: ChokepointGraph, wanted: string, what = "node"): string {
  if (graph.hasNode(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  const match = graph.findNode((id, attrs) => id.toLowerCase() === lower || attrs.label.toLowerCase() === lower);
  if (match !== undefined) return match;
  const near = closest(wanted, graph.nodes());
  const hint = near.length > 0 ? `did you mean ${near.map((n) => `'${n}'`).join(" or ")}?` : "no id is close";
  throw new UsageError(`unknown ${what} '${wanted}': ${hint} ('chokepoint explain ID' takes any node id)`);
}
