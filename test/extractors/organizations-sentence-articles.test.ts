import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// `A` and `O` open Portuguese sentences as articles as often as lists as markers: a standalone
// body after one (`A Marinha ...`) is read as it is mid-sentence.
describe("a standalone body after a sentence-initial one-letter article", () => {
  it("is found as it is after a lower-case article", () => {
    expect(named("Ele falou ontem. A Marinha também participou das duas guerras.")).toEqual([["Marinha", "Marinha"]]);
    expect(named("Ele falou ontem. O Exército também participou das buscas.")).toEqual([["Exército", "Exército"]]);
  });

  it("leaves list markers, English sentences and words that are no body alone", () => {
    expect(named("Ele falou ontem.\n\nA. Marinha\n\nB. Exército")).toEqual([]);
    expect(named("He spoke. A Navy ship came in at noon.")).toEqual([]);
    expect(named("Ele falou ontem. O Governo também participou das buscas.")).toEqual([]);
  });
});

// A capital that opens a sentence says nothing alone; the same word capitalized inside the
// document's sentences says it is a name there too.
describe("a standalone body opening a sentence", () => {
  it("is found when the document also writes it capitalized inside a sentence", () => {
    expect(named("The rules changed. Treasury later sanctioned the firm, as the Treasury had warned.").map((o) => o[0])).toEqual(["Treasury", "Treasury"]);
  });

  it("is left alone when the document never does", () => {
    expect(named("The rules changed. Treasury later sanctioned the firm.")).toEqual([]);
  });
});
