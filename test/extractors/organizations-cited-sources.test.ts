import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name, kind, rule] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind, m.rule]);
}

// A body no list knows, named as the source of a statement, with the text's own sign that it is no person.
describe("cited sources", () => {
  it("reads a name after a lower-case article as a body when it reports, in all three languages, with no kind", () => {
    expect(orgs("The new figures were first reported by analysts; the Harbor Courier reported them on Monday.")).toEqual([["Harbor Courier", "Harbor Courier", undefined, "cited_source"]]);
    expect(orgs("Los datos, según la Vigía Austral, no incluyen los meses de invierno.")).toEqual([["Vigía Austral", "Vigía Austral", undefined, "cited_source"]]);
    expect(orgs("Os números crescem, disse a Quantavia em nota.").map((o) => o[0])).toEqual([]);
    expect(orgs("Os números crescem, segundo a Quantavia, desde março.")).toEqual([["Quantavia", "Quantavia", undefined, "cited_source"]]);
  });

  it("keeps a name that opens a sentence with its article elsewhere", () => {
    expect(orgs("The Courier printed it first. Prices rose, the Courier reported.").filter((o) => o[3] === "cited_source").map((o) => o[0])).toEqual(["Courier"]);
  });

  it("reads the object of `told` as a source, before a function word too (`in`, `that`)", () => {
    expect(orgs("A farmer told ZQX that the road was closed.")).toEqual([["ZQX", "ZQX", undefined, "cited_source"]]);
    expect(orgs("A farmer told the Harbor Courier in an interview that the road was closed.")).toEqual([["Harbor Courier", "Harbor Courier", undefined, "cited_source"]]);
    // A person told something is no source of this kind: no article, or a title after it.
    expect(orgs("A farmer told Velandro that the road was closed.")).toEqual([]);
    expect(orgs("A farmer told the Ambassador that the road was closed.")).toEqual([]);
    // The function words are English ones: a Portuguese name before `da` is still a longer title's word.
    expect(orgs("A taxa subiu, segundo o Anuário da Violência de\r\n2018, produzido pelo instituto.").filter((o) => o[3] === "cited_source")).toEqual([]);
  });

  it("reads a reporting acronym as a body", () => {
    expect(orgs("The seizure was larger than expected, according to ZQX.")).toEqual([["ZQX", "ZQX", undefined, "cited_source"]]);
  });

  it("leaves people, titles, documents, states and capitalized verbs alone", () => {
    // No article, no capitals: a reporting name may be a person's.
    expect(orgs("The seizure was larger than expected, Velandro said.")).toEqual([]);
    expect(orgs("The seizure was larger than expected, the President said.")).toEqual([]);
    expect(orgs("Lawmakers, according to the Constitution, cannot appoint him.")).toEqual([]);
    expect(orgs("He read the ZQX documents twice.").filter((o) => o[3] === "cited_source")).toEqual([]);
    expect(orgs("According to a Velandro analysis, prices rose.")).toEqual([]);
    expect(orgs("According to a Velandro [analysis](https://x.example/a), prices rose.")).toEqual([]);
    // A longer name's last word alone is that name shortened, not a new body.
    expect(orgs("A Guarda Costeira Velandra prendeu dois; segundo a Velandra, eram seis.").filter((o) => o[3] === "cited_source")).toEqual([]);
    // `States` here is the name's word, not the verb.
    expect(orgs("Officials in the United States said nothing.").filter((o) => o[3] === "cited_source")).toEqual([]);
  });
});
