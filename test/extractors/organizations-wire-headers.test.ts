import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { named as orgs } from "./organization-names.js";

// Invented wire copy in the Reuters-21578 layout (org-patterns.json wireHeaders).
const STORY = [
  '<REUTERS TOPICS="NO" NEWID="5">',
  "<DATE>12-MAR-1987 10:01:02.11</DATE>",
  "<ORGS></ORGS>",
  "<COMPANIES></COMPANIES>",
  "<UNKNOWN> ",
  "&#5;&#5;&#5;F Y",
  "f0101 reute",
  "u f BC-CHEVRON-SELLS-UNIT   03-12 0090</UNKNOWN>",
  "<TEXT>&#2;",
  "<TITLE>CHEVRON SELLS REFINERY UNIT</TITLE>",
  "<DATELINE>    HOUSTON, March 12 - </DATELINE><BODY>Chevron Corporation said it sold a",
  "refinery unit to a Texas buyer for 40 mln dlrs.",
  "&#3;</BODY></TEXT>",
  "</REUTERS>",
  "",
].join("\n");

describe("an SGML wire document's machinery elements", () => {
  it("read no name in the slug of the transmission line", () => {
    const got = orgs(STORY);
    const slugAt = STORY.indexOf("BC-CHEVRON") + 3;
    const doc = analyze(STORY, { docId: "t" });
    const layers = { country: [...countryExtractor.extract(doc, {})] };
    expect([...organizationExtractor.extract(doc, layers)].some((m) => doc.map.rawIndex(m.start) === slugAt)).toBe(false);
    // The story's own body still names the company.
    expect(got).toContainEqual(["Chevron Corporation", "Chevron Corporation"]);
  });
});
