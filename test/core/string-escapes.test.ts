import { describe, expect, it } from "vitest";
import { analyze, looksStringEscaped, rawLines } from "@procmine/core";
import { claimTexts } from "../extractors/numbers-helpers.js";

/** An invented court opinion saved as a JSON string's body: double-spaced lines as `\n\n`, quotes as `\"`. */
const OPINION = [
  "          Before the court, the appellant argued that",
  "the vessel carried more than",
  "400 kilograms of cocaine, 18",
  "U.S.C. § 2237, and that the \\\"flag\\\" was false.",
  "                              -7-",
  "\\fThe crew of six men was held for",
  "nine days. See Doe v. Roe, 612",
  "F.3d 88, 95 (2d Cir. 2010).",
  "The court agreed.",
  "Affirmed.",
  "So ordered.",
].join("\\n\\n");

describe("a text saved as a quoted string's body (data/string-escapes.json)", () => {
  it("is told from a text that only mentions an escape", () => {
    expect(looksStringEscaped(OPINION)).toBe(true);
    expect(looksStringEscaped("A regex such as \\n matches a line break.\nIt is common.\n")).toBe(false);
  });

  it("reads escaped line breaks as line breaks (its lines joined into blocks) and escaped quotes as quotes in the analysis text, raw offsets kept", () => {
    const doc = analyze(OPINION, { docId: "t" });
    expect(doc.text).toMatch(/more than\s+400 kilograms/);
    expect(doc.text).toContain('the "flag" was');
    const at = doc.text.indexOf("more than");
    expect(doc.rawText(at, doc.text.indexOf("kilograms") + 9)).toBe("more than\\n\\n400 kilograms");
  });

  it("gives rules that read raw lines its escaped line breaks as real ones, at the same offsets", () => {
    const lined = rawLines(OPINION);
    expect(lined.length).toBe(OPINION.length);
    expect(lined).toContain(" \n                              -7- \n");
    expect(rawLines("Plain text.\nNo escapes.")).toBe("Plain text.\nNo escapes.");
  });

  it("lets the numbers extractor read claims across escaped line breaks and skip citations and page numbers", () => {
    expect(claimTexts(OPINION)).toEqual(["more than\\n\\n400 kilograms", "six", "nine days"]);
  });
});
