// Issue 15 part 8: the PNG is a briefing slide: title, scenario name, date, legend and data version
// around the graph. The text comes from the page's briefing; the pixels are checked by decoding the
// downloaded PNG in the browser (ink in the header and footer bands, the graph between them).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataFiles } from "../../src/node/read-data.ts";
import { BRIEFING_MARGINS, dataVersion, type Briefing } from "../../src/web/briefing.ts";
import { AVAILABILITY_STEPS } from "../../src/web/palette.ts";
import { HAS_CHROMIUM, openPage, SCREENSHOTS, startApp, type App } from "./harness.ts";
import { mkdir, writeFile } from "node:fs/promises";


describe.skipIf(!HAS_CHROMIUM)("PNG briefing export in Chromium", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("exports title, scenario, date, legend and data version around the graph", async () => {
    const { page, errors } = await openPage(app);
    await page.locator('button[data-preset="taiwan-blockade"]').click();
    await page.waitForSelector("#scenario-results li[data-sector]");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    expect(download.suggestedFilename()).toBe("chokepoint.png");
    const bytes = await readFile(await download.path());
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, "25-briefing.png"), bytes);

    const briefing = JSON.parse((await page.locator("#export-png").getAttribute("data-briefing"))!) as Briefing;
    const { files } = await readDataFiles();
    const order = Number(await page.evaluate(() => document.body.dataset["nodeCount"]));
    expect(briefing.title).toBe("Supply dependencies of 16 sectors");
    expect(briefing.scenario).toBe("Scenario: Taiwan blockade: Taiwan: all it supplies (100%)");
    expect(briefing.date).toBe(new Date().toISOString().slice(0, 10));
    expect(briefing.version).toMatch(new RegExp(`^data ${dataVersion(files)}: ${files.length} files, ${order} nodes, `));
    expect(briefing.legendTitle).toBe("Availability:");
    expect(briefing.legend.map((l) => l.color)).toEqual([...AVAILABILITY_STEPS.map((s) => s.color), "#c9ced6"]);

    // Decode the PNG in the page: its size, and ink (non-white pixels) in each band.
    const graph = (await page.locator("#graph").boundingBox())!;
    const bands = await page.evaluate(
      async ({ base64, header, footer }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(bitmap, 0, 0);
        const ink = (y0: number, y1: number) => {
          const data = ctx.getImageData(0, y0, bitmap.width, y1 - y0).data;
          let n = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) n++;
          return n;
        };
        return { width: bitmap.width, height: bitmap.height, header: ink(0, header - 2), graph: ink(header + 1, bitmap.height - footer - 1), footer: ink(bitmap.height - footer + 2, bitmap.height) };
      },
      { base64: bytes.toString("base64"), header: BRIEFING_MARGINS.header, footer: BRIEFING_MARGINS.footer },
    );
    expect(bands.width).toBe(Math.round(graph.width));
    expect(bands.height).toBe(Math.round(graph.height) + BRIEFING_MARGINS.header + BRIEFING_MARGINS.footer);
    expect(bands.header).toBeGreaterThan(500);
    expect(bands.graph).toBeGreaterThan(5000);
    expect(bands.footer).toBeGreaterThan(500);
    await page.close();
    expect(errors).toEqual([]);
  });
});
