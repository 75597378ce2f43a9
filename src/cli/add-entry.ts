// What `add` inserts: an entry built from flags or read from stdin, and the data file it belongs in.
import { resolve } from "node:path";
import type { SourceFile } from "../load/index.ts";
import type { Dataset } from "../schema/dataset.ts";
import { flagOption, listOption, stringOption } from "./args.ts";
import type { OptionSpec, OptionValues } from "./command.ts";
import { UsageError } from "./io.ts";

export type { Entry } from "../io/add-plan.ts";
import { defaultFileOf, type Entry } from "../io/add-plan.ts";

export const ADD_OPTIONS: Record<string, OptionSpec> = {
  kind: { type: "string", arg: "KIND", description: "node kind (country, company, material, ...) or edge kind (supplies, input, located_in, operates)" },
  id: { type: "string", arg: "ID", description: "node id: ISO code for a country, kebab-case otherwise" },
  label: { type: "string", arg: "TEXT", description: "node display name" },
  description: { type: "string", arg: "TEXT", description: "node description" },
  aliases: { type: "string", arg: "LIST", description: "node: other names, comma-separated" },
  blocs: { type: "string", arg: "LIST", description: "country: blocs, e.g. EU,G7" },
  wgi: { type: "string", arg: "N", description: "country: World Bank WGI estimate, -2.5..2.5" },
  partner: { type: "boolean", description: "country: a declared taskforce partner" },
  material: { type: "string", arg: "ID", description: "material: the material across stages, e.g. cobalt" },
  stage: { type: "string", arg: "STAGE", description: "material: mining, refining, processing or recycling" },
  from: { type: "string", arg: "ID", description: "edge: the supplier (supply flows from -> to)" },
  to: { type: "string", arg: "ID", description: "edge: the dependent" },
  share: { type: "string", arg: "N", description: "supplies: fraction of world supply, 0..1" },
  substitutability: { type: "string", arg: "N", description: "input: 0 (none) .. 1" },
  low: { type: "string", arg: "N", description: "supplies: lower bound on the share given by the source" },
  high: { type: "string", arg: "N", description: "supplies: upper bound on the share given by the source" },
  basis: { type: "string", arg: "BASIS", description: "supplies: what the share is of (mine-production, revenue, capacity, ...)" },
  site: { type: "string", arg: "ISO", description: "supplies: country where a company's supply is produced" },
  dependence: { type: "string", arg: "N", description: "input: how much of the dependent needs this input, 0..1 (absent = 1)" },
  "substitution-months": { type: "string", arg: "N", description: "input: months needed to substitute the input" },
  grade: { type: "string", arg: "A|B|C|U", description: "source grade: A primary, B quoted primary, C estimate, U unconfirmed" },
  year: { type: "string", arg: "YEAR", description: "year of the figure" },
  unit: { type: "string", arg: "TEXT", description: "unit of the figure" },
  note: { type: "string", arg: "TEXT", description: "a note" },
  source: { type: "string", arg: "TEXT", description: "source citation, e.g. 'USGS MCS 2025'" },
  url: { type: "string", arg: "URL", description: "source URL (http or https)" },
};

function numberFlag(values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${name} needs a number, not '${raw}'; e.g. --${name} 0.25`);
  return n;
}

/** The entry the flags describe, keys in the order data files use. Undefined when no entry flag is given. */
export function entryFromFlags(what: "node" | "edge", values: OptionValues): Entry | undefined {
  const given = Object.keys(ADD_OPTIONS).some((k) => values[k] !== undefined);
  if (!given) return undefined;
  const source = stringOption(values, "source");
  const url = stringOption(values, "url");
  if (url !== undefined && source === undefined) throw new UsageError("--url goes with --source 'citation'; e.g. --source 'USGS MCS 2025' --url https://...");
  const entry: Entry =
    what === "node"
      ? {
          kind: stringOption(values, "kind"),
          id: stringOption(values, "id"),
          label: stringOption(values, "label"),
          aliases: listOption(values, "aliases"),
          description: stringOption(values, "description"),
          blocs: listOption(values, "blocs"),
          governance: stringOption(values, "wgi") === undefined ? undefined : { wgi: numberFlag(values, "wgi") },
          partner: flagOption(values, "partner") || undefined,
          material: stringOption(values, "material"),
          stage: stringOption(values, "stage"),
        }
      : {
          kind: stringOption(values, "kind"),
          from: stringOption(values, "from"),
          to: stringOption(values, "to"),
          share: numberFlag(values, "share"),
          low: numberFlag(values, "low"),
          high: numberFlag(values, "high"),
          basis: stringOption(values, "basis"),
          site: stringOption(values, "site"),
          substitutability: numberFlag(values, "substitutability"),
          dependence: numberFlag(values, "dependence"),
          substitutionMonths: numberFlag(values, "substitution-months"),
        };
  Object.assign(entry, {
    year: numberFlag(values, "year"),
    unit: stringOption(values, "unit"),
    source: source === undefined ? undefined : { citation: source, ...(url ? { url } : {}) },
    note: stringOption(values, "note"),
    grade: stringOption(values, "grade"),
  });
  const edgeOnly = ["from", "to", "share", "substitutability", "low", "high", "basis", "site", "dependence", "substitution-months"];
  const wrong = what === "node" ? edgeOnly : ["id", "label", "aliases", "description", "blocs", "wgi", "partner", "material", "stage"];
  const misplaced = wrong.filter((k) => values[k] !== undefined);
  if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} is not for 'add ${what}'; see 'chokepoint add --help'`);
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

/** One JSON object, or an array of them, from stdin. */
export function entriesFromJson(text: string): Entry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`stdin is not valid JSON (${(error as Error).message}); pipe one object like {"kind": "company", "id": "x", "label": "X"}`);
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((v) => typeof v === "object" && v !== null && !Array.isArray(v))) {
    throw new UsageError("stdin must hold a JSON object, or an array of objects, one per entry");
  }
  return list as Entry[];
}

/** The loaded file an entry belongs in (src/io/add-plan.ts), as the path the sources were given. */
export function defaultFile(what: "node" | "edge", entry: Entry, dataset: Dataset, sources: SourceFile[]): string | undefined {
  const best = defaultFileOf(what, entry, dataset);
  return best === undefined ? undefined : (sources.find((s) => resolve(s.path) === resolve(best))?.path ?? best);
}
