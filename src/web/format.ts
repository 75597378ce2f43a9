// Number formats and the source element the panels share. Sources are untrusted: the citation is
// text, and the URL becomes a link only when it is http(s).
import type { Source } from "../schema/common.ts";
import { el, safeUrl } from "./dom.ts";

export const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
export const thousands = (x: number) => Math.round(x).toLocaleString("en-US");
export const decimal = (x: number, digits = 3) => (x === 0 ? "0" : x.toPrecision(digits));

/** "citation, year" with the citation linked (new tab) when its URL is http(s). */
export function sourceElement(source: Source | undefined, year?: number, note?: string): HTMLElement {
  const wrap = el("span", { className: "source" });
  if (!source) {
    wrap.append(el("span", { className: "muted", text: year ? `no source given (${year})` : "no source given" }));
  } else {
    const href = safeUrl(source.url);
    wrap.append(
      href
        ? el("a", { text: source.citation, attrs: { href, target: "_blank", rel: "noopener noreferrer" } })
        : el("span", { text: source.citation }),
    );
    if (year) wrap.append(el("span", { text: `, ${year}` }));
  }
  if (note) wrap.append(el("span", { className: "note", text: ` — ${note}` }));
  return wrap;
}

/** A definition list row: term and description (text or nodes). */
export function row(term: string, value: string | Node, title?: string): HTMLElement[] {
  const dt = el("dt", { text: term, attrs: title ? { title } : {} });
  const dd = el("dd", {}, [typeof value === "string" ? document.createTextNode(value) : value]);
  return [dt, dd];
}
