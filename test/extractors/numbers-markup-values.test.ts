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

describe("a heading's anchor in Pandoc's attribute braces (numbers47)", () => {
  it("reads the number after `{#` as markup, and keeps a count in the heading's text", () => {
    expect(texts("**[CHAPTER IV]{#17}**\n\nThe court sentenced 12 members of the group.")).toEqual(["12"]);
    expect(texts("## Seizures {#5}\n\nAgents seized 300 kilograms at the port.")).toEqual(["300 kilograms"]);
    expect(texts("The brackets {# 5} hold nothing; agents seized #5 in the ranking and 300 kilograms.")).toContain("300 kilograms");
  });
});

describe("an ordinal whose suffix markup sets above the line (number-words.json ordinalSuffixes)", () => {
  it("reads 21<sup>st</sup> as 21st is read: an ordinal, no count", () => {
    expect(texts("Ports built for the 21<sup>st</sup> century moved 40 cranes on the 60<sup>th</sup> anniversary.")).toEqual(["40"]);
    expect(texts("En la 3<sup>a</sup> sesión se presentaron 25 denuncias. Las autoridades de la región lo informaron con los datos del año.")).toEqual(["25"]);
  });

  it("keeps a number before other markup, and the same ordinal written plain stays no claim", () => {
    expect(texts("Officers seized <b>45</b> rifles in the 21st century's largest raid.")).toEqual(["45"]);
  });
});
