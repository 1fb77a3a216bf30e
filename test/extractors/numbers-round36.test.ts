import { describe, expect, it } from "vitest";
import { claimTexts, es } from "./numbers-helpers.js";

describe("numbers round 36: a news wire archived in SGML (numeric-non-claims.json wireHeaders)", () => {
  it("the numbers of its header elements count nothing, on one line or over several", () => {
    const wire =
      "<DOC>\n<DOCNO> XX010203-0042 </DOCNO>\n<DOCID> 24680 </DOCID>\n<DATE>\n\nMarch 4, 1991, Monday, Late Edition\n\n</DATE>\n" +
      "<SECTION>\n\nPart A; Page 7; Column 3; Foreign Desk\n\n</SECTION>\n<LENGTH>\n\n812 words\n\n</LENGTH>\n" +
      "<HEADLINE>\n\nRebels free hostages\n\n</HEADLINE>\n<TEXT>\n\nThe rebels freed 12 hostages and kept 30 more, officials said.\n\n</TEXT>\n</DOC>\n";
    expect(claimTexts(wire)).toEqual(["12", "30"]);
  });

  it("the same elements outside a wire document, and the story's own text, are read as usual", () => {
    expect(claimTexts("<LENGTH> 812 words </LENGTH> The rebels freed 12 hostages.")).toEqual(["812", "12"]);
  });
});

describe("numbers round 36: the 24-hour clock (numeric-non-claims.json clockTimes)", () => {
  it("four digits read as a clock before a word of hours are a time, after a leading zero or a preposition of time", () => {
    expect(claimTexts("At approximately 1400 hrs on Monday the patrol found 12 rifles.")).toEqual(["12"]);
    expect(claimTexts("The convoy left at 0530 hours with nine trucks.")).toEqual(["nine"]);
    expect(claimTexts(es("Siendo las 2245 horas, los agentes detuvieron a tres personas."))).toEqual(["tres"]);
  });

  it("a count of hours stays a claim", () => {
    expect(claimTexts("The unit logged 1400 hours of flight training.")).toEqual(["1400 hours"]);
  });
});
