// A person at the page, for the question tests: counts each click and key press, and the seconds
// an answer took, so test/output/questions.json records what each question cost.
import type { Page } from "playwright-core";

export /** Counts what a person does: each click, each key press, each typed word. */
class Person {
  clicks = 0;
  keys = 0;
  private start = Date.now();
  constructor(private readonly page: Page) {}
  async press(key: string) {
    this.keys++;
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    this.keys += text.length;
    await this.page.keyboard.type(text);
  }
  async click(selector: string) {
    this.clicks++;
    await this.page.locator(selector).click();
  }
  async find(query: string, id: string) {
    // "/" focuses the search box; typed inside it, it is a character, so there select all instead.
    const inSearch = await this.page.evaluate(() => document.activeElement?.id === "search-input");
    await this.press(inSearch ? "Control+A" : "/");
    await this.type(query);
    await this.click(`#search [role=option][data-node="${id}"]`);
    await this.page.waitForSelector(`#inspect[data-node="${id}"]:not([hidden])`);
  }
  record(question: string) {
    return { question, clicks: this.clicks, keys: this.keys, seconds: Math.round((Date.now() - this.start) / 100) / 10 };
  }
}
