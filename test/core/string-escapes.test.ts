import { describe, expect, it } from "vitest";
import { analyze, looksStringEscaped, rawLines, stringEscapeRegions } from "@procmine/core";
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

/** An invented pretty-printed JSON record: real line breaks between fields, each field's prose one string. */
const RECORD = [
  "{",
  '  "id": 12,',
  '  "title": "Informe sobre l\\u00edderes sociales",',
  '  "text": "The ministry counted 41 attacks on the \\nport in two a\\u00f1os.\\n\\nThe police said \\"gangs\\" were behind\\n18 of them.",',
  '  "note": "Updated\\n"',
  "}",
].join("\n");

describe("strings inside structured text (data/string-escapes.json, minGluedEscapes)", () => {
  it("reads the escapes of a JSON record's strings as what they stand for, raw offsets kept", () => {
    expect(looksStringEscaped(RECORD)).toBe(false);
    const doc = analyze(RECORD, { docId: "t" });
    expect(doc.text).toContain("líderes sociales");
    expect(doc.text).toMatch(/on the\s+port in two años\./);
    expect(doc.text).toContain('said "gangs" were behind');
    expect(doc.text).toMatch(/behind\s+18 of them/);
    expect(doc.text).not.toMatch(/\bnport\b|\bn18\b/);
    const at = doc.text.indexOf("two años");
    expect(doc.rawText(at, at + "two años".length)).toBe("two a\\u00f1os");
  });

  it("reads a CSV row's quoted fields so, and lets the numbers extractor read a number after an escaped break", () => {
    const csv = [
      "id,date,body",
      '1,2024-03-02,"Police said:\\nTwenty-two men were held.\\nThe gang ran \\"taxes\\" on 300 shops."',
      '2,2024-03-03,"No incidents.\\n"',
      '3,2024-03-04,"Two boats were seized.\\nNo arrests."',
    ].join("\n");
    expect(stringEscapeRegions(csv)?.length).toBe(3);
    const doc = analyze(csv, { docId: "t" });
    expect(doc.text).toMatch(/said:\s+Twenty-two men/);
    // Without the escapes read, `\nTwenty-two` and `\nNo` are words glued to an `n`.
    expect(claimTexts(csv)).toEqual(["Twenty-two", "300", "Two"]);
  });

  it("leaves a text that only mentions escapes in prose or code as it is", () => {
    const prose = [
      "A line break is written \\n in a string, a tab \\t and a quote \\\".",
      'In C, printf("%d\\n", x) prints a number; use "\\n" for a new line.',
      "The sequence \\u00e9 stands for an accented letter.",
      "LaTeX writes \\textit{bicheiros} and M\\\"uller, and \\newline breaks a line.",
    ].join("\n");
    expect(stringEscapeRegions(prose)).toBeUndefined();
    expect(rawLines(prose)).toBe(prose);
    const doc = analyze(prose, { docId: "t" });
    expect(doc.text).toContain("\\textit{bicheiros}");
    expect(doc.text).toContain("written \\n in");
  });
});
