import { describe, expect, it } from "vitest";
import { packSnapshot, StringTable, unpackSnapshot } from "@procmine/core";

describe("StringTable", () => {
  const smuggling = { category: "smuggling" };
  const extortion = { category: "extortion" };
  const source = new Map<string, { category: string }>([
    ["contrabando", smuggling],
    ["extorsión", extortion],
    ["contrabandos", smuggling],
    ["", extortion],
    ["ab", smuggling],
    ["ba", extortion],
  ]);

  it("answers every key as the Map it was made from, and no other", () => {
    const table = new StringTable(source);
    for (const [key, value] of source) expect(table.get(key)).toBe(value);
    expect(table.size).toBe(source.size);
    for (const missing of ["contraband", "contrabandoss", "a", "extorsion", "abba"]) {
      expect(table.get(missing)).toBeUndefined();
      expect(table.has(missing)).toBe(false);
    }
  });

  it("gives its values in the Map's order, equal readings still one object", () => {
    const table = new StringTable(source);
    expect([...table.values()]).toEqual([...source.values()]);
    const [first, , third] = [...table.values()];
    expect(first).toBe(third);
  });

  it("survives a snapshot with its answers and its shared values", () => {
    const restored = unpackSnapshot<StringTable<{ category: string }>>(packSnapshot(new StringTable(source), { StringTable }), { StringTable });
    expect(restored.get("extorsión")).toEqual(extortion);
    expect(restored.get("contrabando")).toBe(restored.get("ab"));
    expect(restored.get("contraband")).toBeUndefined();
  });

  it("answers keys of several words after a snapshot as before it, spaces and all", () => {
    const phrases = new Map<string, number>([
      ["reef poaching", 1],
      ["reef  poaching", 2],
      [" reef poaching", 3],
      ["reef poaching ", 4],
      ["reef", 5],
      ["poaching reef", 6],
      ["coral reef poaching", 7],
      ["pesca ilícita", 8],
      [" ", 9],
    ]);
    const asked = [...phrases.keys(), "reef poachin", "reef poaching  ", "reefpoaching", "reef poachings", "coral", "  ", "pesca ilicita", "reef\tpoaching"];
    const before = new StringTable(phrases);
    const answers = asked.map((key) => before.get(key));
    expect(answers.slice(0, phrases.size)).toEqual([...phrases.values()]);
    expect(answers.slice(phrases.size).every((v) => v === undefined)).toBe(true);
    const restored = unpackSnapshot<StringTable<number>>(packSnapshot(before, { StringTable }), { StringTable });
    expect(asked.map((key) => restored.get(key))).toEqual(answers);
    // Keys beyond Latin-1 stay a string, and answer the same.
    const wide = new Map([["кокаин трафик", 1], ["narco trafic", 2]]);
    const wideRestored = unpackSnapshot<StringTable<number>>(packSnapshot(new StringTable(wide), { StringTable }), { StringTable });
    expect(["кокаин трафик", "narco trafic", "кокаин", "narco"].map((key) => wideRestored.get(key))).toEqual([1, 2, undefined, undefined]);
  });
});

describe("StringTable.withSharedTails", () => {
  // Invented forms expanded from a template, as a lexicon expands its `{slot}`s: the same tails
  // (`de coral`, `de la madera`) repeat under every prefix.
  const acts = ["pesca", "tala", "venta", "venta ilegal", "comercio ilícito"];
  const links = ["de", "de la", "del"];
  const goods = ["coral", "madera", "orquídeas", "pieles de jaguar"];
  const forms = new Map<string, { kind: string }>();
  const plants = { kind: "plants" };
  const animals = { kind: "animals" };
  for (const a of acts) for (const l of links) for (const g of goods) forms.set(`${a} ${l} ${g}`, g === "madera" || g === "orquídeas" ? plants : animals);
  forms.set("venta", plants);
  forms.set("", animals);
  forms.set("tala  de coral", plants);
  forms.set(" pesca", animals);
  const table = new StringTable(forms);
  const shared = table.withSharedTails();
  const restored = unpackSnapshot<StringTable<{ kind: string }>>(packSnapshot(shared, { StringTable }), { StringTable });

  it("answers every key, every near miss, its size and its values' order as the table it was made from", () => {
    const asked = [...forms.keys()].flatMap((k) => [k, `${k} x`, k.split(" ").slice(1).join(" "), k.split(" ").slice(0, -1).join(" "), `${k}s`, `${k} `]);
    for (const t of [shared, restored]) {
      expect(asked.map((k) => t.get(k))).toEqual(asked.map((k) => table.get(k)));
      expect(asked.map((k) => t.has(k))).toEqual(asked.map((k) => table.has(k)));
      expect(t.size).toBe(table.size);
      expect([...t.values()]).toEqual([...table.values()]);
    }
    expect(shared.get("venta ilegal de la madera")).toBe(plants);
    expect(restored.get("venta ilegal de la madera")).toBe(restored.get("venta"));
  });

  it("stores the repeated tails once", () => {
    const size = (t: StringTable<{ kind: string }>) => packSnapshot(t, { StringTable }).length;
    expect(size(shared)).toBeLessThan(size(table));
  });

  it("stays itself where a key does not fit one byte a character", () => {
    const wide = new StringTable(new Map([["кокаин трафик", 1]]));
    expect(wide.withSharedTails()).toBe(wide);
  });
});
