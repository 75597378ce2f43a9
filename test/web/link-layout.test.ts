// Issue 15 part 7: a copied link restores the force layout's positions and the camera as well as
// selection, filters and scenario; Enter on a ranking row selects its node and keeps the focus.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";

describe.skipIf(!HAS_CHROMIUM)("links that restore layout and camera, in Chromium", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("a link made after a force layout and a zoom reopens with the same positions, camera and selection", async () => {
    const first = await openPage(app);
    await first.page.locator('button[data-layout="force"]').click();
    await first.page.waitForSelector('#layout-controls[data-force-result="completed"]', { timeout: 60_000 });
    await first.page.locator('#ranking .rank-row').first().click();
    await first.page.locator('input[data-kind="company"]').uncheck();
    // Zoom with the wheel over the graph, then wait for the camera to settle into the hash.
    const box = (await first.page.locator("#graph").boundingBox())!;
    await first.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await first.page.mouse.wheel(0, -400);
    await first.page.waitForTimeout(1200);
    const camera = await first.page.evaluate(() => window.__chokepoint!.camera());
    await first.page.waitForFunction((ratio) => location.hash.includes(`cam=`) && location.hash.includes(String(Math.round(ratio * 10_000) / 10_000)), camera.ratio);
    const positions = await first.page.evaluate(() => window.__chokepoint!.positions());
    const selected = await first.page.locator("#inspect").getAttribute("data-node");
    const url = first.page.url();
    expect(url).toContain("layout=force");
    expect(url).toContain("pos=");
    await first.page.close();

    const second = await openPage(app, url.slice(app.url.length));
    const page = second.page;
    await page.waitForSelector(`#inspect[data-node="${selected}"]`);
    expect(await page.locator('#layout-controls').getAttribute("data-layout")).toBe("force");
    // Placed, not run again: no force run started.
    expect(await page.locator('#layout-controls').getAttribute("data-force")).toBeNull();
    expect(await page.locator('input[data-kind="company"]').isChecked()).toBe(false);
    const restored = await page.evaluate(() => window.__chokepoint!.positions());
    for (const [node, p] of Object.entries(positions)) {
      expect(restored[node]!.x, node).toBeCloseTo(p.x, 3);
      expect(restored[node]!.y, node).toBeCloseTo(p.y, 3);
    }
    const again = await page.evaluate(() => window.__chokepoint!.camera());
    expect(again.x).toBeCloseTo(camera.x, 3);
    expect(again.y).toBeCloseTo(camera.y, 3);
    expect(again.ratio).toBeCloseTo(camera.ratio, 3);
    await screenshot(page, "22-link-force-camera");
    await page.close();
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it("Enter on a ranking row selects its node and keeps the keyboard focus on that row", async () => {
    const { page, errors } = await openPage(app);
    const rows = page.locator("#ranking .rank-row");
    const second = (await rows.nth(1).getAttribute("data-node"))!;
    await rows.nth(1).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#inspect[data-node="${second}"]`);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["node"])).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("rank-row"))).toBe(true);
    // Tab goes on to the next row, as from a row that never lost focus.
    const third = (await rows.nth(2).getAttribute("data-node"))!;
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["node"])).toBe(third);
    await page.close();
    expect(errors).toEqual([]);
  });
});
