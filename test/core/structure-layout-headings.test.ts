import { describe, expect, it } from "vitest";
import { analyze } from "@procmine/core";

const titles = (text: string) => analyze(text, { docId: "h" }).sections.map((s) => s.title);

describe("a program listing's `#` comments are no Markdown headings (structure.ts commentRuns)", () => {
  it("reads a `#` line over a line of code as a comment", () => {
    const text = "Setup\n\nRun the steps below:\n# Start the service\nservice-run --name probe\n# Open a shell\nsudo shell-exec probe\n\nThe probe then reports.";
    expect(titles(text)).not.toContain("Start the service");
    expect(titles(text)).not.toContain("Open a shell");
  });

  it("reads a run of `#` lines one of which opens in lower case as comments", () => {
    const text = "Method\n\n# missing values, repeated rows\n# Frequency table per column\n\nThe tables follow.";
    expect(titles(text)).not.toContain("Frequency table per column");
  });

  it("keeps a Markdown heading over a blank line or a paragraph", () => {
    const text = "# Regional Report\n\nThe panel met twice.\n\n## Border Security\nPatrols were increased.";
    expect(titles(text)).toEqual(["Regional Report", "Border Security"]);
  });
});

describe("Markdown headings in lower case stay headings (structure.ts commentRuns)", () => {
  it("keeps `### story 1` and `#### source 1` over a web address", () => {
    const text = "### story 1\nThe river rose again.\n\n#### source 1\nhttps://example.org/river\n";
    expect(titles(text)).toEqual(["story 1", "source 1"]);
  });
});

describe("an equation or a table's row is no heading (headings.ts isFormulaOrRow)", () => {
  it("reads a coded value line as prose", () => {
    expect(titles("Spain, Sweden, Switzerland.\n\n9 = Eastern Europe\n\nAlbania, Belarus, Bulgaria.\n\n10 = East Asia\n\nChina, Japan.")).toEqual([]);
  });

  it("reads a row of cells set apart by column gaps as prose", () => {
    const text = "Results of the tender.\n\n     4     UNIT     10     R$ 1.169,00     EXCLUSIVE\n\nThe total for the firm follows.";
    expect(titles(text)).toEqual([]);
  });

  it("keeps a number set apart from its title by one gap", () => {
    expect(titles("Abstract text ends here.\n\n1     Introduction\n\nSince the war, mass killings rose.")).toContain("1 Introduction");
  });
});
