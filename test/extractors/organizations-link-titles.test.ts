import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented items in the shape of a Markdown page copied from Wikipedia.
describe("a Wikipedia link's title", () => {
  it("is the canonical name of the body its text names", () => {
    expect(orgs('* The [Peruvian Navy](/wiki/Navy_of_Peru "Navy of Peru") seized a boat off the coast.\n')).toContainEqual(["Peruvian Navy", "Navy of Peru"]);
    expect(orgs("* Floods reached the [Chilean Army](https://en.wikipedia.org/wiki/Army_of_Chile_%28Chile%29) base.\n")).toContainEqual(["Chilean Army", "Army of Chile"]);
  });

  it("is no name where the article is broader than the body", () => {
    expect(orgs('* A crowd stormed the [Northern District Court](/wiki/Judiciary_of_Ruritania "Judiciary of Ruritania") on Monday.\n')).not.toContainEqual(["Northern District Court", "Judiciary of Ruritania"]);
  });
});
