// The search behind Find and the scenario picker. At 10k nodes the plain scan (normalising every
// label, id, alias and description, then edit distances against every name word, per keystroke)
// took 100-150 ms a call, a long task per keystroke. The names are normalised once per graph here,
// the typo check is memoised per distinct name word, and only the best `limit` matches are kept,
// so a call does a few string tests per node. Results are the same as the plain scan's
// (test/web/search-index.test.ts compares them on a generated 10k graph).
import type { ChokepointGraph } from "../../model/graph.ts";

export interface Match {
  id: string;
  label: string;
  kind: string;
  /** The alias that matched, when it was not the label or id. */
  via?: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

interface Name {
  text: string;
  words: string[];
  /** The alias, when the name is one. */
  via: string | undefined;
}
interface Entry {
  id: string;
  label: string;
  kind: string;
  names: Name[];
  description: { raw: string; text: string } | undefined;
}

const nameOf = (raw: string, via: string | undefined): Name => {
  const text = normalise(raw);
  return { text, words: text.split(" "), via };
};

// Session graphs are replaced on load, never edited in place; the order check is a guard.
const indexes = new WeakMap<ChokepointGraph, { order: number; entries: Entry[] }>();

function entryOf(id: string, attrs: ReturnType<ChokepointGraph["getNodeAttributes"]>): Entry {
  return {
    id,
    label: attrs.label,
    kind: attrs.kind,
    names: [nameOf(attrs.label, undefined), nameOf(id, undefined), ...(attrs.aliases ?? []).map((a) => nameOf(a, a))],
    description: attrs.description ? { raw: attrs.description, text: normalise(attrs.description) } : undefined,
  };
}

function indexOf(graph: ChokepointGraph): Entry[] {
  const cached = indexes.get(graph);
  if (cached && cached.order === graph.order) return cached.entries;
  const entries: Entry[] = [];
  graph.forEachNode((id, attrs) => void entries.push(entryOf(id, attrs)));
  indexes.set(graph, { order: graph.order, entries });
  return entries;
}

/**
 * Builds the index ahead of the first keystroke, yielding every 500 nodes (for `inSlices`): at 10k
 * nodes the whole build is a 50-80 ms task of its own. A search before it ends builds its own.
 */
export function* prepareSearchInSlices(graph: ChokepointGraph): Generator<void, void> {
  const entries: Entry[] = [];
  const ids = graph.nodes();
  for (let i = 0; i < ids.length; i++) {
    if (indexes.has(graph)) return;
    entries.push(entryOf(ids[i]!, graph.getNodeAttributes(ids[i]!)));
    if (i % 500 === 499) yield;
  }
  indexes.set(graph, { order: graph.order, entries });
}

/**
 * How well a normalised name matches the query words (lower is better), or undefined. Every word
 * must occur in the name: 0 when the name starts with the query, 5 when every word starts a word of
 * the name, 10 otherwise; an exact match gains 5.
 */
function scoreText(text: string, nameWords: string[], query: string, words: string[]): number | undefined {
  for (const w of words) if (!text.includes(w)) return undefined;
  const base = text.startsWith(query) ? 0 : words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 5 : 10;
  return base - (text === query ? 5 : 0);
}

let prevRow = new Int32Array(64);
let row = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max` (short words only); two reused rows. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > row.length) {
    prevRow = new Int32Array(2 * (b.length + 1));
    row = new Int32Array(2 * (b.length + 1));
  }
  for (let j = 0; j <= b.length; j++) prevRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(prevRow[j]! + 1, row[j - 1]! + 1, prevRow[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [prevRow, row] = [row, prevRow];
  }
  return prevRow[b.length]!;
}

/**
 * Whether a query word is near a name word: a word of 4+ letters within one edit (two from 7
 * letters) of the start of the name word; shorter words must occur as typed.
 */
function nearWord(w: string, n: string): boolean {
  if (w.length < 4) return n.includes(w);
  const max = w.length >= 7 ? 2 : 1;
  // Every edit fixes at most one letter, so a prefix sharing fewer than len - max letters with the
  // word (as a multiset) is too far: most name words are rejected here without an edit distance.
  let shared = 0;
  const pool = n.slice(0, w.length + 1).split("");
  for (const c of w) {
    const at = pool.indexOf(c);
    if (at >= 0) {
      shared++;
      pool[at] = "";
    }
  }
  if (w.length - shared > max) return false;
  return [-1, 0, 1].some((d) => editDistance(w, n.slice(0, w.length + d), max) <= max);
}

/** A typo-tolerant match (score 20, after every exact match): every query word is near some word of the name. */
function fuzzy(name: Name, words: string[], memo: Map<string, boolean>[]): number | undefined {
  const near = (w: string, k: number) =>
    name.words.some((n) => {
      let hit = memo[k]!.get(n);
      if (hit === undefined) memo[k]!.set(n, (hit = nearWord(w, n)));
      return hit;
    });
  return words.every(near) ? 20 : undefined;
}

const collator = new Intl.Collator();

interface Scored {
  entry: Entry;
  score: number;
  via: string | undefined;
}

/** The best `limit` of the scored entries by score, then label; ties keep graph order (as a stable sort would). */
function keepBest(best: Scored[], item: Scored, limit: number): void {
  const before = (a: Scored, b: Scored) => a.score - b.score || collator.compare(a.entry.label, b.entry.label);
  if (best.length === limit && before(item, best[limit - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && before(item, best[at - 1]!) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
}

/**
 * Nodes whose label, id, an alias or the description holds every word of the query; best matches
 * first. A description match ranks after a name match; with no match by words, names within a typo
 * or two ("coblt", "galium") match last.
 */
export function findNodes(graph: ChokepointGraph, query: string, limit = 8, accept: (id: string) => boolean = () => true): Match[] {
  const q = normalise(query);
  if (!q || limit <= 0) return [];
  const words = q.split(" ");
  const memo = words.map(() => new Map<string, boolean>());
  const best: Scored[] = [];
  for (const entry of indexOf(graph)) {
    if (!accept(entry.id)) continue;
    let found: { score: number; via: string | undefined } | undefined;
    const consider = (score: number | undefined, via: string | undefined) => {
      if (score !== undefined && (!found || score < found.score)) found = { score, via };
    };
    for (const name of entry.names) {
      const score = scoreText(name.text, name.words, q, words);
      consider(score === undefined ? undefined : score + (name.via ? 1 : 0), name.via);
    }
    const description = entry.description;
    if (!found && description && scoreText(description.text, description.text.split(" "), q, words) !== undefined) {
      consider(15, description.raw);
    }
    if (!found) for (const name of entry.names) consider(fuzzy(name, words, memo), name.via);
    if (found) keepBest(best, { entry, score: found.score, via: found.via }, limit);
  }
  return best.map(({ entry, via }) => {
    const match: Match = { id: entry.id, label: entry.label, kind: entry.kind };
    if (via) match.via = via;
    return match;
  });
}
