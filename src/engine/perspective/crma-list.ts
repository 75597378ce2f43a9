// The CRMA 65% benchmark on the list it applies to (Regulation 2024/1252 art. 5: the strategic raw
// materials of Annex I, at any processing stage), optionally every material, and from the world's
// or one importer's side (under the EU perspective the EU's own sourcing where the data has it).
import type { ChokepointGraph } from "../../model/graph.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { suppliedNodes } from "../metrics/index.ts";
import { crmaCheck, type CrmaBreach, type CrmaOptions, type CrmaResult } from "../metrics/index.ts";
import { mixUsed, perspectiveGraph } from "./perspective-graph.ts";
import { WORLD, type Perspective } from "./supply-mix.ts";

export interface CrmaListOptions extends CrmaOptions {
  /** Check every material, not only those marked `strategic: true`. */
  allMaterials?: boolean;
  perspective?: Perspective;
}

export interface CrmaListBreach extends CrmaBreach {
  /** Which shares the breach was found on: the importer's sourcing, or world shares. */
  used: "sourcing" | "world";
}

export interface CrmaListResult extends Omit<CrmaResult, "breaches"> {
  breaches: CrmaListBreach[];
  scope: "strategic" | "all-materials";
  perspective: Perspective;
  /** Material nodes checked on the importer's sourcing (the rest on world shares). */
  onSourcing: number;
}

const isStrategic = (graph: ChokepointGraph, node: string) => {
  const a = graph.getNodeAttributes(node);
  return a.kind === "material" && a.strategic === true;
};

export function crmaList(graph: ChokepointGraph, settings: EngineSettingsInput = {}, options: CrmaListOptions = {}): CrmaListResult {
  const resolved = resolveSettings(settings);
  const perspective = options.perspective ?? WORLD;
  const view = perspectiveGraph(graph, perspective);
  const base = crmaCheck(view, resolved, { ...(options.coalition !== undefined ? { coalition: options.coalition } : {}), ...(options.bloc ? { bloc: options.bloc } : {}) });
  const all = options.allMaterials === true;
  const materials = suppliedNodes(view).filter((n) => view.getNodeAttribute(n, "kind") === "material" && (all || isStrategic(view, n)));
  const inScope = new Set(materials);
  return {
    ...base,
    breaches: base.breaches.filter((b) => inScope.has(b.node)).map((b) => ({ ...b, used: mixUsed(view, b.node) })),
    checked: materials.length,
    scope: all ? "all-materials" : "strategic",
    perspective,
    onSourcing: materials.filter((n) => mixUsed(view, n) === "sourcing").length,
  };
}
