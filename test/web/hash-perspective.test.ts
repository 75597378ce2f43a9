// The perspective and the scenario's months in the URL hash: round trip, defaults left out, and
// hostile values dropped rather than trusted.
import { describe, expect, it } from "vitest";
import { initialState } from "../../src/web/state.ts";
import { decodeHash, encodeHash } from "../../src/web/url-hash.ts";

describe("perspective and months in the hash", () => {
  it("round-trips persp, months, month, dur and rec, and leaves the defaults out", () => {
    const state = { ...initialState(), perspective: "EU", time: { months: 24, month: 3, duration: 6, recovery: 2 } };
    const hash = encodeHash(state);
    expect(hash).toBe("#persp=EU&months=24&month=3&dur=6&rec=2");
    expect(decodeHash(hash)).toEqual(state);
    expect(encodeHash(initialState())).toBe("");
    expect(decodeHash("").time).toEqual({ months: 12, month: undefined, duration: undefined, recovery: 0 });
  });

  it("drops months that are not whole, out of range, or past the horizon", () => {
    const t = decodeHash("#months=1e9&month=-1&dur=2.5&rec=abc").time;
    expect(t).toEqual({ months: 12, month: undefined, duration: undefined, recovery: 0 });
    expect(decodeHash("#months=6&month=6").time.month).toBeUndefined();
    expect(decodeHash("#months=6&month=5").time.month).toBe(5);
  });

  it("keeps an unknown perspective as text for the app to check against the data", () => {
    expect(decodeHash("#persp=%3Cscript%3E").perspective).toBe("<script>");
    expect(decodeHash("#persp=").perspective).toBe("world");
  });

  it("keeps the Rank panel's order as rankby=concentration; loss, the default, is left out", () => {
    const state = { ...initialState(), rankBy: "concentration" as const };
    expect(encodeHash(state)).toBe("#rankby=concentration");
    expect(decodeHash("#rankby=concentration")).toEqual(state);
    expect(initialState().rankBy).toBe("loss");
    expect(decodeHash("#rankby=loss").rankBy).toBe("loss");
    expect(decodeHash("#rankby=%3Cb%3E").rankBy).toBe("loss");
  });
});
