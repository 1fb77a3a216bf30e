import { describe, expect, it } from "vitest";
import { OffsetMapBuilder } from "../../packages/core/src/offset-map.js";
import { firstAtOrAfter, floorIndex, partitionPoint } from "../../packages/core/src/search.js";
import { prng } from "../helpers.js";

// fromRaw and rawIndex search the segments with the binary search written out: they must answer
// as the shared search (`partitionPoint`, `floorIndex`) over the same segments does.
describe("OffsetMap: segment searches written out", () => {
  it("maps every offset as the shared binary search does, on random maps", () => {
    const rnd = prng(33);
    for (let k = 0; k < 300; k++) {
      const b = new OffsetMapBuilder();
      const starts = [0];
      const deltas = [0];
      const wide = new Map<number, number>();
      let pos = 0;
      let delta = 0;
      const length = 1 + Math.floor(rnd() * 60);
      while (pos < length) {
        pos += 1 + Math.floor(rnd() * 6);
        if (pos >= length) break;
        const count = 1 + Math.floor(rnd() * 4);
        if (rnd() < 0.3 && !wide.has(pos - 1)) {
          b.widen(pos - 1, count, pos - 1 + delta + count + 1);
          wide.set(pos - 1, pos - 1 + delta + count + 1);
          delta += count;
          if (starts[starts.length - 1] === pos) deltas[deltas.length - 1] = delta;
          else {
            starts.push(pos);
            deltas.push(delta);
          }
        } else {
          b.skip(pos, count);
          delta += count;
          if (starts[starts.length - 1] === pos) deltas[deltas.length - 1] = delta;
          else {
            starts.push(pos);
            deltas.push(delta);
          }
        }
      }
      const map = b.finish(length, length + delta);
      const rawIndex = (p: number) => p + deltas[Math.max(0, floorIndex(starts, p))]!;
      const fromRaw = (raw: number) => {
        const lo = Math.max(0, partitionPoint(starts.length, (i) => starts[i]! + deltas[i]! <= raw) - 1);
        const next = lo + 1 < starts.length ? starts[lo + 1]! : length;
        const at = Math.min(Math.max(raw - deltas[lo]!, starts[lo]!), next);
        const w = at > 0 ? wide.get(at - 1) : undefined;
        return w !== undefined && raw < w ? at - 1 : at;
      };
      for (let p = 0; p < length; p++) expect(map.rawIndex(p), `rawIndex ${p} of map ${k}`).toBe(rawIndex(p));
      for (let r = 0; r <= length + delta; r++) expect(map.fromRaw(r), `fromRaw ${r} of map ${k}`).toBe(fromRaw(r));
    }
  });
});

describe("floorIndex: the last element at or below a value", () => {
  it("answers as a scan does, on random sorted arrays", () => {
    const rnd = prng(34);
    for (let k = 0; k < 500; k++) {
      const xs: number[] = [];
      for (let n = Math.floor(rnd() * 12), v = -3; n > 0; n--) xs.push((v += Math.floor(rnd() * 3)));
      for (let value = -5; value < 30; value++) {
        let expected = -1;
        xs.forEach((x, i) => {
          if (x <= value) expected = i;
        });
        expect(floorIndex(xs, value), `${value} in [${xs.join(",")}]`).toBe(expected);
        expect(floorIndex(Int32Array.from(xs), value)).toBe(expected);
      }
    }
  });
});

describe("firstAtOrAfter: the first item whose key is at or after a position", () => {
  it("answers as a scan does, on random sorted items", () => {
    const rnd = prng(35);
    for (let k = 0; k < 500; k++) {
      const items: { start: number }[] = [];
      for (let n = Math.floor(rnd() * 12), v = 0; n > 0; n--) items.push({ start: (v += Math.floor(rnd() * 3)) });
      for (let pos = -2; pos < 30; pos++) {
        const found = items.findIndex((x) => x.start >= pos);
        expect(firstAtOrAfter(items, pos, (x) => x.start)).toBe(found < 0 ? items.length : found);
      }
    }
  });
});

describe("the analysis end of a raw span", () => {
  it("is just after its last analysis character, before dropped characters, never past the text", () => {
    const b = new OffsetMapBuilder();
    // raw "ab\u00adc\u200b" -> analysis "abc": the soft hyphen before `c`, the space after it dropped.
    b.skip(2, 1);
    b.skip(3, 1);
    const map = b.finish(3, 5);
    expect([1, 2, 3, 4, 5].map((r) => map.endOfRaw(r))).toEqual([1, 2, 2, 3, 3]);
  });

  it("takes in a decoded reference it cuts into", () => {
    const b = new OffsetMapBuilder();
    // raw "a&amp;b" -> analysis "a&b".
    b.widen(1, 4, 6);
    const map = b.finish(3, 7);
    expect([1, 2, 5, 6, 7].map((r) => map.endOfRaw(r))).toEqual([1, 2, 2, 2, 3]);
  });
});
