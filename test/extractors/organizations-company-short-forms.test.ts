import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented news copy (org-patterns.json companyShortForms, legalSuffixes.spelledOut).
describe("a company named again by part of its name", () => {
  it("reads a firm's first word as the firm where the text writes it only as a name", () => {
    const got = orgs("A fund seeking control of Marrow Corp asked for a review. Talbrook Partners, which holds 9 pct of Marrow, said so. Talbrook said the notes give it control over Marrow.\n");
    expect(got).toContainEqual(["Marrow Corp", "Marrow Corporation"]);
    expect(got).toContainEqual(["Marrow", "Marrow Corporation"]);
    expect(got).toContainEqual(["Talbrook", "Talbrook Partners"]);
  });

  it("leaves a first word the text also uses as a word of the language", () => {
    const got = orgs("General Pumps Corp said output rose. General prices fell in the general market.\n");
    expect(got.map((g) => g[0])).not.toContain("General");
  });

  it("reads an outlet's last word after `the` as that outlet", () => {
    const got = orgs("The Washington Post reviewed the files. Reporters for the Post found 40 cases, and the Post Office closed.\n");
    expect(got).toContainEqual(["Post", "The Washington Post"]);
    expect(got.filter((g) => g[0] === "Post")).toHaveLength(1);
  });
});

describe("a government named with a country that opens with an article", () => {
  it("keeps the country's article in the name", () => {
    expect(orgs("Meanwhile, the Government of El Salvador is under attack.\n")).toContainEqual(["Government of El Salvador", "Government of El Salvador"]);
  });
});
