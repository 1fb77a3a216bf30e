import { describe, expect, it } from "vitest";
import { plainEnglishValue, unitsInARow } from "../../packages/extractors/src/numbers/plain-words.js";
import { parseSpelledOut } from "../../packages/extractors/src/numbers/spelled.js";
import { getLexicon } from "../../packages/extractors/src/numbers/vocabulary.js";

const lex = getLexicon("en");
const byValue = new Map([...lex.cardinals].map(([w, v]) => [v, w]));
const word = (n: number) => byValue.get(n)!;

/** Every way the reader may write a number below a hundred: `seventy-two`, `seventy two`. */
function belowHundred(n: number): string[] {
  if (n < 20 || n % 10 === 0) return [word(n)];
  return [`${word(n - (n % 10))}-${word(n % 10)}`, `${word(n - (n % 10))} ${word(n % 10)}`];
}

/** Every way of writing a group below a thousand, with and without `and` after `hundred`. */
function group(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return belowHundred(rest);
  const head = `${word(hundreds)} hundred`;
  if (!rest) return [head];
  return belowHundred(rest).flatMap((r) => [`${head} ${r}`, `${head} and ${r}`]);
}

/** What the numbers extractor got before: compromise's value, checked as number.ts checks it. */
function compromiseValue(text: string): number | undefined {
  const words = text.split(/[ -]/).filter((w) => w !== "and");
  let largest = 0;
  let scale = 1;
  for (const w of words) {
    largest = Math.max(largest, lex.cardinals.get(w) ?? 0, lex.scales.get(w) ?? 0);
    scale = Math.max(scale, lex.scales.get(w) ?? 1);
  }
  return parseSpelledOut(text, largest, scale);
}

describe("plain English spelled-out numbers read without compromise", () => {
  it("gives compromise's value for every group below a thousand, in every spelling", () => {
    for (let n = 1; n < 1000; n++) {
      for (const text of group(n)) {
        expect(plainEnglishValue(text, lex), text).toBe(n);
        expect(compromiseValue(text), text).toBe(n);
      }
    }
  });

  it("gives compromise's value for thousands, with and without `and`", () => {
    const samples = [1, 2, 9, 10, 13, 20, 21, 47, 99, 100, 101, 110, 305, 999];
    const pairs = [...samples.flatMap((high) => samples.map((low) => [high, low] as const)), ...Array.from({ length: 999 }, (_, i) => [i + 1, 1 + ((i * 37) % 999)] as const)];
    for (const [high, low] of pairs) {
      for (const h of group(high).slice(0, 2)) {
        for (const l of group(low).slice(-2)) {
          for (const text of [`${h} thousand ${l}`, `${h} thousand and ${l}`]) {
            expect(plainEnglishValue(text, lex), text).toBe(high * 1000 + low);
            expect(compromiseValue(text), text).toBe(high * 1000 + low);
          }
        }
      }
    }
  });

  it("leaves anything else to compromise", () => {
    // `two thousand` alone never reaches it: the reader takes `thousand` as an outer scale.
    for (const text of ["two thousand", "one-two", "twelve hundred", "zero", "zero hundred five", "twenty twenty", "one hundred and", "five three", "one-hundred", "twenty-five-six", "nineteen-two", "hundred five", "two thousand thousand", "one hundred and thousand five", "twenty and five", "dozen"]) {
      expect(plainEnglishValue(text, lex), text).toBeUndefined();
    }
  });

  it("tells units in a row (`one-two`), which compromise reads as no one value", () => {
    const units = [...lex.cardinals].filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w);
    expect(units.length).toBe(9);
    // Every pair, and one triple in seven (each unit in each place): compromise takes a while per call.
    const triples = units.flatMap((a) => units.flatMap((b) => units.map((c) => `${a}-${b}-${c}`))).filter((_, i) => i % 7 === 0);
    const rows = [...units.flatMap((a) => units.map((b) => `${a}-${b}`)), ...triples];
    for (const text of rows) {
      expect(unitsInARow(text, lex), text).toBe(true);
      expect(plainEnglishValue(text, lex), text).toBeUndefined();
      expect(compromiseValue(text), text).toBeUndefined();
    }
    for (const text of ["one", "one two", "twenty-one", "one-twenty", "zero-one", "one-two-three-four", "one-dozen"]) expect(unitsInARow(text, lex), text).toBe(false);
  });
});
