import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

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
