import { describe, expect, it } from "vitest";
import { packSnapshot, unpackSnapshot } from "@procmine/core";

// The same values in arrays of another elements kind: V8 stores a holey array sparsely and a
// packed one densely, and which kind an array gets can change from run to run for the same code.
function holey(values: unknown[]): unknown[] {
  const a = new Array<unknown>(values.length);
  values.forEach((v, i) => (a[i] = v));
  return a;
}

describe("packSnapshot stores every array the same way, whatever its elements kind", () => {
  const packed = { keys: ["only", "just"], nested: [[1, 2], [3]], byFirst: new Map([["a", [4, 5]]]) };
  const mixed = { keys: holey(["only", "just"]), nested: holey([holey([1, 2]), [3]]), byFirst: new Map([["a", holey([4, 5])]]) };

  it("gives the same bytes for equal graphs", () => {
    expect(Buffer.compare(packSnapshot(mixed, {}), packSnapshot(packed, {}))).toBe(0);
    expect(Buffer.compare(packSnapshot(holey([1, "x"]), {}), packSnapshot([1, "x"], {}))).toBe(0);
  });

  it("keeps shared arrays shared and restores the values", () => {
    const shared = holey([7, 8]);
    const restored = unpackSnapshot<{ a: number[]; b: number[] }>(packSnapshot({ a: shared, b: shared }, {}), {});
    expect(restored.a).toEqual([7, 8]);
    expect(restored.a).toBe(restored.b);
    expect(unpackSnapshot(packSnapshot(mixed, {}), {})).toEqual(packed);
  });
});
