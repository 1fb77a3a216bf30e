import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { insideWebAddress } from "@procmine/core";

const DATA = JSON.parse(readFileSync(new URL("../../packages/core/data/web-address.json", import.meta.url), "utf8")) as { fileExtensions: string[] };

/** Whether the first occurrence of `word` in `text` is read as part of an address or a file name. */
function inside(text: string, word: string): boolean {
  const start = text.indexOf(word);
  return insideWebAddress(text, start, start + word.length);
}

describe("insideWebAddress", () => {
  it("reads a country or a number inside an address or a file name as no mention", () => {
    expect(inside("See https://example.org/reports/Peru/2019 for the data.", "Peru")).toBe(true);
    expect(inside("The map (files/bolivia-map.png) shows it.", "bolivia")).toBe(true);
    expect(inside("Download www.example.org/chile now.", "chile")).toBe(true);
    expect(inside("Open /docs/Case%20Honduras%20final for details.", "Honduras")).toBe(true);
  });

  it("reads every file extension the data file lists, in any case", () => {
    for (const extension of DATA.fileExtensions) {
      expect(inside(`Attached: Guatemala-annex.${extension.toUpperCase()}.`, "Guatemala"), extension).toBe(true);
    }
  });

  it("leaves running text alone, also a word glued to punctuation", () => {
    expect(inside("Troops left Haiti in 2019.", "Haiti")).toBe(false);
    expect(inside("Troops left Haiti, then Peru.", "Peru")).toBe(false);
    expect(inside("He wrote to Ecuador.gov officials", "Ecuador")).toBe(false);
  });

  it("ends a run at white space beyond ASCII too, and reads a run with no slash, percent sign or point as text", () => {
    expect(inside("See\u00a0files/peru-map.png\u3000here", "peru")).toBe(true);
    expect(inside("files/map.pdf\u2003Peru wins", "Peru")).toBe(false);
    expect(inside("Peru-Bolivia_border-talks resumed", "Bolivia")).toBe(false);
    expect(inside("(www.example.org/peru)", "peru")).toBe(true);
  });

  it("reads the fields of a record row apart from the link at its end, and keeps a comma inside an address", () => {
    const row = "2021-03-04,Lima,,,femicidio,detenido,,,https://news.example.org/2021/03/caso-lima.html";
    expect(inside(row, "femicidio")).toBe(false);
    expect(inside(row, "Lima")).toBe(false);
    expect(inside(row, "caso-lima")).toBe(true);
    expect(inside("homicidio,detenido,https://news.example.org/caso.html", "homicidio")).toBe(false);
    expect(inside("See https://maps.example.org/?q=Peru,Bolivia for both.", "Bolivia")).toBe(true);
  });
});
