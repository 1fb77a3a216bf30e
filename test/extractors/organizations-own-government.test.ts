import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A capitalised bare `the Government` is the document's own state's (org-patterns.json `governmentOf.own`).
describe("a document's own government named bare", () => {
  it("names the speaker's state's government after `the`", () => {
    expect(named("Mr. Speaker, the fishing towns of Canada are waiting. The minister says the Government will decide on the new ports next spring.")).toEqual([
      ["Government", "Government of Canada"],
    ]);
  });

  it("takes the government the text last named by its country when no speaker's mark says whose", () => {
    expect(named("The Australian Government has not chosen a supplier. Nor would the Government sign a contract with Japan or Korea without a review.")).toEqual([
      ["Australian Government", "Government of Australia"],
      ["Government", "Government of Australia"],
    ]);
  });

  it("leaves `our Government`, a generic `Government` and a longer name alone", () => {
    expect(named("Mr. Speaker, our Government will act for Canada. Government spending rose in Canada. The Government Accountability Office wrote to Canada.")).toEqual([
      ["Government Accountability Office", expect.any(String)],
    ]);
  });

  it("names `Gobierno nacional` as `Gobierno Nacional`", () => {
    expect(named("En Colombia, el Gobierno nacional anunció un plan para los puertos del Pacífico.")).toEqual([["Gobierno nacional", "Gobierno Nacional"]]);
  });

  it("names the Brazilian `União Federal` as `Governo Federal`", () => {
    expect(named("O governador pediu que a União Federal envie mais recursos ao estado.")).toEqual([["União Federal", "Governo Federal"]]);
  });

  it("names a bare Brazilian `União` after an article as `Governo Federal`, not the head of a longer name", () => {
    expect(named("O serviço é organizado e mantido pela União e estruturado em carreira. Cabe à União legislar sobre portos.")).toEqual([
      ["União", "Governo Federal"],
      ["União", "Governo Federal"],
    ]);
    expect(named("O partido União Brasil votou contra, e a União das Nações Sul-Americanas não se reuniu.").map((m) => m[0])).toEqual([
      "União Brasil",
      "União das Nações Sul-Americanas",
    ]);
    expect(named("Uma união de esforços e uma União sem artigo não bastam.")).toEqual([]);
  });

  it("tags only the listed body in a government named after it (`Governo do PT`)", () => {
    expect(named("Os deputados criticaram o Governo do PT pela alta dos preços no interior.")).toEqual([["PT", "Partido dos Trabalhadores"]]);
  });
});
