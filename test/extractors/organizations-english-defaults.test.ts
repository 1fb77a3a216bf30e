import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// org-patterns.json nationalContext.englishDefaults: English writes bare `Congress` for the United States Congress.
describe("bare Congress in English", () => {
  it("is the United States Congress in a text on another country", () => {
    expect(named("Smugglers move rifles into Mexico every week. The senator said that Congress has a duty to act.")).toEqual([["Congress", "United States Congress"]]);
  });

  it("is another state's after an office the United States Congress lacks", () => {
    expect(named("Honduras held elections. In 2012, as president of Congress, the lawmaker removed four judges.")).toEqual([["Congress", "National Congress of Honduras"]]);
    expect(named("Smugglers move rifles into Mexico every week. The senator said that Congress has a duty to act.")[0]).toEqual(["Congress", "United States Congress"]);
  });

  it("is another state's where its own sentence names that state first", () => {
    expect(named("Guatemala's Congress voted on the budget.")).toEqual([["Congress", "Congress of Guatemala"]]);
  });

  it("stays the United States Congress where a demonym of another noun stands in its sentence", () => {
    expect(named("A raid across the Guatemalan border by Belizean troops persuaded Congress to fund the program.")).toEqual([["Congress", "United States Congress"]]);
  });

  it("stays the United States Congress where another state is named far before it in one long sentence", () => {
    const filler = "the two delegations discussed trade, energy, schools, roads, water, ports, customs, tourism, fishing and farming at length";
    expect(named(`The talks with Mexico went well, and ${filler}, and the President will keep working with Congress on reform.`)).toEqual([["Congress", "United States Congress"]]);
  });
});

// orgs43: a bare `Senate` in English is the United States Senate too, in a text on another country.
describe("bare Senate in English", () => {
  it("is the United States Senate in a text on Mexico", () => {
    const text =
      "Mexico says its police seized more heroin this year. Mexico also extradited two suspects, and Mexico hopes to keep its aid. " +
      "Mexico's president praised the result. The Senate will not block the decision, two senators said on Tuesday.";
    expect(named(text)).toContainEqual(["Senate", "United States Senate"]);
  });

  it("is another state's where its own sentence names that state first", () => {
    expect(named("Colombia's Senate approved the reform on Monday.")).toEqual([["Senate", "Colombian Senate"]]);
  });
});
