import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented sentences: outlets, networks and bodies the gazetteer lists (organizations.json).
describe("listed outlets and bodies", () => {
  it("names investigative networks and European outlets by their listed names", () => {
    const got = orgs("The leak was reviewed by OCCRP, IRPI and Forbidden Stories, and reported by Süddeutsche Zeitung, SVT and Zeit.\n");
    expect(got).toContainEqual(["OCCRP", "Organized Crime and Corruption Reporting Project"]);
    expect(got).toContainEqual(["IRPI", "Investigative Reporting Project Italy"]);
    expect(got).toContainEqual(["Forbidden Stories", "Forbidden Stories"]);
    expect(got).toContainEqual(["Süddeutsche Zeitung", "Süddeutsche Zeitung"]);
    expect(got).toContainEqual(["SVT", "Sveriges Television"]);
    expect(got).toContainEqual(["Zeit", "Die Zeit"]);
  });

  it("gives a bare Exxon its own name, not the merged company's", () => {
    expect(orgs("Exxon said its refinery output rose in the quarter.\n")).toContainEqual(["Exxon", "Exxon Corporation"]);
    expect(orgs("ExxonMobil said its refinery output rose in the quarter.\n")).toContainEqual(["ExxonMobil", "Exxon Mobil Corporation"]);
  });

  it("names the FLQ and The Canadian Press by their full names", () => {
    const got = orgs("The FLQ claimed the kidnapping, the Canadian Press reported from Ottawa.\n");
    expect(got).toContainEqual(["FLQ", "Front de libération du Québec"]);
    expect(got).toContainEqual(["Canadian Press", "The Canadian Press"]);
  });
});
