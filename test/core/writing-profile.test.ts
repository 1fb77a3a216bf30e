import { analyze, PhraseMatcher } from "@procmine/core";
import { describe, expect, it } from "vitest";

describe("writing profile (writing.ts)", () => {
  it("does not read one lower-case list item as a text without capitals", () => {
    const doc = analyze("The terms below apply to this agreement.\n\nb) \"patrol vessel\" means any ship clearly marked as being on government service and used for the purposes of this agreement.\n", { docId: "t" });
    expect(doc.blocks.map((b) => b.writing.capitals)).toEqual([true, true]);
  });

  it("reads a long run without capitals or stops as a text without capitals", () => {
    const words = "boa tarde e uma alegria receber a delegacao do paraguai aqui no brasil para falar de comercio e fronteira".split(" ");
    const run = Array.from({ length: 220 }, (_, i) => words[i % words.length]).join(" ");
    expect(analyze(run, { docId: "t" }).writing.capitals).toBe(false);
    // A short one (a list item) still tells nothing.
    expect(analyze(words.join(" ") + " " + words.join(" "), { docId: "t" }).writing.capitals).toBe(true);
  });

  it("tells a paragraph without capitals from normal text", () => {
    const lower = analyze("the minister said the patrols along the border will double next year. the navy will help them with two new ships.", { docId: "t" });
    expect(lower.writing.capitals).toBe(false);
    const normal = analyze("The minister said the patrols along the border will double next year. The Navy will help them with two new ships.", { docId: "t" });
    expect(normal.writing.capitals).toBe(true);
  });

  it("decides per paragraph: a lower-cased record beside normal ones", () => {
    const doc = analyze(
      "The Minister of Justice met the governors of the northern states on Monday. They planned the next steps together with the mayors of the region.\n\n" +
        "the minister of justice met the governors of the northern states on monday. they planned the next steps together with the mayors of the region.\n",
      { docId: "t" },
    );
    expect(doc.blocks.map((b) => b.writing.capitals)).toEqual([true, false]);
  });

  it("tells text written without accents from the words that always carry one", () => {
    const folded = analyze("O governo nao disse se a policia tambem vai atuar na regiao, e a populacao ja espera uma resposta.", { docId: "t" });
    expect(folded.writing.accents).toBe(false);
    const accented = analyze("O governo não disse se a polícia também vai atuar na região, e a população já espera uma resposta.", { docId: "t" });
    expect(accented.writing.accents).toBe(true);
  });

  it("lets a matcher that follows the writing match capitalized entries in lower-cased paragraphs only", () => {
    const make = (follows: boolean) => {
      const m = new PhraseMatcher([{ phrase: "Ministry of Justice", value: 1 }]);
      m.followsWriting = follows;
      return m;
    };
    const lower = analyze("yesterday the ministry of justice said that it would open three new offices. they will serve the east of the country.", { docId: "t" });
    expect(make(true).match(lower).map((x) => x.phrase)).toEqual(["Ministry of Justice"]);
    expect(make(false).match(lower)).toEqual([]);
    const normal = analyze("Yesterday the ministry of justice said that it would open three new offices. They will serve the East of the country.", { docId: "t" });
    expect(make(true).match(normal)).toEqual([]);
  });
});

describe("paragraphs written all in capitals (writing.json upper)", () => {
  it("reads a paragraph in capitals as one whose capitals tell nothing, and a normal one with acronyms as normal", () => {
    const doc = analyze(
      "The Minister said that the UN and the OAS will send observers to the northern towns. They arrive next week.\n\n" +
        "PATROL BOATS OF THE NAVY WILL WATCH THE RIVER PORTS, THE MINISTER SAID. THE FIRST ONES LEAVE ON MONDAY.\n",
      { docId: "t" },
    );
    expect(doc.blocks.map((b) => [b.writing.capitals, b.writing.upper === true])).toEqual([[true, false], [false, true]]);
  });

  it("reads a short headline in capitals by its words, with no sentence stop", () => {
    const doc = analyze("NEW PATROLS FOR THE NORTHERN BORDER\n\nThe Minister said the patrols will double next year. The navy will help them.\n", { docId: "t" });
    expect(doc.blocks[0]!.writing.upper).toBe(true);
    expect(doc.blocks[1]!.writing.upper).toBeUndefined();
  });

  it("lets an exact entry match in a paragraph in capitals", () => {
    const m = new PhraseMatcher([{ phrase: "FonPlata", value: 1, case: "exact" }]);
    m.followsWriting = true;
    const upper = analyze("THE BANKS AND FONPLATA WILL LEND THE MONEY FOR THE NEW ROADS. THE WORKS START IN MAY.", { docId: "t" });
    expect(m.match(upper).map((x) => x.phrase)).toEqual(["FonPlata"]);
    const normal = analyze("The banks and FONPLATA will lend the money for the new roads. The works start in May.", { docId: "t" });
    expect(m.match(normal)).toEqual([]);
  });
});
