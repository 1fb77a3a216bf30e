/**
 * review.html in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
 * highlights exist, a type filter hides that type, hover shows attributes and provenance,
 * overlapping spans of different types both render. Skipped when chromium is not installed.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, procmine, requireBuild, tempDir } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`html.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

/** The few playwright-core calls used here (it is a devDependency of packages/cli, not of the root). */
interface Locator {
  count(): Promise<number>;
  first(): Locator;
  nth(i: number): Locator;
  locator(selector: string): Locator;
  textContent(): Promise<string | null>;
  hover(): Promise<void>;
  scrollIntoViewIfNeeded(): Promise<void>;
  isVisible(): Promise<boolean>;
  evaluate<R>(fn: (el: unknown) => R): Promise<R>;
  check(): Promise<void>;
  uncheck(): Promise<void>;
}
interface Page {
  on(event: "request", f: (request: { url(): string }) => void): void;
  goto(url: string): Promise<unknown>;
  locator(selector: string): Locator;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}
interface Context {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launchPersistentContext(dir: string, options: { executablePath: string; viewport: { width: number; height: number }; args: string[] }): Promise<Context> };
}
const load = () => createRequire(join(ROOT, "packages/cli/package.json"))("playwright-core") as Playwright;

/** Runs in the page (serialized by playwright): the element's computed background colour. */
const background = (el: unknown) =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor;

describe.skipIf(!haveChromium)("review.html in headless Chromium", () => {
  let dir: string;
  let context: Context;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    requireBuild();
    dir = tempDir();
    const r = await procmine(["annotate", "fixtures/seeds", "-o", join(dir, "out"), "--format", "html", "-q"]);
    expect(r.code).toBe(0);
    const { chromium } = load();
    // A fresh profile per run (playwright passes it to chromium as --user-data-dir).
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      viewport: { width: 1200, height: 900 },
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    });
    page = await context.newPage();
    page.on("request", (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(join(dir, "out", "review.html")).href);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("is self-contained: no request beyond the file itself", () => {
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    const html = readFileSync(join(dir, "out", "review.html"), "utf8");
    expect(html).not.toMatch(/<(link|img)\b|\bsrc=|https?:\/\//);
  });

  it("shows both documents with highlights of every type, counted in the filters", async () => {
    expect(await page.locator("section.doc").count()).toBe(2);
    for (const t of ["country", "organization", "threat", "numeric_claim"]) {
      expect(await page.locator(`.t-${t}`).count(), t).toBeGreaterThan(10);
      expect(Number(await page.locator(`[data-count="${t}"]`).textContent()), t).toBeGreaterThan(10);
    }
    expect(await page.locator("#docs a").count()).toBe(2);
  });

  it("keeps the raw text intact", async () => {
    const text = await page.locator("section.doc").nth(1).locator(".text").textContent();
    expect(text).toBe(readFileSync(join(ROOT, "fixtures/seeds/south-america-lima-2017.txt"), "utf8"));
  });

  it("renders a country nested inside an organization", async () => {
    const nested = page.locator(".t-organization .t-country");
    expect(await nested.count()).toBeGreaterThan(0);
    await nested.first().scrollIntoViewIfNeeded();
    await nested.first().hover();
    const tip = page.locator("#tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent()) ?? "";
    expect(text).toMatch(/^country /);
    expect(text).toMatch(/\norganization /); // the enclosing annotation is described too
  });

  it("hovering an annotation shows its attributes and provenance", async () => {
    const threat = page.locator(".t-threat").first();
    await threat.scrollIntoViewIfNeeded();
    await threat.hover();
    const tip = page.locator("#tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = (await tip.textContent()) ?? "";
    expect(text).toMatch(/category: "\w+"/);
    expect(text).toMatch(/page \d+, line \d+, column \d+, sentence -?\d+/);
    expect(text).toMatch(/extractor: threats@[\d.]+, rule: \S+, confidence: [\d.]+/);
    await page.screenshot({ path: join(dir, "hover.png") });
    expect(existsSync(join(dir, "hover.png"))).toBe(true);
  });

  it("unchecking a type's filter hides its highlights, checking shows them again", async () => {
    const country = page.locator(".t-country").first();
    const bg = () => country.evaluate(background);
    expect(await bg()).not.toBe("rgba(0, 0, 0, 0)");
    await page.locator('input[data-type="country"]').uncheck();
    expect(await bg()).toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator(".t-threat").first().evaluate(background)).not.toBe("rgba(0, 0, 0, 0)");
    // A hidden type is not described on hover either.
    const lone = page.locator(".t-country:not(.t-organization .t-country)").first();
    await lone.scrollIntoViewIfNeeded();
    await lone.hover();
    expect(await page.locator("#tip").isVisible()).toBe(false);
    await page.screenshot({ path: join(dir, "filtered.png"), fullPage: false });
    await page.locator('input[data-type="country"]').check();
    expect(await bg()).not.toBe("rgba(0, 0, 0, 0)");
  });
});
