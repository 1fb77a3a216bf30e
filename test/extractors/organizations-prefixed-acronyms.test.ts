import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { prefixedMatches } from "../../packages/extractors/src/organizations/prefixed-acronyms.js";
import { bareShorts } from "../../packages/extractors/src/organizations/bare-acronyms.js";

/** [text, name] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// A listed acronym hyphened after a lower-case prefix still names its body; the prefix stays outside.
describe("a listed acronym after a prefix and a hyphen", () => {
  it("names the listed body, the prefix left out", () => {
    expect(orgs("Analysts expect new post-FARC factions and some anti-ELN militias in the valley.")).toEqual([
      ["FARC", "Revolutionary Armed Forces of Colombia"],
      ["ELN", "National Liberation Army"],
    ]);
  });

  it("leaves unlisted capitals and unlisted prefixes alone", () => {
    expect(orgs("Sales rose in the pre-COVID years and the semi-FARC label faded.")).toEqual([]);
  });
});

// The hyphen-driven scan must find exactly the matches a scan of the whole text by the same regex finds.
describe("prefixedMatches", () => {
  const WHOLE = /(?<![\p{L}\p{N}-])(\p{Ll}+)-([A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*)(?![\p{L}\p{N}])/gu;
  const pieces = ["a", "b", "é", "É", "Z", "F", "R", "0", "7", "&", "-", " ", ".", "𝑎", "\ud835", "\udc4e", "x-", "-A", "AB", "'"];
  const spans = (it: Iterable<RegExpMatchArray>) => [...it].map((m) => [m.index, m[0]]);

  it("agrees with the whole-text regex on invented words", () => {
    const texts = ["post-FARC and anti-ELN", "non-FARC-EP rebels", "x-AB&C, y-A7& z-ÉA", "Pre-FARC, pre-farc, 3pre-FARC", "𝑎post-FARC ñandú-OEA-2 -AB a-B a-BC-"];
    for (const text of texts) expect(spans(prefixedMatches(text))).toEqual(spans(text.matchAll(WHOLE)));
  });

  it("agrees with the whole-text regex on random strings", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = Math.floor(next() * 24); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      expect(spans(prefixedMatches(text))).toEqual(spans(text.matchAll(WHOLE)));
    }
  });
});

// The bare-acronym scan from ASCII candidates must find exactly the whole-text regex's matches.
describe("bareShorts", () => {
  const WHOLE = /(?<![\p{L}\p{N}&])([A-Z][A-Z0-9]{2,9})(?![\p{L}\p{N}&]|-[\p{L}\p{N}])/gu;
  const pieces = ["A", "B", "C", "D", "7", "0", "a", "É", "é", "&", "-", " ", ",", "(", "𝑎", "\ud835", "ABCDEFGHIJK", "X-1", "FARC"];
  const spans = (it: Iterable<RegExpMatchArray>) => [...it].map((m) => [m.index, m[0]]);

  it("agrees with the whole-text regex on random strings", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = Math.floor(next() * 24); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      expect(spans(bareShorts(text))).toEqual(spans(text.matchAll(WHOLE)));
    }
    expect(spans(bareShorts("the Grupo Especial GEO and ÉGEO, XGEO-1 ABCDEFGHIJKL"))).toEqual(spans("the Grupo Especial GEO and ÉGEO, XGEO-1 ABCDEFGHIJKL".matchAll(WHOLE)));
  });
});
