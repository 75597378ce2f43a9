// The typed-array build of the propagation index equals the first, graphology-fed build: same ids,
// entries in the same order, same shares and keeps to the bit, same sweep order. Also on graphs
// with array-index ids (graphology orders those neighbours first) and a node with hosts of both kinds.
import { describe, expect, it } from "vitest";
import { buildPropagationModel } from "../../src/engine/propagation/propagation.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { generatedGraph } from "./_generated.ts";
import { company, constellation, country, graphOf, input, locatedIn, material, operates, randomGraph, sector, supplies } from "./_graphs.ts";
import { buildPropagationModelReference } from "./reference/propagation-model.ts";

const expectSame = (graph: ChokepointGraph) => {
  const { index, ...built } = buildPropagationModel(graph);
  const { index: refIndex, ...reference } = buildPropagationModelReference(graph);
  expect(built).toEqual(reference);
  expect([...index]).toEqual([...refIndex]);
};

describe("propagation model", () => {
  it("equals the reference build on the generated 1k graph", () => expectSame(generatedGraph(1000, 6)));

  it("equals the reference build on random graphs", () => {
    for (let seed = 1; seed <= 40; seed++) expectSame(randomGraph(seed));
  });

  it("equals the reference with array-index ids and a node with both kinds of host", () => {
    expectSame(
      graphOf(
        [country("CN"), country("US"), company("2024"), company("acme"), constellation("sat"), material("m"), material("10"), sector("s")],
        [
          supplies("CN", "m", 0.3),
          supplies("acme", "m"),
          supplies("2024", "m", 0.2),
          supplies("sat", "m"),
          locatedIn("acme", "US"),
          operates("US", "sat"),
          locatedIn("2024", "CN"),
          input("m", "s", 0.25),
          input("10", "s"),
          supplies("US", "10"),
          // Not valid data (operates must end at a constellation) but a graph the engine may get.
          operates("CN", "acme"),
        ],
      ),
    );
  });
});
