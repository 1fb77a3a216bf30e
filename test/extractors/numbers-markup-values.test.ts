import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** Text of each numeric claim. */
function texts(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

describe("values assigned to a name in markup", () => {
  it("reads an attribute's quoted value in a tag that runs over lines as markup", () => {
    const raw = '<figure><img src="/files/map.png"\nalt="Patrol routes"\nwidth="1280" height="722" />\n</figure>\n\nThe navy deployed 14 cutters along the coast.';
    expect(texts(raw)).toEqual(["14"]);
  });

  it("reads a parameter's value in an address as markup, however long the address", () => {
    const address = `https://search.example.org/ck/a?!&&p=${"Zm9vYmFy".repeat(80)}&ntb=1`;
    expect(texts(`See [the ruling](${address}) which cites 23 seizures.`)).toEqual(["23"]);
  });

  it("keeps a count written after an equals sign with spaces, and one in prose", () => {
    expect(texts("The survey (n = 412) found that 61% of residents felt safe.")).toEqual(["412", "61%"]);
    expect(texts("Officers seized 9 rifles and 300 rounds.")).toEqual(["9", "300"]);
  });
});
