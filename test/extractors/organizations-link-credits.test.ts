import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented items of a Markdown news digest: each ends with the outlet it cites as a link's text.
describe("a Markdown digest's credit link", () => {
  it("names an outlet no list knows, without its emphasis marks", () => {
    expect(orgs("* A ferry ran aground near the harbour, injuring four. [(Coastline Daily)](https://coastline.example/ferry)\n")).toContainEqual(["Coastline Daily", "Coastline Daily"]);
    expect(orgs("* Floods closed two highways in the north. [(*Valley Courier*)](https://courier.example/floods)\n")).toContainEqual(["Valley Courier", "Valley Courier"]);
    expect(orgs("* A bridge collapsed after heavy rain. [(radio88)](https://radio88.example/bridge)\n")).toContainEqual(["radio88", "radio88"]);
  });

  it("leaves a leading The out of the span and keeps it in the name", () => {
    expect(orgs("* Voters queued for hours in the capital. [(The Morning Ledger)](https://ledger.example/vote)\n")).toContainEqual(["Morning Ledger", "The Morning Ledger"]);
  });

  it("reads a wire's bare credit as the agency", () => {
    expect(orgs("* Snow closed the mountain pass for a week. [(AP)](https://wire.example/snow)\n")).toContainEqual(["AP", "Associated Press"]);
  });

  it("reads no credit in a link to a page of the same site or without parentheses", () => {
    const got = orgs("* The [(Harbour Board)](/wiki/Harbour_Board) met on Monday. See [Coastline Daily](https://coastline.example/).\n").map((g) => g[0]);
    expect(got).not.toContain("Coastline Daily");
  });
});

// Invented wire copy in capitals: what the re-cased copy must write as ordinary text does.
describe("a block in capitals read in ordinary case", () => {
  it("writes a country's capitalized link as its name does", () => {
    const got = orgs("THE REBELS SAID THAT THE GOVERNMENT OF EL SALVADOR HAD REFUSED TO MEET THEM IN THE CAPITAL THIS WEEK.\n");
    expect(got).toContainEqual(["GOVERNMENT OF EL SALVADOR", "Government of El Salvador"]);
  });

  it("writes an ordinal's suffix in lower case", () => {
    const got = orgs("THE REBELS SAID THEY HAD SURROUNDED THE 1ST INFANTRY BRIGADE NEAR THE RIVER ON MONDAY NIGHT.\n");
    expect(got).toContainEqual(["1ST INFANTRY BRIGADE", "1st Infantry Brigade"]);
  });
});
