import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { analyze, LANGUAGES, PhraseMatcher } from "@procmine/core";
import { packSnapshot, unpackSnapshot } from "../../packages/core/src/snapshot.js";
import { loadNumbersData } from "../../packages/extractors/src/numbers/data.js";
import { PhraseList } from "../../packages/extractors/src/numbers/phrases.js";
import { compileLexicon } from "../../packages/extractors/src/numbers/vocabulary.js";
import { compiledLexicon, loadLexicons, readStoredLexicons, recordLexicons, recordedLexicons, storedLexiconBytes } from "../../packages/extractors/src/lexicon-snapshots.js";

const EXTRACTORS = new URL("../../packages/extractors/", import.meta.url);
const BUILT = new URL("dist/lexicons.bin", EXTRACTORS);
const DATA = new URL("data/", EXTRACTORS);
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

const dir = mkdtempSync(join(tmpdir(), "procmine-lexicons-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("snapshots of compiled structures", () => {
  it("give back a matcher that finds what the original finds, with shared objects still shared", () => {
    const value = { kind: "body" };
    const matcher = new PhraseMatcher([
      { phrase: "Blue Lagoon Council", value },
      { phrase: "Lagoon Council", value },
      { phrase: "ferry smuggling", value, case: "insensitive" as const },
    ]);
    const restored = unpackSnapshot<{ matcher: PhraseMatcher<typeof value>; value: typeof value }>(packSnapshot({ matcher, value }, { PhraseMatcher }), { PhraseMatcher });
    expect(restored.matcher).toBeInstanceOf(PhraseMatcher);
    const doc = analyze("The Blue Lagoon Council met about Ferry Smuggling; the lagoon council did not.", { docId: "d" });
    const spans = (m: PhraseMatcher<typeof value>) => m.match(doc).map((x) => [x.start, x.end, x.phrase]);
    expect(spans(restored.matcher)).toEqual(spans(matcher));
    expect(spans(matcher).length).toBe(2);
    expect(restored.matcher.match(doc)[0]!.value).toBe(restored.value);
  });

  it("give back a matcher that can be added to, whose entries keep their values and case", () => {
    const fleet = { kind: "body" };
    const crime = { kind: "threat" };
    const matcher = new PhraseMatcher<{ kind: string }>([
      { phrase: "Harbour Watch", value: fleet },
      { phrase: "HW", value: fleet, case: "exact" as const },
      { phrase: "reef poaching", value: crime, case: "insensitive" as const },
    ]);
    const restored = unpackSnapshot<PhraseMatcher<{ kind: string }>>(packSnapshot(matcher, { PhraseMatcher }), { PhraseMatcher });
    restored.add({ phrase: "Tide Guard", value: fleet });
    restored.add({ phrase: "coral theft", value: { kind: "threat" }, case: "insensitive" });
    const doc = analyze("Harbour Watch (HW) saw Reef Poaching and coral theft; Tide Guard and the hw, harbour watch and tide guard did not.", { docId: "d" });
    const found = restored.match(doc).map((m) => [doc.text.slice(m.start, m.end), m.value.kind]);
    expect(found).toEqual([
      ["Harbour Watch", "body"],
      ["HW", "body"],
      ["Reef Poaching", "threat"],
      ["coral theft", "threat"],
      ["Tide Guard", "body"],
    ]);
    const bodies = restored.match(doc).filter((m) => m.value.kind === "body");
    expect(bodies[0]!.value).toBe(bodies[1]!.value);
  });

  it("give back a matcher whose phrases take another entry after the ones stored, tried after them", () => {
    const matcher = new PhraseMatcher<string>([
      { phrase: "Harbour Watch", value: "body" },
      { phrase: "HARBOUR WATCH", value: "shouted", case: "exact" as const },
      { phrase: "HW", value: "short", case: "exact" as const },
    ]);
    const restored = unpackSnapshot<PhraseMatcher<string>>(packSnapshot(matcher, { PhraseMatcher }), { PhraseMatcher });
    const short = analyze("HW, hw and Hw.", { docId: "d" });
    expect(restored.match(short).map((m) => [m.value, m.phrase])).toEqual([["short", "HW"]]);
    restored.add({ phrase: "harbour watch", value: "any", case: "insensitive" });
    restored.add({ phrase: "harbour", value: "port", case: "insensitive" });
    const doc = analyze("Harbour Watch, harbour watch and a harbour.", { docId: "d" });
    expect(restored.match(doc).map((m) => [m.value, m.phrase])).toEqual([
      ["body", "Harbour Watch"],
      ["any", "harbour watch"],
      ["port", "harbour"],
    ]);
    expect(restored.entryCount).toBe(5);
    expect(restored.match(short).map((m) => [m.value, m.phrase])).toEqual([["short", "HW"]]);
  });

  it("restore typed arrays in place when the bytes lie aligned, and a copy for a second restore or unaligned bytes", () => {
    const graph = { ids: new Int32Array([7, -1, 40000]), weights: new Float64Array([0.5, 2]), flags: new Uint8Array([1, 0, 1]), label: "tide" };
    const packed = packSnapshot(graph, {});
    for (const shift of [0, 8, 3]) {
      const file = new Uint8Array(packed.length + 16);
      file.set(packed, shift);
      const bytes = file.subarray(shift, shift + packed.length);
      const first = unpackSnapshot<typeof graph>(bytes, {});
      const second = unpackSnapshot<typeof graph>(bytes, {});
      for (const restored of [first, second]) {
        expect([...restored.ids]).toEqual([7, -1, 40000]);
        expect([...restored.weights]).toEqual([0.5, 2]);
        expect([...restored.flags]).toEqual([1, 0, 1]);
        expect(restored.label).toBe("tide");
      }
      expect(first.ids.buffer === file.buffer).toBe(shift % 8 === 0);
      first.ids[0] = 99;
      expect(second.ids[0]).toBe(7);
    }
  });

  it("refuse a function or an instance of a class not named, saying where it is", () => {
    expect(() => packSnapshot({ rules: { test: () => 1 } }, {})).toThrow(/function at root\.rules\.test/);
    expect(() => packSnapshot({ list: [new PhraseMatcher([])] }, {})).toThrow(/PhraseMatcher at root\.list\[0\]/);
  });
});

describe("stored lexicons", () => {
  const data = join(dir, "data");
  mkdirSync(data);
  const file = join(data, "terms.json");
  writeFileSync(file, JSON.stringify({ terms: ["levee breach"] }));
  const bin = join(dir, "lexicons.bin");
  const how = { classes: {} };

  /** A build: each built-in lexicon recorded as it is compiled, with the process's key vocabulary so far. */
  const build = () => {
    recordLexicons();
    compiledLexicon("demo", true, () => ({ from: "build" }), how)();
    writeFileSync(bin, recordedLexicons("code-1", data).bytes);
  };

  it("are used for the built-in data while the code and every data file are those of the build", () => {
    build();
    loadLexicons(bin, "code-1", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "build" });
    // A researcher's data: compiled.
    expect(compiledLexicon("demo", false, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
    // A lexicon the build did not store: compiled.
    expect(compiledLexicon("other", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
  });

  it("leave out a lexicon that cannot be stored, which then compiles as before", () => {
    recordLexicons();
    compiledLexicon("with-closure", true, () => ({ test: () => true }), how)();
    const { names, unstorable } = recordedLexicons("code-1", data);
    expect(names).not.toContain("with-closure");
    expect(unstorable).toEqual([["with-closure", expect.stringMatching(/function at root\.test/)]]);
  });

  it("are not used by other code", () => {
    build();
    loadLexicons(bin, "code-2", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
  });

  it("are not used under another V8 (its serializer's format is its own)", () => {
    build();
    const stored = readStoredLexicons(bin);
    writeFileSync(bin, storedLexiconBytes({ ...stored, v8: `${stored.v8}-other` }));
    loadLexicons(bin, "code-1", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
  });

  it("are not used once a data file is edited, added or removed", () => {
    build();
    writeFileSync(file, JSON.stringify({ terms: ["levee breach", "dam sabotage"] }));
    loadLexicons(bin, "code-1", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
    writeFileSync(file, JSON.stringify({ terms: ["levee breach"] }));
    writeFileSync(join(data, "more.json"), "{}");
    loadLexicons(bin, "code-1", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
    rmSync(join(data, "more.json"));
    loadLexicons(bin, "code-1", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "build" });
  });

  it("are not used when the process gave a key another id than the build did", () => {
    build();
    // Keys read before the stored ones, as a process that tokenized text first would have.
    analyze("Zyxwvut quorbled.", { docId: "first" });
    loadLexicons(bin, "code-1", data);
    expect(compiledLexicon("demo", true, () => ({ from: "compiled now" }), how)()).toEqual({ from: "compiled now" });
  });
});

// `pnpm test` builds first, so the packaged lexicons are there and must match the data files.
describe.runIf(existsSync(BUILT))("the built lexicons (dist/lexicons.bin)", () => {
  const built = readStoredLexicons(fileURLToPath(BUILT));

  it("were compiled from every data file as it is now, and hold the gazetteer extractors' lexicons and the numbers lexicon of each language", () => {
    const names = readdirSync(DATA).filter((n) => n.endsWith(".json")).sort();
    expect(Object.keys(built.data).sort()).toEqual(names);
    for (const name of names) expect(built.data[name], name).toBe(sha256(readFileSync(new URL(name, DATA))));
    expect(Object.keys(built.lexicons).sort()).toEqual(["countries", "numbers-en", "numbers-es", "numbers-pt", "organizations", "threats"]);
  });

  it("give back each language's numbers lexicon as compiling it from the data files gives it", () => {
    for (const lang of LANGUAGES) {
      const restored = unpackSnapshot(built.lexicons[`numbers-${lang}`]!, { PhraseList });
      expect(restored, lang).toEqual(compileLexicon(loadNumbersData(lang)));
    }
  });
});
