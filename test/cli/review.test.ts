/// <reference lib="dom" />
/**
 * Reviewing in review.html, in headless Chromium (Debian's /usr/bin/chromium, playwright-core):
 * the document list, search, the table and its filters, details from the keyboard, and a
 * correction round trip: reject, edit, add a span by selecting text -> export -> procmine apply
 * -> procmine eval. Skipped when chromium is not installed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, procmine, readJsonl, requireBuild, tempDir } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);

type Page = any;
type Context = { newPage(): Promise<Page>; close(): Promise<void> };
const load = () => createRequire(join(ROOT, "packages/cli/package.json"))("playwright-core") as { chromium: { launchPersistentContext(dir: string, o: object): Promise<Context> } };

// Invented proceedings: two talks whose names sort differently by character and by number.
// Written with Windows line ends, which an HTML parser would fold.
const TALK_2 =
  "Opening remarks\r\n\r\nDelegates from Peru and Ecuador discussed drug trafficking on the Pacific coast. " +
  "The Peruvian Coast Guard reported 40 tonnes of cocaine seized in 2020.\n";
const TALK_10 =
  "Second panel\n\nThe panel on Honduras heard that extortion by gangs rose; money laundering through " +
  "casinos was also raised. <script>window.__injected = 1</script><img src=x onerror=\"window.__injected = 2\">\n";

describe.skipIf(!haveChromium)("reviewing and correcting in review.html", () => {
  let dir: string;
  let context: Context;
  let page: Page;
  let records: Record<string, any>[];

  beforeAll(async () => {
    requireBuild();
    dir = tempDir();
    mkdirSync(join(dir, "texts"));
    writeFileSync(join(dir, "texts/talk_2.txt"), TALK_2);
    writeFileSync(join(dir, "texts/talk_10.txt"), TALK_10);
    const r = await procmine(["annotate", "texts", "-o", "dataset", "-f", "jsonl,csv,json,html", "-q", "--jobs", "1"], { cwd: dir });
    expect(r.code).toBe(0);
    records = readJsonl(join(dir, "dataset/annotations.jsonl"));
    context = await load().chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, "dataset/review.html")).href);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("runs no script from a document's text, which it shows as text", async () => {
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    expect(await page.locator('section.doc[data-doc="talk_10"] .text').textContent()).toBe(TALK_10);
  });

  it("keeps a CRLF text's characters, so offsets taken from the page are the dataset's", async () => {
    const crlf = readFileSync(join(dir, "texts/talk_2.txt"), "utf8");
    expect(crlf).toContain("\r\n");
    expect(await page.locator('section.doc[data-doc="talk_2"] .text').textContent()).toBe(crlf);
  });

  it("lists the documents in natural order, and a title is not hidden under the header", async () => {
    expect(await page.locator("#docs a").allTextContents()).toEqual(["talk_2", "talk_10"]);
    await page.locator("#docs a", { hasText: "talk_10" }).click();
    const header = await page.locator("header").boundingBox();
    const title = await page.locator('section.doc[data-doc="talk_10"] h2').boundingBox();
    expect(title.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(title.y + title.height).toBeLessThanOrEqual(900);
  });

  it("tables the annotations, filtered by type, country and extractor, and searched", async () => {
    const rows = page.locator("#table tbody tr");
    expect(await rows.count()).toBe(records.length);
    await page.locator("#f-type").selectOption("country");
    const types = await page.locator("#table tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(types)).toEqual(new Set(["country"]));
    expect(types.length).toBe(records.filter((r) => r.type === "country").length);
    await page.locator("#f-type").selectOption("");
    await page.locator("#f-country").selectOption("HND");
    expect(await page.locator("#table tbody tr td:nth-child(3)").allTextContents()).toEqual(["Honduras"]);
    await page.locator("#f-country").selectOption("");
    await page.locator("#f-extractor").selectOption("threats@0.1.0");
    expect(await rows.count()).toBe(records.filter((r) => r.extractor === "threats@0.1.0").length);
    await page.locator("#f-extractor").selectOption("");
    await page.locator("#search").fill("casinos");
    expect(await page.locator("#docs li:not([hidden]) a").allTextContents()).toEqual(["talk_10"]);
    await page.locator("#search").fill("laundering");
    expect(await page.locator("#table tbody tr td:nth-child(3)").allTextContents()).toEqual(["money laundering"]);
    await page.locator("#search").fill("");
    expect(await rows.count()).toBe(records.length);
  });

  it("shows an annotation's details from the keyboard", async () => {
    const row = page.locator("#table tbody tr").first();
    await row.focus();
    await page.keyboard.press("Enter");
    const first = [...records].sort((a, b) => (a.doc === b.doc ? a.start - b.start : a.doc === "talk_2" ? -1 : 1))[0]!;
    await expect.poll(() => page.locator("#details").textContent()).toContain(JSON.stringify(first.text));
    // The span itself is a tab stop; Tab moves to the next annotation and describes it.
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.a);
    expect(focused).toMatch(/^\d+\/\d+$/);
    await page.keyboard.press("Tab");
    const next = [...records].filter((r) => r.doc === first.doc).sort((a, b) => a.start - b.start)[1]!;
    await expect.poll(() => page.locator("#details").textContent()).toContain(JSON.stringify(next.text));
    expect(await page.locator("#details").textContent()).toContain(`extractor: ${next.extractor}`);
  });

  it("round trip: reject, edit, add by selecting text -> export -> apply -> eval", async () => {
    const find = (doc: string, text: string) => records.find((r) => r.doc === doc && r.text === text)!;
    const ecuador = find("talk_2", "Ecuador");
    const honduras = find("talk_10", "Honduras");
    const spanOf = (r: Record<string, any>) => page.locator(`section.doc[data-doc="${r.doc}"] .a`).filter({ hasText: new RegExp(`^${r.text}$`) }).first();

    // Reject `Ecuador`.
    await spanOf(ecuador).click();
    await page.locator('#details button[data-act="reject"]').click();
    expect(await page.locator("#details .status").textContent()).toBe("marked rejected");

    // Edit `Honduras`: it is Guatemala.
    await spanOf(honduras).click();
    await page.locator('#details button[data-act="edit"]').click();
    await page.locator('#details input[name="iso3"]').fill("GTM");
    await page.locator('#details button[data-act="save"]').click();
    expect(await page.locator("#details .status").textContent()).toBe("marked edited");

    // Add `Pacific coast`, which no extractor found: select it with the mouse, as a person would.
    const text = page.locator('section.doc[data-doc="talk_2"] .text');
    const start = TALK_2.indexOf("Pacific coast");
    const box = await text.evaluate((el: Element, [s, e]: number[]) => {
      // Screen rectangles of the first and last selected characters.
      const at = (offset: number) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (seen + len > offset) {
            const r = document.createRange();
            r.setStart(n, offset - seen);
            r.setEnd(n, offset - seen + 1);
            return r.getBoundingClientRect();
          }
          seen += len;
        }
        throw new Error("offset beyond the text");
      };
      const a = at(s!);
      const b = at(e! - 1);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }, [start, start + "Pacific coast".length]);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator("#details").textContent()).toContain('"Pacific coast"');
    await page.locator("#add-type").selectOption("organization");
    await page.locator('#details button[data-act="add"]').click();
    await page.locator('#details input[name="name"]').fill("Pacific Coast Command");
    await page.locator('#details input[name="kind"]').fill("military");
    await page.locator('#details button[data-act="save"]').click();

    // Corrections survive a reload (localStorage), then export as JSON Lines.
    await page.reload();
    expect(await page.locator("#corrections-count").textContent()).toBe("3");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export").click()]);
    const exported = join(dir, "corrections.jsonl");
    await download.saveAs(exported);
    const lines = readJsonl(exported);
    const added = { doc: "talk_2", type: "organization", start, end: start + 13, text: "Pacific coast", name: "Pacific Coast Command", kind: "military", status: "added" };
    const { id: _id, ...hondurasFields } = honduras;
    expect(lines).toEqual([
      { ...ecuador, status: "rejected" },
      added,
      { ...hondurasFields, iso3: "GTM", id: honduras.id, status: "edited" },
    ].sort((a, b) => {
      const [x, y] = [a as { doc: string; start: number }, b as { doc: string; start: number }];
      return x.doc === y.doc ? x.start - y.start : x.doc === "talk_2" ? -1 : 1;
    }));

    // Apply: the corrected dataset is the dataset with exactly these changes.
    const applied = await procmine(["apply", "dataset", "corrections.jsonl", "-o", "corrected"], { cwd: dir });
    expect(applied.stderr).toBe("procmine: 2 documents, " + records.length + " annotations (0 accepted, 1 rejected, 1 edited, 1 added) -> corrected\n");
    expect(applied.code).toBe(0);
    const line = TALK_2.slice(0, start).split("\n").length;
    const expected = records
      .filter((r) => r.id !== ecuador.id)
      .map((r) => (r.id === honduras.id ? { ...r, iso3: "GTM" } : r));
    expected.push({
      doc: "talk_2", type: "organization", start, end: start + 13, text: "Pacific coast", name: "Pacific Coast Command", kind: "military",
      id: `talk_2:organization:${start}-${start + 13}`, page: 1, line, column: start - TALK_2.lastIndexOf("\n", start - 1),
      // The same sentence and section as `drug trafficking`, a few words before it.
      sentence: find("talk_2", "drug trafficking").sentence, section: find("talk_2", "drug trafficking").section,
      lang: find("talk_2", "drug trafficking").lang,
      extractor: "review", rule: "added", confidence: 1,
    });
    const order = ["talk_10", "talk_2"];
    const types = ["country", "organization", "threat", "numeric_claim"];
    expected.sort((a, b) => order.indexOf(a.doc) - order.indexOf(b.doc) || a.start - b.start || a.end - b.end || types.indexOf(a.type) - types.indexOf(b.type));
    expect(readJsonl(join(dir, "corrected/annotations.jsonl"))).toEqual(expected);
    for (const f of ["annotations.csv", "documents.csv", "datapackage.json", "review.html", "documents/talk_2.json"]) expect(existsSync(join(dir, "corrected", f)), f).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dir, "corrected/manifest.json"), "utf8"));
    expect(manifest.corrections).toMatchObject({ file: "corrections.jsonl", counts: { accepted: 0, rejected: 1, edited: 1, added: 1 } });
    expect(manifest.corrections.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Eval: the original dataset scored against the corrected one.
    const scored = await procmine(["eval", "--gold", "corrected", "--pred", "dataset/annotations.jsonl", "--json"], { cwd: dir });
    const scores = JSON.parse(scored.stdout).types;
    const n = (t: string) => records.filter((r) => r.type === t).length;
    expect(scores.country).toMatchObject({ gold: n("country") - 1, pred: n("country"), spurious: 1, missed: 0, wrongAttribute: 1 });
    expect(scores.organization).toMatchObject({ gold: n("organization") + 1, pred: n("organization"), missed: 1, spurious: 0 });
  });
});
