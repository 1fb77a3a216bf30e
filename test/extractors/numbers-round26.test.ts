import { describe, expect, it } from "vitest";
import { claims, claimTexts, es } from "./numbers-helpers.js";

describe("legal citations in court opinions (numeric-non-claims.json codeTitles, identifierHeads)", () => {
  it("reads a reporter's or treaty series' volume, page and pin pages as no claims", () => {
    expect(claimTexts("The panel relied on Doe v. Roe, 612 F.3d 88, 95 (2d Cir. 2010), and on older rulings.")).toEqual([]);
    expect(claimTexts("See Ames v. Ford, 205 F. App'x 411, 413, 415 (5th Cir. 2006), for the same point.")).toEqual([]);
    expect(claimTexts("The treaty is printed at 1522 U.N.T.S. 204 and was widely ratified.")).toEqual([]);
  });

  it("reads a law journal's volume, page and pin range as no claims", () => {
    expect(claimTexts("Compare Jane Roe, Maritime Power and Its Limits, 77 Tex. L. Rev. 1402, 1410-1415 (1999).")).toEqual([]);
    expect(claimTexts("See also Bo Li, Ports and Piracy, 54 Harv. Int'l L. J. 310 (2013).")).toEqual([]);
  });

  it("reads a list of code sections with glued subdivisions, and lower-case article and clause heads, as no claims", () => {
    expect(claimTexts("They were charged under 18 U.S.C. §§ 922(g)(1), 924, 1956(h), 1957 last year.")).toEqual([]);
    expect(claimTexts("The convention's art. 58 and the Constitution's Article II, § 2, cl. 3 govern it.")).toEqual([]);
  });

  it("keeps counts near citations", () => {
    expect(claimTexts("Agents seized 612 kilograms of cocaine, 95 rifles and 12 boats.")).toEqual(["612 kilograms", "95", "12"]);
    expect(claimTexts("The ruling cost the company 40 Tex. jobs, 7 of them new.")).toEqual(["40", "7"]);
  });
});

describe("record fields and markup around numbers", () => {
  it("reads a quoted pair of coordinates, a record's content length and a version label as no claims", () => {
    const record = ['{', '  "place": "Barrio Norte",', '  "point": "14.6349101,-90.5068824",', '  "content_length": 4521,', '  "text": "Police found 3 bodies."', '}'].join("\n");
    expect(claimTexts(record)).toEqual(["3"]);
    expect(claimTexts(es("Folio: 12,\n  Versión: 3,\n  Víctimas: 7,"))).toEqual(["7"]);
  });

  it("reads a bare number set in a superscript element as a note mark, not a power", () => {
    expect(claimTexts("<p>The unit grew to 40 officers.<sup>3</sup> It also added 10<sup>2</sup> cameras.</p>")).toEqual(["40", "10", "2"]);
    expect(claimTexts('<p><span class="note"><sup>4</sup>https://example.org/report</span></p>')).toEqual([]);
  });
});

describe("periods of a tenure and counts out of a group", () => {
  it("reads a period of a definite tenure after `after` as placing the moment, a period of an activity as a duration", () => {
    expect(claimTexts("After six years of the coalition government, the ports are less safe.")).toEqual([]);
    expect(claimTexts("After 30 years of service, the judge retired.")).toEqual(["30 years"]);
  });

  it("counts a group's members out of its size, and keeps a share out of a round base", () => {
    expect(claims("At one clinic, five out of nine nurses left.")).toEqual([["five out of nine", 5, "nurses", undefined]]);
    expect(claims("Two out of 10 voters agree.")).toEqual([["Two out of 10", 20, "percent", undefined]]);
  });
});

describe("more of a court opinion's numbers", () => {
  it("reads short-form citations and court rules as no claims", () => {
    expect(claimTexts("The panel agreed. Doe, 612 F.3d at 95; see id. at 97 and Fed. R. Evid. 403, Fed. R. Crim. P. 29.")).toEqual([]);
    expect(claimTexts("About 40 U.S. agents arrived at 5 sites.")).toEqual(["About 40", "5"]);
  });
});
