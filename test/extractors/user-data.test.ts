import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPipeline, DataFileError, dataObject, loadDataFile } from "@procmine/core";
import { pathToFileURL } from "node:url";
import { z } from "../../packages/core/node_modules/zod/index.js";
import { createExtractors, defaultExtractors, loadUserData } from "@procmine/extractors";
import { afterAll, describe, expect, it } from "vitest";

const TERMS = {
  organizations: [{ name: "Unidad Antipandillas Transnacional", acronyms: ["UAT"], aliases: [], kind: "police", country: "SLV" }],
  threats: { drug_trafficking: ["xylazine trafficking"] },
  countries: { COL: ["Colombie"] },
  nonClaims: ["form 990"],
} as const;

const TEXT =
  "Delegates from the Unidad Antipandillas Transnacional (UAT) said xylazine trafficking had reached Colombie. " +
  "The UAT filed tax form 990 and later seized 40 tonnes of cocaine.";

const spans = (extractors: Parameters<typeof createPipeline>[0]["extractors"]) =>
  createPipeline({ extractors })
    .annotate(TEXT, { docId: "d" })
    .annotations.map((a) => {
      const r = a as unknown as Record<string, unknown>;
      expect(TEXT.slice(a.start, a.end)).toBe(a.text);
      return `${a.type}:${a.text}:${String(r.name ?? r.category ?? r.iso3 ?? JSON.stringify(r.value))}`;
    });

const dir = mkdtempSync(join(tmpdir(), "procmine-userdata-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("user data in the library", () => {
  it("adds an organization, a threat term, a country alias and a non-claim", () => {
    const found = spans(createExtractors({ data: TERMS as never }));
    expect(found).toContain("organization:Unidad Antipandillas Transnacional:Unidad Antipandillas Transnacional");
    expect(found).toContain("organization:UAT:Unidad Antipandillas Transnacional");
    expect(found).toContain("threat:xylazine trafficking:drug_trafficking");
    expect(found).toContain("country:Colombie:COL");
    expect(found.filter((f) => f.startsWith("numeric_claim"))).toEqual(["numeric_claim:40 tonnes:40"]);
  });

  it("leaves other configurations alone: no module-level state", () => {
    const mine = createExtractors({ data: TERMS as never });
    spans(mine);
    const builtIn = spans(defaultExtractors);
    const fresh = spans(createExtractors());
    expect(builtIn).toEqual(fresh);
    expect(builtIn.some((f) => f.includes("Colombie") || f.includes("xylazine"))).toBe(false);
    expect(builtIn).toContain("numeric_claim:990:990");
  });

  it("wins where it collides with the built-in data", () => {
    // `Mexico` is built in as MEX; a researcher may say otherwise, and `drug trafficking` is built in too.
    const data = { countries: { GTM: ["Mexico"] }, threats: { money_laundering: ["drug trafficking"] } };
    const found = createPipeline({ extractors: createExtractors({ data }) })
      .annotate("They spoke of drug trafficking in Mexico.", { docId: "c" })
      .annotations.map((a) => `${a.text}:${String((a as unknown as Record<string, unknown>).iso3 ?? (a as unknown as Record<string, unknown>).category)}`);
    expect(found).toEqual(["drug trafficking:money_laundering", "Mexico:GTM"]);
  });

  it("is merged from files, in order, with their hashes", () => {
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    writeFileSync(a, JSON.stringify({ countries: { COL: ["Colombie"] } }));
    writeFileSync(b, JSON.stringify({ countries: { COL: { demonyms: ["Colombien"] } }, nonClaims: ["Form 990"] }));
    const data = loadUserData([a, b]);
    expect(data.countries.COL).toEqual({ names: ["Colombie"], demonyms: ["Colombien"] });
    expect(data.files.map((f) => f.path)).toEqual([a, b]);
    expect(data.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a bad file with its name and the JSON path of the problem", () => {
    const bad = (name: string, json: unknown) => {
      const p = join(dir, name);
      writeFileSync(p, typeof json === "string" ? json : JSON.stringify(json));
      try {
        loadUserData([p]);
      } catch (e) {
        expect(e).toBeInstanceOf(DataFileError);
        return (e as Error).message.replace(dir + "/", "");
      }
      throw new Error("accepted a bad file");
    };
    expect(bad("kind.json", { organizations: [{ name: "X", kind: "polise" }] })).toMatch(/^kind\.json: organizations\[0\]\.kind: /);
    expect(bad("key.json", { organizations: [{ name: "X", kind: "police", alias: ["Y"] }] })).toBe("key.json: organizations[0].alias: unknown key");
    expect(bad("top.json", { organisations: [] })).toBe("top.json: organisations: unknown key");
    expect(bad("cat.json", { threats: { drugs: ["x"] } })).toBe("cat.json: threats.drugs: unknown key");
    expect(bad("iso.json", { countries: { COL: [""] } })).toMatch(/^iso\.json: countries\.COL\[0\]: /);
    expect(bad("json.json", "{")).toMatch(/^json\.json: not valid JSON/);
    expect(() => createExtractors({ data: { nonClaims: [3] } as never })).toThrow(/nonClaims\[0\]/);
  });
});

describe("built-in data files are strict", () => {
  it("a misspelt key in a data file is an error naming the file and the path", () => {
    const p = join(dir, "layout.json");
    writeFileSync(p, JSON.stringify({ $comment: "notes are allowed", lists: { words: ["a"], wrods: ["b"] } }));
    const schema = dataObject({ lists: dataObject({ words: z.array(z.string()) }) });
    expect(() => loadDataFile(pathToFileURL(p), schema)).toThrow(`${p}: lists.wrods: unknown key`);
  });

  it("every built-in file still loads (a stray key would throw)", () => {
    const text = "Colombia and the Colombian Army fought drug trafficking; 40 tonnes were seized.";
    const types = createPipeline({ extractors: defaultExtractors }).annotate(text, { docId: "s" }).annotations.map((a) => a.type);
    expect(new Set(types)).toEqual(new Set(["country", "organization", "threat", "numeric_claim"]));
  });
});
