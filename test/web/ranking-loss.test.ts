// The Rank panel (issue 13 item 5): by default the engine's ranking by propagated loss, with its
// explanation naming the numbers; "Rank by: concentration" gives the composite; the choice is kept
// in the URL hash and survives a reload from the link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankByPropagatedLoss, rankRisks, type LossRiskEntry, type RiskEntry } from "../../src/engine/index.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { decimal } from "../../src/web/format.ts";
import { bundledGraph, HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";

describe.skipIf(!HAS_CHROMIUM)("Rank panel: by propagated loss, or by concentration", () => {
  let app: App;
  let loss: LossRiskEntry[];
  let composite: RiskEntry[];
  beforeAll(async () => {
    const bundled = await bundledGraph();
    const settings = resolveSettings({});
    loss = rankByPropagatedLoss(bundled, settings);
    composite = rankRisks(bundled, settings);
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("ranks by loss first, switches to concentration, and keeps the choice in the hash", async () => {
    // The two orders differ on the bundled data, so each check below tells them apart.
    expect(loss[0]!.node).not.toBe(composite[0]!.node);
    const { page, errors } = await openPage(app);
    const first = page.locator("#ranking .rank-row").first();
    await page.waitForSelector(`#ranking .rank-row[data-node="${loss[0]!.node}"]`);
    expect(await first.getAttribute("data-node")).toBe(loss[0]!.node);
    expect(await first.getAttribute("title")).toBe(loss[0]!.explanation);
    expect(loss[0]!.explanation).toContain(`${loss[0]!.outputMonthsLost.toFixed(2)} output-months`);
    expect(await first.locator(".rank-score").textContent()).toBe(decimal(loss[0]!.outputMonthsLost, 2));
    expect(await page.locator('#rank-by [aria-pressed="true"]').getAttribute("data-rank-by")).toBe("loss");
    expect(new URL(page.url()).hash).not.toContain("rankby");
    await screenshot(page, "40-rank-by-loss");

    await page.locator('#rank-by [data-rank-by="concentration"]').click();
    await page.waitForSelector(`#ranking .rank-row[data-node="${composite[0]!.node}"]`);
    expect(await first.getAttribute("data-node")).toBe(composite[0]!.node);
    expect(await first.getAttribute("title")).toBe(composite[0]!.explanation);
    expect(await first.locator(".rank-score").textContent()).toBe(decimal(composite[0]!.score, 2));
    await page.waitForFunction(() => location.hash.includes("rankby=concentration"));
    const url = page.url();
    await page.close();

    // The link opens ranked by concentration; switching back drops the parameter.
    const again = await openPage(app, url.slice(app.url.length));
    const row = again.page.locator("#ranking .rank-row").first();
    expect(await row.getAttribute("data-node")).toBe(composite[0]!.node);
    expect(await again.page.locator('#rank-by [aria-pressed="true"]').getAttribute("data-rank-by")).toBe("concentration");
    await again.page.locator('#rank-by [data-rank-by="loss"]').click();
    await again.page.waitForSelector(`#ranking .rank-row[data-node="${loss[0]!.node}"]`);
    await again.page.waitForFunction(() => !location.hash.includes("rankby"));
    await again.page.close();
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});
