import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented cables: the routing block's fixed words and the prose's own name of the sending post.
describe("a diplomatic cable's routing block (org-patterns.json cablePosts)", () => {
  const cable =
    "P 101200Z MAR 05\nFM AMEMBASSY SANTO DOMINGO\nTO RUEHC/SECSTATE WASHDC PRIORITY 1234\nINFO RUEHKG/AMEMBASSY KINGSTON 0456\nRUEKJCS/SECDEF WASHDC\n\n" +
    "SUBJECT: PORT SECURITY TALKS\n\n1. Embassy Santo Domingo met port officials on March 3. The officials described new scanners at the container terminal.\n";

  it("reads AMEMBASSY and a city as that city's U.S. embassy, SECSTATE and SECDEF as the departments", () => {
    const got = orgs(cable);
    expect(got).toContainEqual(["AMEMBASSY", "U.S. Embassy in Santo Domingo"]);
    expect(got).toContainEqual(["AMEMBASSY", "U.S. Embassy in Kingston"]);
    expect(got).toContainEqual(["SECSTATE", "U.S. Department of State"]);
    expect(got).toContainEqual(["SECDEF", "U.S. Department of Defense"]);
  });

  it("names the prose's post by its city as the routing block's post", () => {
    expect(orgs(cable)).toContainEqual(["Embassy Santo Domingo", "U.S. Embassy in Santo Domingo"]);
  });

  it("reads no routing word outside a routing block", () => {
    const got = orgs("The memo was sent to SECDEF WASHDC last week, and the Embassy Kingston staff read it on Monday.\n");
    expect(got.map((g) => g[0])).not.toContain("SECDEF");
    expect(got.map((g) => g[0])).not.toContain("Embassy Kingston");
  });
});
