// Issue 15's analyst questions, each driven as a person would (keys and clicks) on the bundled
// data, with the answer asserted on screen against the engine run here in node. Each test records
// its clicks, keys and seconds in test/output/questions.json for the closing note. The EU/NL
// questions (battery-material sourcing, gallium grade and range, Dutch timing) are in
// answers.test.ts, which writes them to test/output/questions-perspective.json.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmaCheck, expandCuts, runKnockouts, runScenario, supplierDossier, upstreamCountries } from "../../src/engine/index.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { runIn } from "../cli/helpers.ts";
import { availabilityColor } from "../../src/web/palette.ts";
import { bundledGraph, HAS_CHROMIUM, openPage, screenshot, startApp, type App } from "./harness.ts";
import { Person } from "./person.ts";

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

describe.skipIf(!HAS_CHROMIUM)("analyst questions in Chromium", () => {
  let app: App;
  let graph: ChokepointGraph;
  const records: ReturnType<Person["record"]>[] = [];
  beforeAll(async () => {
    const bundled = await bundledGraph();
    graph = bundled;
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
    const dir = join(process.cwd(), "test", "output");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "questions.json"), JSON.stringify(records, null, 2));
  });

  it("What is TSMC a single point of failure for? None: the dossier says so, with its 67% worst loss, as the CLI does", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    await person.find("TSMC", "tsmc");
    const dossier = supplierDossier(graph, "tsmc");
    const knockout = runKnockouts(graph).find((e) => e.node === "tsmc")!;
    // One definition: the CLI's knock-out and the view's dossier name the same (no) sectors.
    expect(knockout.singlePointOfFailureFor).toEqual([]);
    expect(dossier.singlePointOfFailureFor).toEqual([]);
    const verdict = await text(page, "#dossier-spof");
    expect(verdict).toContain("Single point of failure for no sector");
    expect(verdict).toContain(pct(knockout.worstLoss));
    expect(verdict).toContain(`${knockout.sectorsAffected} sectors hit`);
    expect(await page.locator("#dossier-sectors li").count()).toBe(knockout.sectorsAffected);
    records.push(person.record("What is TSMC a single point of failure for?"));
    await screenshot(page, "20-question-tsmc-dossier");
    // The scenario that shows it, one click away.
    await person.click("#dossier-scenario");
    const first = page.locator("#scenario-results li[data-sector]").first();
    await first.waitFor();
    expect(await first.locator(".loss-value").textContent()).toBe(`−${pct(knockout.worstLoss)}`);
    expect(await text(page, ".cut-row .cut-name")).toBe("TSMC: all it supplies");
    await screenshot(page, "21-question-tsmc-scenario");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("What happens to wind turbines if China stops exporting rare earths (mined, separated, magnets)?", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    await person.find("China", "CN");
    await person.click('#inspect [data-commodity="rare-earths"]');
    await person.click('#inspect [data-cut-edge="ndfeb-magnet"]');
    const row = page.locator('#scenario-results li[data-sector="wind-power"]');
    await row.waitFor();
    const cuts = expandCuts(graph, [
      { commodity: { from: "CN", material: "rare-earths" }, severity: 1 },
      { edge: { from: "CN", to: "ndfeb-magnet" }, severity: 1 },
    ]);
    const expected = runScenario(graph, cuts).sectors.find((s) => s.sector === "wind-power")!;
    expect(expected.loss).toBeGreaterThan(0);
    expect(Number(await row.getAttribute("data-loss"))).toBeCloseTo(expected.loss, 9);
    expect(await row.locator(".loss-value").textContent()).toBe(`−${pct(expected.loss)}`);
    // The path blames magnets, not chips: only China's rare-earth supply is cut.
    const label = (id: string) => graph.getNodeAttribute(id, "label");
    expect(await row.locator(".loss-path").textContent()).toBe(expected.path.map(label).join(" → "));
    expect(expected.path).toContain("ndfeb-magnet");
    // The cut rows name what they cut in full.
    const names = await page.locator(".cut-row .cut-name").allTextContents();
    expect(names).toEqual([
      `China's rare-earths, every stage: ${cuts.slice(0, -1).map((c) => ("edge" in c ? label(c.edge.to) : "")).join(", ")}`,
      "China's supply of NdFeB permanent magnet",
    ]);
    // The URL keeps them in the documented form.
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain("cut=CN*rare-earths:1,CN>ndfeb-magnet:1");
    records.push(person.record("What happens to wind turbines if China stops exporting rare earths?"));
    await screenshot(page, "22-question-wind-rare-earths");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("What depends on China? Its dossier ranks the sectors its stop would hit and lists what it supplies", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    await person.find("China", "CN");
    const dossier = supplierDossier(graph, "CN");
    const rows = page.locator("#dossier-sectors li");
    expect(await rows.count()).toBe(dossier.sectors.length);
    const top = dossier.sectors[0]!;
    expect(await rows.first().getAttribute("data-sector")).toBe(top.sector);
    expect(await rows.first().locator(".loss-value").textContent()).toBe(`−${pct(top.loss)}`);
    expect(await page.locator("#dossier-supplies tbody tr").count()).toBe(dossier.supplies.length);
    expect(await page.locator("#dossier-crma li").count()).toBe(dossier.crmaBreaches.length);
    expect(await text(page, "#dossier-spof")).toContain(dossier.sectors.filter((s) => s.singlePointOfFailure).map((s) => s.label).join(", "));
    records.push(person.record("What depends on China?"));
    await screenshot(page, "23-question-china-dossier");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("ranks the countries a sector rests on along the whole chain", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    await person.find("Wind power", "wind-power");
    const expected = upstreamCountries(graph, "wind-power");
    const rows = page.locator("#upstream-countries li");
    expect(await rows.count()).toBe(expected.length);
    expect(await rows.first().getAttribute("data-country")).toBe(expected[0]!.country);
    expect(await rows.first().locator(".loss-value").textContent()).toBe(`−${pct(expected[0]!.loss)}`);
    // A row selects the country (and so opens its dossier).
    await person.click(`#upstream-countries li[data-country="${expected[0]!.country}"] button`);
    await page.waitForSelector(`#inspect[data-node="${expected[0]!.country}"] #dossier-spof`);
    records.push(person.record("Which countries does wind power rest on?"));
    await screenshot(page, "24-upstream-countries");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("orients on the first screen: what the data maps, starting points, single points of failure and CRMA rows that lead on", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    const summary = await text(page, "#dataset-summary");
    const sectors = graph.filterNodes((_n, a) => a.kind === "sector").length;
    expect(summary).toContain(`to ${sectors} sectors`);
    expect(summary).toContain(`${graph.size} edges`);
    await screenshot(page, "25-first-screen");
    await person.click("#answers-knockouts summary");
    await page.locator("#knockout-list").waitFor();
    const knockouts = runKnockouts(graph);
    const spof = knockouts.filter((e) => e.singlePointOfFailureFor.length > 0);
    // Since the calibration (issue 13) no single cut drops a bundled sector to 0: the list is empty then.
    expect(await page.locator("#spof-list li").count()).toBe(spof.length);
    const first = spof[0];
    if (first) {
      expect(await text(page, `#spof-list li[data-node="${first.node}"] .link-button`)).toBe(`${first.label}: ${first.singlePointOfFailureFor.join(", ")}`);
      // The row's "cut" button runs the scenario that shows it: every named sector at 0.
      await person.click(`#spof-list li[data-node="${first.node}"] [data-cut-node]`);
      for (const sector of first.singlePointOfFailureFor) {
        expect(await page.locator(`#scenario-results li[data-sector="${sector}"] .loss-value`).textContent()).toBe("−100%");
      }
    }
    await screenshot(page, "26-single-points-of-failure");
    await person.click("#answers-crma summary");
    await page.locator("#crma-list").waitFor();
    expect(await page.locator("#crma-list li").count()).toBe(crmaCheck(graph).breaches.length);
    await person.click("#crma-list li:first-child button");
    await page.waitForSelector(`#inspect[data-node="${crmaCheck(graph).breaches[0]!.node}"]`);
    // A starting point: China's rare earths, one click, wind power selected with its loss shown.
    await person.click('[data-start="china-rare-earths"]');
    await page.waitForSelector('#inspect[data-node="wind-power"]');
    expect(await page.locator(".cut-row").count()).toBe(2);
    await page.locator('#scenario-results li[data-sector="wind-power"]').waitFor();
    await page.close();
    expect(errors).toEqual([]);
  });

  it("keeps panel text at 12 px or more and every availability colour at 3:1 or more on white", async () => {
    const { page, errors } = await openPage(app, "#cut=CN:0.5&sel=CN");
    await page.waitForSelector('#legend[data-mode="availability"]');
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const node of document.querySelectorAll(".sidebar *, #legend *, .topbar *")) {
        const own = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== "");
        if (!own || (node as HTMLElement).offsetParent === null) continue;
        const size = parseFloat(getComputedStyle(node).fontSize);
        if (size < 12) out.push(`${node.tagName}.${node.className} ${size}px "${node.textContent!.trim().slice(0, 30)}"`);
      }
      return out;
    });
    expect(small).toEqual([]);
    const colours = await page.locator("#legend .swatch").evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((x) => Number(x) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // Five availability steps, then the grey of untouched nodes (not a data colour).
    for (const colour of colours.slice(0, 5)) expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(3);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("navigates: a selection frames its suppliers, Back and Forward step through views, Fit shows all, typos find", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    // "galium": one typo. Gallium's 98.7%-share supplier (CN) is framed with it.
    await person.find("galium", "gallium-primary");
    await page.waitForFunction(() => {
      const g = window.__chokepoint!.node("gallium-primary")!;
      const c = window.__chokepoint!.node("CN")!;
      const box = document.getElementById("graph")!.getBoundingClientRect();
      const inside = (n: { x: number; y: number }) => n.x >= 0 && n.y >= 0 && n.x <= box.width && n.y <= box.height;
      return inside(g) && inside(c);
    }, undefined, { timeout: 5000 });
    await person.find("coblt", "cobalt-refined");
    // Its top supplier's bar: a third view.
    await person.click("#inspect .share-bar[data-node] >> nth=0");
    await page.waitForFunction(() => document.querySelector("#inspect")?.getAttribute("data-node") !== "cobalt-refined");
    await page.goBack();
    await page.waitForSelector('#inspect[data-node="cobalt-refined"]', { timeout: 5000 });
    await page.goBack();
    await page.waitForSelector('#inspect[data-node="gallium-primary"]');
    await page.goForward();
    await page.waitForSelector('#inspect[data-node="cobalt-refined"]');
    await person.click("#fit-view");
    await page.waitForFunction(() => Math.abs(window.__chokepoint!.cameraRatio() - 1) < 1e-6);
    await screenshot(page, "27-navigation");
    await page.close();
    expect(errors).toEqual([]);
  });

  it("round-trips the JSON export: it validates with the CLI's --no-bundled and reopens in the view in place of the bundled data", async () => {
    const { page, errors } = await openPage(app);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-json").click()]);
    const dir = await mkdtemp(join(tmpdir(), "chokepoint-export-"));
    const file = join(dir, "chokepoint.json");
    await download.saveAs(file);
    const validated = await runIn(["validate", "--no-bundled", file]);
    expect(validated.stderr).toBe("");
    expect(validated.code).toBe(0);
    await page.setInputFiles("#data-input", file);
    await page.waitForSelector('#data-report[data-state="ok"]');
    expect(await text(page, "#data-report h2")).toBe("Opened instead of the bundled data");
    expect(await text(page, "#data-report")).toContain(`now ${graph.order} nodes, ${graph.size} edges from 1 files`);
    expect(await page.evaluate(() => Number(document.body.dataset["nodeCount"]))).toBe(graph.order);
    await screenshot(page, "28-export-reopened");
    await rm(dir, { recursive: true, force: true });
    await page.close();
    expect(errors).toEqual([]);
  });

  it("exports GEXF laid out and coloured as shown, with the metrics, for Gephi; it imports back as data", async () => {
    const { page, errors } = await openPage(app, "#cut=TW:1");
    await page.waitForSelector('#legend[data-mode="availability"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const dir = await mkdtemp(join(tmpdir(), "chokepoint-gexf-"));
    const file = join(dir, "chokepoint.gexf");
    await download.saveAs(file);
    const gexf = await readFile(file, "utf8");
    expect((gexf.match(/<viz:position /g) ?? []).length).toBe(graph.order);
    for (const name of ["risk", "hhiCountry", "pagerank", "betweenness", "availability"]) expect(gexf).toContain(`title="metric.${name}"`);
    // TW's own colour is the 0-20% availability colour.
    expect(gexf).toMatch(new RegExp(`<node id="TW"[^]*?<viz:color hex="${availabilityColor(0)}"`, "i"));
    const imported = await runIn(["import", file, "--no-bundled", "--out", join(dir, "back.json")]);
    expect(imported.stderr).toMatch(/^wrote /);
    expect(imported.code).toBe(0);
    expect((await runIn(["validate", "--no-bundled", join(dir, "back.json")])).code).toBe(0);
    await rm(dir, { recursive: true, force: true });
    await page.close();
    expect(errors).toEqual([]);
  });

  it("reaches a supplier bar by keyboard: the bar takes focus (tabindex 0), Enter follows it, and the inspector shows the new title", async () => {
    const { page, errors } = await openPage(app);
    const person = new Person(page);
    await person.find("Gallium", "gallium-primary");
    const bar = page.locator('#inspect .share-bar[data-node="CN"]');
    await bar.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-node"))).toBe("CN");
    await person.press("Enter");
    await page.waitForSelector('#inspect[data-node="CN"]');
    const title = page.locator("#inspect .inspect-title");
    expect(await title.textContent()).toBe("China");
    const box = await title.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(720);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("inspect-title"))).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });
});
