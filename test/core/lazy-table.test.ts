import { describe, expect, it } from "vitest";
import { LazyTable, packSnapshot, StringTable, unpackSnapshot } from "@procmine/core";

describe("LazyTable", () => {
  const body = { name: "Policía Nacional", country: "COL" };
  const source = new Map<string, { identity: typeof body; parent: string }[]>([
    ["policia nacional", [{ identity: body, parent: "" }]],
    ["nacional", [{ identity: body, parent: "policia" }, { identity: { name: "Guardia Nacional", country: "MEX" }, parent: "guardia" }]],
    ["", []],
  ]);
  const classes = { LazyTable, StringTable };

  it("answers every key with a value equal to the Map's, and no other key", () => {
    const table = new LazyTable(source);
    expect(table.size).toBe(3);
    for (const [key, value] of source) expect(table.get(key)).toEqual(value);
    for (const missing of ["policia", "nacionales", "guardia nacional"]) expect(table.get(missing)).toBeUndefined();
  });

  it("reads a value once: asked again, the same object", () => {
    const table = new LazyTable(source);
    expect(table.get("nacional")).toBe(table.get("nacional"));
  });

  it("answers the same once stored in a snapshot and restored, values read before or not", () => {
    const table = new LazyTable(source);
    table.get("nacional");
    const restored = unpackSnapshot<{ table: LazyTable<unknown> }>(packSnapshot({ table }, classes), classes).table;
    expect(restored).toBeInstanceOf(LazyTable);
    expect(restored.size).toBe(3);
    for (const [key, value] of source) expect(restored.get(key)).toEqual(value);
    expect(restored.get("policia")).toBeUndefined();
  });
});
