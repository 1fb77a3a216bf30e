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
