import { beforeAll, describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// The lexicon compiles on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void threats("."), 300_000);

// Classes of threats36 (issues 18, 16).
describe("a bare smuggling word reads the goods of its own paragraph only", () => {
  it("does not step back over the punctuation that opens its paragraph", () => {
    expect(threats("Heroin Seizures in the Port\n\n(Smugglers moved the cash across the river.)")).toEqual([["Smugglers", "smuggling"]]);
    expect(threats("Heroin Seizures in the Port\n\n“Smugglers moved the cash across the river,” he said.")).toEqual([["Smugglers", "smuggling"]]);
  });
  it("still reads goods before it in its own paragraph", () => {
    expect(threats("Port Report\n\n(Police found heroin the crew had smuggled.)")).toEqual([["smuggled", "drug_trafficking"]]);
  });
});
