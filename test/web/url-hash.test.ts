// The link's layout and camera (issue 15 part 7), in node: positions survive the round trip to
// Float32 precision, the camera to 4 decimals, and junk is dropped rather than applied.
import { describe, expect, it } from "vitest";
import { initialState } from "../../src/web/state.ts";
import { decodeExtras, decodeHash, decodePositions, encodeHash, encodePositions } from "../../src/web/url-hash.ts";

describe("URL hash: layout, camera, positions", () => {
  const order = ["CN", "gallium-primary", "x"];
  const positions = new Map([
    ["CN", { x: -12.375, y: 3.5 }],
    ["gallium-primary", { x: 0.1, y: -1e6 }],
    ["x", { x: 2 ** 20, y: 0 }],
  ]);

  it("round-trips force positions in the graph's node order, to Float32 precision", () => {
    const text = encodePositions(order, (n) => positions.get(n));
    // 3 nodes x 2 floats x 4 bytes = 24 bytes = 32 base64 characters, no padding.
    expect(text).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const back = decodePositions(text, order)!;
    expect(back.get("CN")).toEqual({ x: -12.375, y: 3.5 });
    expect(back.get("gallium-primary")!.x).toBeCloseTo(0.1, 6);
    expect(back.get("gallium-primary")!.y).toBe(-1e6);
    expect(back.get("x")).toEqual({ x: 2 ** 20, y: 0 });
    // Another node set (other data files): not applied.
    expect(decodePositions(text, ["CN", "x"])).toBeUndefined();
    expect(decodePositions("!!", order)).toBeUndefined();
  });

  it("writes layout, camera and positions into the hash and reads them back; flow drops positions", () => {
    const state = { ...initialState(), selected: "CN", layout: "force" as const };
    const pos = encodePositions(order, (n) => positions.get(n));
    const hash = encodeHash(state, { camera: { x: 0.123456, y: 0.5, ratio: 0.25 }, positions: pos });
    expect(hash).toBe(`#sel=CN&layout=force&cam=0.1235%2C0.5%2C0.25&pos=${pos}`);
    expect(decodeHash(hash)).toEqual(state);
    expect(decodeExtras(hash)).toEqual({ camera: { x: 0.1235, y: 0.5, ratio: 0.25 }, positions: pos });
    expect(encodeHash({ ...state, layout: "flow" }, { positions: pos })).toBe("#sel=CN");
  });

  it("ignores a malformed camera or position text", () => {
    expect(decodeExtras("#cam=1,2")).toEqual({});
    expect(decodeExtras("#cam=0.5,0.5,0")).toEqual({});
    expect(decodeExtras("#cam=0.5,x,1")).toEqual({});
    expect(decodeExtras("#cam=0.5,0.5,1e9")).toEqual({});
    expect(decodeExtras("#pos=<script>")).toEqual({});
    expect(decodeHash("#layout=spiral").layout).toBe("flow");
  });
});
