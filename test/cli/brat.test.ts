/** --format brat and import-brat: valid standoff, code point offsets, and a lossless round trip. */
import { mkdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { procmine, readJsonl, requireBuild, SEEDS, tempDir } from "./helpers.js";

/** brat's own reading of a .ann: every span's text is the text's code points at its offsets. */
function checkStandoff(txt: string, ann: string, conf: string): number {
  const chars = Array.from(txt); // code points, as brat (Python) indexes them
  const entities = new Set(conf.split("[relations]")[0]!.split("\n").slice(1).filter(Boolean));
  const allowed = new Map(
    conf
      .split("[attributes]")[1]!
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.split("\t")[0]!, new Set(l.split("Value:")[1]!.split("|"))]),
  );
  const ids = new Set<string>();
  let spans = 0;
  for (const line of ann.split("\n").filter(Boolean)) {
    const [id, body, text] = line.split("\t");
    if (id!.startsWith("T")) {
      const [type, ...rest] = body!.split(" ");
      expect(entities.has(type!), type).toBe(true);
      const fragments = rest.join(" ").split(";").map((f) => f.split(" ").map(Number) as [number, number]);
      expect(fragments.map(([s, e]) => chars.slice(s, e).join("")).join(" ")).toBe(text);
      ids.add(id!);
      spans++;
    } else if (id!.startsWith("A")) {
      const [name, target, value] = body!.split(" ");
      expect(ids.has(target!)).toBe(true);
      expect(allowed.get(name!)?.has(value!), `${name}=${value}`).toBe(true);
    } else {
      expect(id).toMatch(/^#\d+$/);
      expect(ids.has(body!.split(" ")[1]!)).toBe(true);
    }
  }
  return spans;
}

let work: string;
beforeAll(() => {
  requireBuild();
  work = tempDir();
  mkdirSync(join(work, "texts"));
  // Characters outside the BMP before the mentions: brat's offsets differ from UTF-16's here.
  writeFileSync(join(work, "texts/emoji.txt"), "🇵🇪 📌 Peru and Colombia fought drug traf-\nficking; 40 tonnes were seized by the Colombian Army.\n");
});

describe("--format brat", () => {
  it("writes valid standoff with code point offsets, and imports back to the same records", async () => {
    const r = await procmine(["annotate", "texts", SEEDS, "-o", "out", "-q", "--jobs", "1", "-f", "jsonl,brat"], { cwd: work });
    expect(r.code).toBe(0);
    const conf = readFileSync(join(work, "out/brat/annotation.conf"), "utf8");
    let total = 0;
    for (const doc of ["emoji", "central-america-antigua-2017", "south-america-lima-2017"]) {
      const txt = readFileSync(join(work, "out/brat", `${doc}.txt`), "utf8");
      total += checkStandoff(txt, readFileSync(join(work, "out/brat", `${doc}.ann`), "utf8"), conf);
    }
    const records = readFileSync(join(work, "out/annotations.jsonl"), "utf8");
    expect(total).toBe(records.split("\n").filter(Boolean).length);
    const ann = readFileSync(join(work, "out/brat/emoji.ann"), "utf8");
    // `Peru` starts at UTF-16 offset 8 (two pairs, a space, a pair, a space) but code point 5.
    expect(ann).toContain("T1\tcountry 5 9\tPeru");

    expect((await procmine(["import-brat", "out/brat", "-o", "back.jsonl"], { cwd: work })).code).toBe(0);
    const back = readFileSync(join(work, "back.jsonl"), "utf8");
    // Documents by name, records in text order: the same order annotations.jsonl has.
    expect(back).toBe(records);
  });

  it("imports spans and attributes added or changed in brat as records", async () => {
    const dir = join(work, "edited");
    mkdirSync(dir);
    const txt = readFileSync(join(work, "out/brat/emoji.txt"), "utf8");
    writeFileSync(join(dir, "emoji.txt"), txt);
    const ann = readFileSync(join(work, "out/brat/emoji.ann"), "utf8").replace(/A1\tiso3 T1 PER/, "A1\tiso3 T1 BOL");
    writeFileSync(join(dir, "emoji.ann"), ann);
    // An annotator marks the 🇵🇪 flag as Peru (code points 0-2, UTF-16 0-4).
    appendFileSync(join(dir, "emoji.ann"), "T99\tcountry 0 2\t🇵🇪\nA99\tiso3 T99 PER\n");
    expect((await procmine(["import-brat", "edited", "-o", "edited.jsonl"], { cwd: work })).code).toBe(0);
    const recs = readJsonl(join(work, "edited.jsonl"));
    expect(recs[0]).toEqual({ doc: "emoji", type: "country", start: 0, end: 4, text: "🇵🇪", iso3: "PER" });
    expect(recs[1]).toMatchObject({ type: "country", start: 8, end: 12, text: "Peru", iso3: "BOL", rule: "name" });
  });

  it("refuses a .ann without its text, naming the file", async () => {
    const dir = join(work, "lonely");
    mkdirSync(dir);
    writeFileSync(join(dir, "x.ann"), "T1\tcountry 0 4\tPeru\n");
    const r = await procmine(["import-brat", "lonely", "-o", "x.jsonl"], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`procmine: ${join("lonely", "x.txt")}: missing: brat offsets need the text beside the .ann file\n`);
  });
});
