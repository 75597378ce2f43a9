// Generates layered supply networks of any size, seeded: ~200 countries, companies located in them,
// materials at a mining and a refining stage, components in tiers, sectors. Suppliers and inputs are
// picked by power-law popularity, shares of one node's suppliers sum to at most 1, and a few input
// edges point back to a lower tier, so the dependency graph has cycles. Pure: returns data-file
// objects the real loader accepts; writing them is the caller's business.
import type { DataFile as FullDataFile } from "../schema/dataset.ts";
import type { Edge } from "../schema/edges.ts";
import { ISO_3166_ALPHA2 } from "../schema/iso-3166.ts";
import type { Node, NodeKind } from "../schema/nodes.ts";
import { EU27 } from "../schema/settings.ts";
import { createRandom, WeightedPool } from "./prng.ts";

/** Generated files hold nodes and edges only. */
type DataFile = Pick<FullDataFile, "title" | "nodes" | "edges">;

export interface NetworkOptions {
  /** Total nodes, countries included; at least 50. */
  nodes: number;
  /** PRNG seed; the same seed and options give the same files. Default 1. */
  seed?: number;
  /** Edges per node, all kinds together; default 5. */
  edgesPerNode?: number;
  /** Countries used as ends but not defined in the files (other loaded files define them, e.g. the bundled data). */
  omitCountries?: Iterable<string>;
  /** Kebab-case prefix of every non-country id, so generated ids never meet hand-written ones; default "g". */
  idPrefix?: string;
  /** Nodes per file before a kind is split over several files; default 20,000. */
  maxNodesPerFile?: number;
  /** Fraction of input edges that point from a higher component tier back to a lower one (cycles); default 0.02. */
  cycleRate?: number;
}

export interface GeneratedFile {
  /** File name, e.g. `components-02.json`. */
  name: string;
  data: DataFile;
}

export interface GeneratedNetwork {
  files: GeneratedFile[];
  /** Nodes and edges over all files (omitted countries not counted). */
  nodes: number;
  edges: number;
  counts: Record<NodeKind, number>;
  /** Input edges that point back to a lower tier. */
  backEdges: number;
}

const G7 = new Set(["US", "JP", "DE", "FR", "IT", "GB", "CA"]);
const EU = new Set<string>(EU27);
const TIER_SHARES = [0.35, 0.3, 0.2, 0.15];

interface Owned {
  node: Node;
  edges: Edge[];
}

export function generateNetwork(options: NetworkOptions): GeneratedNetwork {
  const { nodes: total, seed = 1, edgesPerNode = 5, idPrefix = "g", maxNodesPerFile = 20_000, cycleRate = 0.02 } = options;
  if (!Number.isInteger(total) || total < 50) throw new Error(`chokepoint gen: nodes must be an integer >= 50, got ${total}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(idPrefix)) throw new Error(`chokepoint gen: idPrefix must be kebab-case, got "${idPrefix}"`);
  const random = createRandom(seed);
  const omitted = new Set(options.omitCountries ?? []);

  // Node counts by kind.
  const countryCount = Math.min(200, Math.floor(total / 5));
  const rest = total - countryCount;
  const sectorCount = Math.max(3, Math.round(rest * 0.03));
  const families = Math.max(2, Math.round(rest * 0.06));
  const companyCount = Math.round(rest * 0.4);
  const componentCount = rest - sectorCount - 2 * families - companyCount;

  // Countries: a seeded pick of assigned ISO codes, with heavy-tailed sizes (a few dominate supply).
  const iso = [...ISO_3166_ALPHA2].sort();
  for (let i = iso.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [iso[i], iso[j]] = [iso[j]!, iso[i]!];
  }
  const countries = iso.slice(0, countryCount).sort();
  const owned: Owned[] = [];
  const ids: string[] = [];
  const add = (node: Node) => {
    ids.push(node.id);
    owned.push({ node, edges: [] });
    return owned.length - 1;
  };
  const countryIdx = countries.map((id) => {
    const wgi = random.next() < 0.9 ? Math.round((random.next() * 4 - 2) * 100) / 100 : undefined;
    const blocs = [...(EU.has(id) ? ["EU"] : []), ...(G7.has(id) ? ["G7"] : [])];
    return add({ kind: "country", id, label: `Country ${id}`, blocs, ...(wgi === undefined ? {} : { governance: { wgi } }) });
  });
  const countryPool = new WeightedPool(countryIdx, countryIdx.map(() => random.pareto(1.1)));

  const pad = (i: number) => String(i).padStart(String(total).length, "0");
  const companies = Array.from({ length: companyCount }, (_, i) =>
    add({ kind: "company", id: `${idPrefix}-company-${pad(i)}`, label: `Company ${i}` }),
  );
  const companyPool = new WeightedPool(companies, companies.map(() => random.pareto(1.4)));
  const mined: number[] = [];
  const refined: number[] = [];
  for (let f = 0; f < families; f++) {
    const material = `${idPrefix}-mat-${pad(f)}`;
    const flags = { ...(random.next() < 0.1 ? { strategic: true } : {}), ...(random.next() < 0.2 ? { critical: true } : {}) };
    mined.push(add({ kind: "material", id: `${material}-mined`, label: `Material ${f} (mined)`, material, stage: "mining", ...flags }));
    refined.push(
      add({
        kind: "material",
        id: `${material}-refined`,
        label: `Material ${f} (refined)`,
        material,
        stage: "refining",
        ...flags,
        ...(random.next() < 0.3 ? { eolRir: Math.round(random.next() * 50) / 100 } : {}),
      }),
    );
  }
  const tiers: number[][] = TIER_SHARES.map(() => []);
  let placed = 0;
  TIER_SHARES.forEach((share, t) => {
    const count = t === TIER_SHARES.length - 1 ? componentCount - placed : Math.round(componentCount * share);
    for (let i = 0; i < count; i++, placed++) {
      tiers[t]!.push(add({ kind: "component", id: `${idPrefix}-part-${t}-${pad(placed)}`, label: `Part ${placed} (tier ${t})` }));
    }
  });
  const sectors = Array.from({ length: sectorCount }, (_, i) =>
    add({ kind: "sector", id: `${idPrefix}-sector-${pad(i)}`, label: `Sector ${i}` }),
  );

  // Edge budget: fixed edges (located_in, mined -> refined), the rest 55% supplies, 45% inputs.
  // (x 1.04: picks that repeat an edge are dropped, about 4% of them.)
  const budget = Math.max(0, 1.04 * edgesPerNode * total - companyCount * 1.03 - families);
  const supplied = 2 * families + componentCount;
  const meanSupply = Math.max(1, (0.55 * budget) / supplied);
  const meanInput = Math.max(1, (0.45 * budget) / (componentCount + 3 * sectorCount));

  let edges = 0;
  let backEdges = 0;
  const seen = new Set<string>();
  const link = (owner: number, edge: Edge) => {
    const key = `${edge.from}>${edge.to}`;
    if (edge.from === edge.to || seen.has(key)) return false;
    seen.add(key);
    owned[owner]!.edges.push(edge);
    edges++;
    return true;
  };

  for (const c of companies) {
    const id = ids[c]!;
    const host = countryPool.pick(random);
    link(c, { kind: "located_in", from: id, to: ids[host]! });
    if (random.next() < 0.03) link(c, { kind: "located_in", from: id, to: ids[countryPool.pick(random)]! });
  }

  const supplyFrom = (target: number, countryRate: number) => {
    const k = random.powerCount(meanSupply, 1, 60);
    const picked: number[] = [];
    for (let tries = 0; picked.length < k && tries < 4 * k; tries++) {
      const from = random.next() < countryRate ? countryPool.pick(random) : companyPool.pick(random);
      if (!picked.includes(from)) picked.push(from);
    }
    const weights = picked.map(() => Math.pow(random.pareto(1.2), 1.5) * (0.2 + random.next()));
    const sum = weights.reduce((s, w) => s + w, 0);
    const coverage = 0.55 + 0.45 * random.next();
    picked.forEach((from, i) => {
      const edge: Edge = { kind: "supplies", from: ids[from]!, to: ids[target]! };
      if (random.next() >= 0.08) edge.share = Math.floor((weights[i]! / sum) * coverage * 10_000) / 10_000;
      link(target, edge);
    });
  };
  const inputFrom = (target: number, pool: WeightedPool, k: number, back: WeightedPool | undefined) => {
    for (let added = 0, tries = 0; added < k && tries < 4 * k; tries++) {
      const isBack = back !== undefined && back.size > 0 && random.next() < cycleRate;
      const from = (isBack ? back : pool).pick(random);
      const substitutability = random.next() < 0.6 ? 0 : Math.round(random.next() * 80) / 100;
      if (link(target, { kind: "input", from: ids[from]!, to: ids[target]!, substitutability })) {
        added++;
        if (isBack) backEdges++;
      }
    }
  };

  for (let f = 0; f < families; f++) {
    supplyFrom(mined[f]!, 0.8);
    link(refined[f]!, { kind: "input", from: ids[mined[f]!]!, to: ids[refined[f]!]!, substitutability: 0 });
    supplyFrom(refined[f]!, 0.4);
  }
  const popularity = (items: number[]) => new WeightedPool(items, items.map(() => random.pareto(1.3)));
  const below: number[] = [...refined];
  tiers.forEach((tier, t) => {
    const pool = popularity(below);
    const above = tiers.slice(t + 1).flat();
    const back = above.length > 0 ? popularity(above) : undefined;
    for (const c of tier) {
      supplyFrom(c, 0.1);
      inputFrom(c, pool, random.powerCount(meanInput, 1, 40), back);
    }
    for (const c of tier) below.push(c); // not push(...tier): a 1m-node tier overflows the call stack
  });
  const top = popularity([...tiers[TIER_SHARES.length - 1]!, ...tiers[TIER_SHARES.length - 2]!, ...refined]);
  for (const s of sectors) inputFrom(s, top, random.powerCount(3 * meanInput, 2, 120), undefined);

  // Files: one group per kind, split by maxNodesPerFile; an edge lives with the node it describes
  // (located_in with its company, supplies and input with the node supplied).
  const groups: [string, number[]][] = [
    ["countries", countryIdx.filter((i) => !omitted.has(ids[i]!))],
    ["companies", companies],
    ["materials", [...mined, ...refined]],
    ["components", tiers.flat()],
    ["sectors", sectors],
  ];
  const files: GeneratedFile[] = [];
  const counts: Record<NodeKind, number> = { country: 0, company: 0, material: 0, component: 0, constellation: 0, service: 0, sector: 0 };
  let nodeTotal = 0;
  for (const [name, members] of groups) {
    const parts = Math.max(1, Math.ceil(members.length / maxNodesPerFile));
    for (let p = 0; p < parts; p++) {
      const slice = members.slice(p * maxNodesPerFile, (p + 1) * maxNodesPerFile);
      const data: DataFile = {
        title: `Generated supply network (seed ${seed}, ${total} nodes): ${name}${parts > 1 ? ` part ${p + 1} of ${parts}` : ""}`,
        nodes: slice.map((i) => owned[i]!.node),
        edges: slice.flatMap((i) => owned[i]!.edges),
      };
      for (const node of data.nodes) counts[node.kind]++;
      nodeTotal += data.nodes.length;
      files.push({ name: parts > 1 ? `${name}-${String(p + 1).padStart(2, "0")}.json` : `${name}.json`, data });
    }
  }
  // Edges owned by omitted countries: none (countries own no edges), so the edge total stands.
  return { files, nodes: nodeTotal, edges, counts, backEdges };
}

/** The files as loader input: `{path, text}` with compact JSON, paths under `dir`. */
export function networkToSources(network: GeneratedNetwork, dir = "generated"): { path: string; text: string }[] {
  return network.files.map((f) => ({ path: `${dir}/${f.name}`, text: JSON.stringify(f.data) }));
}
