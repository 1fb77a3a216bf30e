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
});
