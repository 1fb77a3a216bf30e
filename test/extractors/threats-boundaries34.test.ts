import { beforeAll, describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// The lexicon compiles on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void threats("."), 300_000);

// Classes of threats34 (issues 18, 16), from the sets that joined DEV unread (blind 65-68).
describe("a computer pirate is no piracy of the sea or of products", () => {
  it("keeps a listed cybercrime phrase around a piracy word in a text with no sea", () => {
    expect(threats("Los piratas informáticos pidieron un rescate a la universidad, y la piratería de películas creció.")).toEqual([
      ["piratas informáticos", "cybercrime"],
      ["piratería", "smuggling"],
    ]);
  });
});

describe("a Spanish or Portuguese pandemic named with its disease", () => {
  it("takes the disease after the head, with or without `de`", () => {
    expect(threats("La pandemia de coronavirus cerró las escuelas y la pandemia COVID sigue en el sur.")).toEqual([
      ["pandemia de coronavirus", "pandemic"],
      ["pandemia COVID", "pandemic"],
    ]);
    expect(threats("A epidemia de dengue chegou à cidade durante a pandemia da COVID-19.")).toEqual([
      ["epidemia de dengue", "pandemic"],
      ["pandemia da COVID-19", "pandemic"],
    ]);
  });
});

describe("the one who corrupts", () => {
  it("reads corruptores beside corruptos", () => {
    expect(threats("A lei vai punir os corruptos e os corruptores do município.")).toEqual([
      ["corruptos", "corruption"],
      ["corruptores", "corruption"],
    ]);
  });
});

describe("an act or an actor noun after an armed group's word", () => {
  it("takes actions, incidents and raids as the act's head", () => {
    expect(threats("Terrorist actions against the port rose, and rebel raids on the pipeline continued.")).toEqual([
      ["Terrorist actions", "terrorism"],
      ["rebel raids", "insurgency"],
    ]);
  });

  it("keeps `non-state` before armed actors", () => {
    expect(threats("The report studies non-state armed actors in the border region.")).toEqual([["non-state armed actors", "insurgency"]]);
  });
});
