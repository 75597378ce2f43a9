// Which nodes the filters keep. Kind: hidden kinds go. Jurisdiction: applies to nodes that have one
// (a country itself, a company's host, a constellation's operator); other kinds are kept. Risk: a
// supplied node whose composite score (engine ranking, 0..1) is below the threshold goes.
import { hostsOf } from "../model/queries.ts";
import type { Session } from "./session.ts";
import type { Filters } from "./state.ts";

/** The countries a node answers to, or undefined when it has no jurisdiction (materials, sectors...). */
export function jurisdictionOf(session: Session, node: string): string[] | undefined {
  const kind = session.graph.getNodeAttribute(node, "kind");
  if (kind === "country") return [node];
  if (kind === "company" || kind === "constellation") return hostsOf(session.graph, node);
  return undefined;
}

function matchesJurisdiction(session: Session, node: string, jurisdiction: string): boolean {
  if (jurisdiction === "all") return true;
  const countries = jurisdictionOf(session, node);
  if (countries === undefined) return true;
  if (jurisdiction === "partners") return countries.some((c) => session.partners.has(c));
  if (jurisdiction === "non-partners") return !countries.some((c) => session.partners.has(c));
  if (jurisdiction.startsWith("bloc:")) {
    const members = session.blocs.get(jurisdiction.slice(5));
    return members !== undefined && countries.some((c) => members.has(c));
  }
  return true;
}

export function visibleNodes(session: Session, filters: Filters): Set<string> {
  const hiddenKinds = new Set<string>(filters.hiddenKinds);
  const visible = new Set<string>();
  session.graph.forEachNode((node, attrs) => {
    if (hiddenKinds.has(attrs.kind)) return;
    if (!matchesJurisdiction(session, node, filters.jurisdiction)) return;
    const entry = session.risk.get(node);
    if (filters.minRisk > 0 && entry && entry.score < filters.minRisk) return;
    visible.add(node);
  });
  return visible;
}
