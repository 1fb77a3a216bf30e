import { describe, expect, it } from "vitest";
import { analyze, recordMachinery } from "@procmine/core";
import { claimTexts } from "../extractors/numbers-helpers.js";

// Invented records: a SQL dump's rows, a seed file's calls, a JavaScript data file, a CSV file.
const SQL = [
  "-- MySQL dump 10.13  Distrib 5.7.21",
  "INSERT INTO `news` VALUES (4812,'2016-04-03 10:22:00','Bulletin','Police seized 35 rifles in the northern port last week.','http://example.org/news/2016/04/4812.html',7,221,'2016-04-03'),(4813,'2016-04-05 08:00:00','Note','[2]. Armed groups','http://example.org/news/2016/04/4813.html',12,'security');",
].join("\n");
const SEED = 'Alert.create!(title: "Update", source_id: 14, body: "Gunmen killed 12 farmers near the river.", published_at: "2019-03-04", views: 1194)\n';
const JS = 'export const items = [\n  { id: 78, date: "2013-09-04", views: 763, text: "The army reported 40 arrests in two weeks." },\n];\n';
const CSV = 'id,date,title,body,url,views\n60621,2006-05-02 16:40:07,Bulletin,"Smugglers moved 300 kilograms of cocaine, officials said.",http://example.org/a/60621.html,4325\n';

describe("data records (data/data-records.json)", () => {
  it("reads no claim from a record's ids, dates, counters and keys, and reads the prose of its string fields", () => {
    expect(claimTexts(SQL)).toEqual(["35"]);
    expect(claimTexts(SEED)).toEqual(["12"]);
    expect(claimTexts(JS)).toEqual(["40", "two weeks"]);
    expect(claimTexts(CSV)).toEqual(["300 kilograms"]);
  });

  it("reads a dump's escaped quotes and line breaks inside a field (`\\'`, `''`, `\\r\\n`) as the field's own", () => {
    const dump = "INSERT INTO `noticias` VALUES (1234,'2017-05-03 10:22:00','Título','<p>La policía decomisó 35 fusiles en el puerto.</p>\\r\\n<p>El alcalde dijo que \\'12 personas\\' murieron y que 4 más están heridas.</p>','http://example.org/n/2017/05/1234.html',3,'seguridad'),(1235,'2017-05-04 09:00:00','Nota','Los ataques del grupo dejaron 8 muertos en la zona del ''Alto Río''.','http://example.org/n/1235',17,'orden');";
    expect(claimTexts(dump)).toEqual(["35", "12", "4", "8"]);
  });

  it("finds a record's machinery and leaves its prose fields out", () => {
    const m = recordMachinery(SEED);
    const inside = (at: number) => { for (let k = 0; k < m.length; k += 2) if (at >= m[k]! && at < m[k + 1]!) return true; return false; };
    expect(inside(SEED.indexOf("14"))).toBe(true);
    expect(inside(SEED.indexOf("1194"))).toBe(true);
    expect(inside(SEED.indexOf("2019-03-04"))).toBe(true);
    expect(inside(SEED.indexOf("12 farmers"))).toBe(false);
    expect(recordMachinery("Police seized 35 rifles (and 12 pistols) in 2016.")).toEqual([]);
  });

  it("sets a prose field apart as its own paragraph, its first words opening a line", () => {
    const doc = analyze(SQL, { docId: "t" });
    const at = SQL.indexOf("Police seized");
    expect(doc.blocks.some((b) => doc.map.rawIndex(b.start) === at)).toBe(true);
  });
});

describe("record openers with `needs` (data-records.json)", () => {
  it("does not search a text for an opener whose needed characters it lacks", async () => {
    const { vi } = await import("vitest");
    const spy = vi.spyOn(RegExp.prototype, Symbol.matchAll);
    try {
      // Prose without a brace or a parenthesis: neither the object opener nor the seed-call opener runs.
      expect(recordMachinery("The council counted 48 boats, 7 ports and 1,200 crew in its yearly report.")).toEqual([]);
      const sources = spy.mock.contexts.map((re) => (re as RegExp).source);
      expect(sources.some((s) => s.includes("\\{"))).toBe(false);
      expect(sources.some((s) => s.includes("create"))).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  it("still reads a record whose text holds them", () => {
    const text = 'items = [\n  { "id": 4471, "note": "Twelve boats were seized near the harbour by the coast guard last spring" },\n]';
    expect(recordMachinery(text).length).toBeGreaterThan(0);
  });
});
