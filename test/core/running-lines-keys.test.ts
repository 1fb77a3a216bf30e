import { describe, expect, it } from "vitest";
import { runningLinePages } from "../../packages/core/src/running-lines.js";
import { furnitureOf, repeatKey } from "../../packages/core/src/furniture.js";
import { hasTwoWords } from "../../packages/core/src/two-words.js";
import { layout } from "../../packages/core/src/layout-data.js";
import type { LineGrid } from "../../packages/core/src/pages.js";
import { prng } from "../helpers.js";

/**
 * The running-line search keys only the lines that may share an edge line's key (its first line a
 * head's, its last a foot's); these hold it to the search that keyed every line, copied here, on
 * invented pages and random line mixes.
 */
function everyLineKeyed(lines: LineGrid, text: (i: number) => string): number[][] {
  const { edgeLines, maxLength } = layout().pageFurniture;
  const textLines: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!lines.blank[i]) textLines.push(i);
  const head = new Set(textLines.slice(0, edgeLines));
  const foot = new Set(textLines.slice(-edgeLines));
  const at = new Map<string, number[]>();
  for (const i of textLines) {
    const t = text(i).trim();
    if (t.length > 2 * maxLength || !/^\p{L}/u.test(t) || /[.!?;:,]["”’)]?$/u.test(t) || !hasTwoWords(t) || furnitureOf(t)?.page !== undefined) continue;
    const key = repeatKey(t);
    const list = at.get(key) ?? [];
    list.push(i);
    at.set(key, list);
  }
  // The keys that could win, in the order the search meets them.
  return [...at.values()].filter((found) => head.has(found[0]!) || foot.has(found[found.length - 1]!));
}

function grid(raw: string[]): { lines: LineGrid; text: (i: number) => string } {
  const blank = Uint8Array.from(raw, (l) => (l.trim() === "" ? 1 : 0));
  return { lines: { count: raw.length, blank, indent: new Uint16Array(raw.length) } as unknown as LineGrid, text: (i) => raw[i]! };
}

const HEADS = ["Valley Institute of Water Studies", "  valley institute of water studies", "Ledger of the Ninth Council 2031", "Ärztekammer des Tals Bericht", "Ñandú Survey of the Upper Basin", "İnce Valley Council Notes", "ÉCOLE DU VAL rapport annuel"];
const PROSE = ["The council weighed the ledger with care and", "agreed to meet again.", "Some members asked for the minutes", "1. A numbered point of order", "Table 3: water drawn per season", "- a listed item", "valley institute of water studies", "VALLEY INSTITUTE OF WATER STUDIES", "the ninth council kept its word", "Ledger of the Ninth Council 2032", "ärztekammer des tals bericht", "ince Valley Council Notes"];

describe("running lines keyed from the edge lines' keys", () => {
  it("finds a running head and a running foot on invented pages", () => {
    const pages = (edge: string, atHead: boolean) =>
      Array.from({ length: 5 }, (_, p) => {
        const body = Array.from({ length: 14 }, (_, k) => PROSE[(p + k) % 6]!);
        return atHead ? [edge, "", ...body, ""] : [...body, "", edge, ""];
      }).flat();
    for (const [edge, atHead] of [[HEADS[0]!, true], [HEADS[2]!, false], [HEADS[3]!, true], [HEADS[5]!, false]] as const) {
      const { lines, text } = grid(pages(edge, atHead));
      const found = runningLinePages(lines, text);
      expect(found).toBeDefined();
      expect(new Set(found!.at.map((l) => repeatKey(text(l).trim())))).toEqual(new Set([repeatKey(edge.trim())]));
      expect(everyLineKeyed(lines, text)).toContainEqual(found!.at);
    }
  });

  it("picks one of the lines keying every line would have found, on random mixes of lines", () => {
    const rand = prng(23);
    const pool = [...HEADS, ...PROSE, ""];
    let found = 0;
    for (let n = 0; n < 600; n++) {
      const raw = Array.from({ length: 8 + Math.floor(rand() * 60) }, () => pool[Math.floor(rand() * pool.length)]!);
      const { lines, text } = grid(raw);
      const pages = runningLinePages(lines, text);
      const candidates = everyLineKeyed(lines, text);
      if (pages) {
        found++;
        expect(candidates).toContainEqual(pages.at);
      }
      if (candidates.length === 0) expect(pages).toBeUndefined();
    }
    expect(found).toBeGreaterThan(0);
  });
});
