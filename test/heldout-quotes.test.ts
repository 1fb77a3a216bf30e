import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUOTE_WORDS, findQuotes, heldoutTexts } from "./heldout-quotes.js";
import { tempDir } from "./temp-dirs.js";

describe("held-out integrity", () => {
  const texts = heldoutTexts();

  it(`no test quotes ${QUOTE_WORDS} or more consecutive words of a held-out text`, () => {
    expect(texts.length).toBeGreaterThan(0);
    expect(findQuotes(texts)).toEqual([]);
  });

  it("finds a quote, whatever its case and punctuation, and not one word fewer", () => {
    const words = readFileSync(texts.find((t) => t.endsWith(".txt"))!, "utf8").match(/[\p{L}\p{N}]+/gu)!.slice(40, 40 + QUOTE_WORDS);
    const dir = tempDir();
    writeFileSync(join(dir, "quoting.test.ts"), `const a = "x";\nexpect(f("${words.join(", ").toUpperCase()}")).toEqual([]);\n`);
    writeFileSync(join(dir, "short.test.ts"), `expect(f("${words.slice(1).join(" ")}")).toEqual([]);\n`);
    const quotes = findQuotes(texts, [join(dir, "quoting.test.ts"), join(dir, "short.test.ts")]);
    expect(quotes.map((q) => [q.file.endsWith("quoting.test.ts"), q.line])).toEqual([[true, 2]]);
  });
});
