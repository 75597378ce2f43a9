// The explorer's search as a plain scan (the code before the index, issue 15 item 10): the reference
// the indexed search in src/web/panels/search-index.ts must agree with.
import type { ChokepointGraph } from "../../src/model/graph.ts";
import type { Match } from "../../src/web/panels/search-index.ts";

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * How well `name` matches the query words (lower is better), or undefined. Every word must occur in
 * the name: 0 when the name starts with the query, 5 when every word starts a word of the name, 10
 * otherwise; an exact match gains 5.
 */
function scoreName(name: string, query: string, words: string[]): number | undefined {
  const text = normalise(name);
  if (!words.every((w) => text.includes(w))) return undefined;
  const nameWords = text.split(" ");
  const base = text.startsWith(query) ? 0 : words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 5 : 10;
  return base - (text === query ? 5 : 0);
}

/** Levenshtein distance, stopping early once it exceeds `max` (short words only). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * A typo-tolerant match: every query word of 4+ letters is within one edit (two from 7 letters) of
 * the start of some word of the name; shorter words must occur as typed. Score 20, after every exact match.
 */
function fuzzyScore(name: string, words: string[]): number | undefined {
  const nameWords = normalise(name).split(" ");
  const near = (w: string) => {
    if (w.length < 4) return nameWords.some((n) => n.includes(w));
    const max = w.length >= 7 ? 2 : 1;
    return nameWords.some((n) => [-1, 0, 1].some((d) => editDistance(w, n.slice(0, w.length + d), max) <= max));
  };
  return words.every(near) ? 20 : undefined;
}

/**
 * Nodes whose label, id, an alias or the description holds every word of the query; best matches
 * first. A description match ranks after a name match; with no match by words, names within a typo
 * or two ("coblt", "galium") match last.
 */
export function findNodesPlain(graph: ChokepointGraph, query: string, limit = 8, accept: (id: string) => boolean = () => true): Match[] {
  const q = normalise(query);
  if (!q) return [];
  const words = q.split(" ");
  const scored: { match: Match; score: number }[] = [];
  graph.forEachNode((id, attrs) => {
    if (!accept(id)) return;
    const names: [string, string | undefined][] = [
      [attrs.label, undefined],
      [id, undefined],
      ...(attrs.aliases ?? []).map((a): [string, string] => [a, a]),
    ];
    let best: { score: number; via: string | undefined } | undefined;
    const consider = (score: number | undefined, via: string | undefined) => {
      if (score !== undefined && (!best || score < best.score)) best = { score, via };
    };
    for (const [name, via] of names) {
      const score = scoreName(name, q, words);
      consider(score === undefined ? undefined : score + (via ? 1 : 0), via);
    }
    if (!best && attrs.description && scoreName(attrs.description, q, words) !== undefined) consider(15, attrs.description);
    if (!best) for (const [name, via] of names) consider(fuzzyScore(name, words), via);
    if (best) {
      const match: Match = { id, label: attrs.label, kind: attrs.kind };
      if (best.via) match.via = best.via;
      scored.push({ match, score: best.score });
    }
  });
  scored.sort((a, b) => a.score - b.score || a.match.label.localeCompare(b.match.label));
  return scored.slice(0, limit).map((s) => s.match);
}

