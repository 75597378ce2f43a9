// Scenarios and knock-outs on a dataset's compact view (structure/compact-data.ts), for graphs too
// large for graphology: the same model, values and rankings as runScenario and runKnockouts on
// buildGraph(dataset) (test/engine/compact-data.test.ts).
import { suggestAmong } from "../../model/suggest.ts";
import type { CompactData } from "../structure/index.ts";
import { knockoutsOn, type KnockoutEntry, type KnockoutOptions } from "./knockouts.ts";
import { modelFromView, type PropagationModel } from "./propagation-model.ts";
import { worklistOf } from "./propagation.ts";
import { scenarioOn, type ModelNames, type ScenarioCut, type ScenarioOptions, type ScenarioResult } from "./scenario.ts";
import type { EngineSettingsInput } from "../../schema/settings.ts";

const MODELS = new WeakMap<CompactData, PropagationModel>();

/** The propagation model of a compact dataset, built once per CompactData object. Read it, never write it. */
export function propagationModelOfCompact(data: CompactData): PropagationModel {
  let model = MODELS.get(data);
  if (!model) {
    model = modelFromView(data.view, data.edgeAt);
    worklistOf(model); // as propagationModelOf: the first scenario pays only for its own cone
    MODELS.set(data, model);
  }
  return model;
}

function namesOf(data: CompactData): ModelNames {
  return {
    label: (id) => data.nodes[data.view.index.get(id)!]!.label,
    hint: (id) => suggestAmong(data.nodes, id),
  };
}

/** runScenario on a compact dataset. */
export function runScenarioCompact(data: CompactData, cuts: readonly ScenarioCut[], options: ScenarioOptions = {}): ScenarioResult {
  return scenarioOn(propagationModelOfCompact(data), namesOf(data), cuts, options);
}

/** runKnockouts on a compact dataset. */
export function runKnockoutsCompact(data: CompactData, settings: EngineSettingsInput = {}, options: KnockoutOptions = {}): KnockoutEntry[] {
  return knockoutsOn(propagationModelOfCompact(data), namesOf(data).label, settings, options);
}
