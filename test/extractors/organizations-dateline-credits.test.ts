import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented wire copy: a dateline's credit in parentheses (org-patterns.json datelineCredits).
describe("a wire story's dateline credit", () => {
  it("names the agency after a place in capitals and before a dash", () => {
    expect(orgs("SAN PEDRO SULA (AP) -- Farmers blocked a highway on Monday to protest fuel prices.\n")).toContainEqual(["AP", "Associated Press"]);
    expect(orgs("Wire briefs\n\nLA PAZ, Bolivia (AP) -- Miners marched to the capital on Tuesday.\n")).toContainEqual(["AP", "Associated Press"]);
  });

  it("names the agency in a dateline line of markup with no dash", () => {
    expect(orgs("<DATELINE>MANAGUA (AP) </DATELINE>\n<TEXT>\nThe government named a new envoy on Friday.\n</TEXT>\n")).toContainEqual(["AP", "Associated Press"]);
  });

  it("reads AFP there as the news agency, not a police force", () => {
    expect(orgs("TEGUCIGALPA (AFP) - Rain flooded the lower city on Sunday.\n")).toContainEqual(["AFP", "Agence France-Presse"]);
  });

  it("names the agency in wire copy in capitals with the country in parentheses and the day", () => {
    expect(orgs("   LIMA (PERU), 14 MAR 90 (REUTER) -- [TEXT] POLICE SAID THE ROAD WAS CLOSED ON MONDAY.\n")).toContainEqual(["REUTER", "Reuters"]);
    expect(orgs("   KIEV (USSR), 3 JAN 91 (PRAVDA) -- [ARTICLE] THE HARVEST WAS LATE THIS YEAR.\n")).toContainEqual(["PRAVDA", "Pravda"]);
  });

  it("reads no credit in prose or after a lower-case place", () => {
    const got = orgs("Students who passed the exam (AP) -- or an equivalent -- may enroll next year.\n");
    expect(got.map((g) => g[0])).not.toContain("AP");
  });
});
