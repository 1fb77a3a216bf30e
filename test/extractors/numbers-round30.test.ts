import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

describe("web page furniture: tag and keyword lines (tag-lists.ts, numeric-non-claims.json tagLists)", () => {
  it("counts nothing on a line opened by a tag or keyword label", () => {
    expect(claimTexts("The piece was filed late.\nTags: 212, smuggling, ports, customs\nIt ran on page three.")).toEqual([]);
    expect(claimTexts("Keywords: 40, extortion, markets")).toEqual([]);
    expect(claimTexts(es("**Palabras clave:** 77, secuestro, rutas"))).toEqual([]);
    expect(claimTexts(pt("Palavras-chave: 19, milícias, favelas"))).toEqual([]);
  });

  it("keeps a count in a sentence that follows the label's list, or on a line with no label", () => {
    expect(claimTexts("Tags: smuggling. Police seized 212 kilos.")).toEqual(["212 kilos"]);
    expect(claimTexts("Police seized 212 kilos, officials said.")).toEqual(["212 kilos"]);
  });
});

describe("a licence's version (named-numbers.ts isLicenceVersion)", () => {
  it("is no quantity before International, Unported, Internacional", () => {
    expect(claimTexts("Text under a Creative Commons Attribution 4.0 International licence.")).toEqual([]);
    expect(claimTexts(es("Publicado bajo licencia Reconocimiento-NoComercial 2.5 Genérica y 3.0 Unported."))).toEqual([]);
  });

  it("leaves a measure before other words a claim", () => {
    expect(claimTexts("Inflation reached 4.5 percent in the quarter.")).toEqual(["4.5 percent"]);
  });
});

describe("a book's size after its page count (named-numbers.ts isBookSize)", () => {
  it("reads `312 p. ; 24 x 17 cm` as the catalogue record's", () => {
    expect(claimTexts("Lima: Fondo Editorial, 2019. 312 p. ; 24 x 17 cm.")).toEqual([]);
    expect(claimTexts(es("Bogotá: Editorial Norte, 2020, 198 págs.; 28 x 21 cm. ISBN 978-1-23")).filter((t) => /x|21|28/.test(t))).toEqual([]);
  });

  it("keeps a size that is no record's (no page count before it)", () => {
    expect(claimTexts("The crates measured 24 x 17 metres.").length).toBeGreaterThan(0);
  });
});

describe("decades written with an apostrophe (named-numbers.ts isDecade)", () => {
  it("reads `the 70's`, `los 80's` as decades", () => {
    expect(claimTexts("The guerrilla of the 70's recruited students.")).toEqual([]);
    expect(claimTexts(es("La guerrilla de los 80's reclutó estudiantes."))).toEqual([]);
  });
});

describe("strategic plans' numbered objectives (numeric-non-claims.json es/pt subsectionHeads)", () => {
  it("reads `OE. 4.4`, `Lineamiento 2.3`, `Ação Estratégica 1.2` as numbers of a plan's parts", () => {
    expect(claimTexts(es("Objetivo Estratégico OE. 3.2: Reducir el delito en las ciudades."))).toEqual([]);
    expect(claimTexts(es("Lineamiento 1.4: Fortalecer la policía comunitaria."))).toEqual([]);
    expect(claimTexts(pt("Ação Estratégica 1.2: Reforçar o controle das fronteiras."))).toEqual([]);
  });

  it("keeps an amount after the head a claim", () => {
    expect(claimTexts(es("El lineamiento prevé 2.300 agentes nuevos."))).toEqual(["2.300"]);
  });
});

describe("a bare duration marker before a backward locator (numeric-non-claims.json backwardLocators)", () => {
  it("places the time: `for the past nine years`, `durante los últimos 9 años`, `durante os últimos 4 anos`", () => {
    expect(claimTexts("Who has run this ministry for the past nine years, the members asked.")).toEqual([]);
    expect(claimTexts(es("Las lluvias de marzo durante los últimos 9 años fueron escasas."))).toEqual([]);
    expect(claimTexts(pt("As chuvas de março durante os últimos 4 anos foram escassas."))).toEqual([]);
  });

  it("measures how long with a hedge or a forward locator: `durante, al menos, los últimos seis años`, `for the next six days`", () => {
    expect(claimTexts(es("La banda operó durante, al menos, los últimos seis años en la frontera."))).toEqual(["seis años"]);
    expect(claimTexts("The vessel was searched for the next six days in port.")).toEqual(["six days"]);
  });
});

describe("a score on an index (units.json es/pt scores)", () => {
  it("joins `puntos` to the span where the clause closes after it, and the scale's top after `sobre`", () => {
    expect(claimTexts(es("El país obtuvo 31 puntos sobre 100 en el índice, frente a 35 puntos, el año anterior."))).toEqual(["31 puntos sobre 100", "35 puntos"]);
    expect(claimTexts(pt("O estado teve nota baixa (27 pontos), abaixo da média."))).toEqual(["27 pontos"]);
  });

  it("leaves points that are places or items counted out of the span: `52 puntos fronterizos`", () => {
    expect(claimTexts(es("La policía vigila 52 puntos fronterizos del norte."))).toEqual(["52"]);
  });
});

describe("an ordinal in a ranking's frame (number-words.json ranks.rankFrames)", () => {
  it("ranks `second only to`, `el tercer productor de café en el mundo`, `o quarto exportador do mundo`", () => {
    expect(claimTexts("The port is busy, second only to Rotterdam in tonnage.")).toEqual(["second"]);
    expect(claimTexts(es("Colombia es el tercer productor de café en el mundo."))).toEqual(["tercer"]);
    expect(claimTexts(pt("O país é o quarto exportador do mundo."))).toEqual(["quarto"]);
  });

  it("leaves the times a thing happens unranked: `la segunda vez en el mundo`, `the second time in the world`", () => {
    expect(claimTexts(es("Fue la segunda vez en el mundo que ocurrió."))).toEqual([]);
    expect(claimTexts("It was the second time in the world that it happened.")).toEqual([]);
  });
});

describe("a fraction after a lead needs no partitive (number-words.json shares.leads)", () => {
  it("reads `roughly a third down`, `apenas um quarto vai para` as shares", () => {
    expect(claimTexts("Seizures fell roughly a third compared with the prior season.")).toEqual(["roughly a third"]);
    expect(claimTexts(pt("Do dinheiro apreendido, apenas um quarto voltou aos cofres públicos."))).toEqual(["um quarto"]);
  });

  it("leaves ordinals and measures after a lead alone: `about a third place`, `apenas um quarto lugar`, `only a quarter mile`", () => {
    expect(claimTexts("The team finished about a third place in the league table.")).toEqual(["third place"]);
    expect(claimTexts("The checkpoint sits only a quarter mile away.").includes("a quarter")).toBe(false);
    expect(claimTexts(pt("A equipe ficou com apenas um quarto lugar no torneio."))).not.toContain("um quarto");
  });
});

describe("hedges (hedges.json; context.ts qualifierBefore)", () => {
  it("keeps a hedge before a Markdown link opened on the figure: `about [64%](…)`", () => {
    expect(claims("Robberies grew by about [64%](https://stats.example.org/r) in the decade.")).toEqual([["about [64%", 64, "percent", "about"]]);
  });

  it("reads `del orden del`, `pouco acima de`, `na casa de` as hedges", () => {
    expect(claims(es("Los robos bajaron del orden del 20 por ciento en el trimestre."))).toEqual([["del orden del 20 por ciento", 20, "percent", "about"]]);
    expect(claims(pt("A taxa ficou pouco acima de 12% no período."))).toEqual([["pouco acima de 12%", 12, "percent", "more than"]]);
    expect(claims(pt("A variação ficou na casa de 3% no semestre."))).toEqual([["na casa de 3%", 3, "percent", "about"]]);
  });
});

describe("a spelled cardinal hyphened to a noun counts it (claim.ts readCompoundCount)", () => {
  it("reads `a six-lane bridge`, `a three-pronged plan` as counts, as `6-lane` is", () => {
    expect(claims("The ministry opened a six-lane bridge over the river.")).toEqual([["six", 6, "lane", undefined]]);
    expect(claims("The police announced a three-pronged plan for the port.")).toEqual([["three", 3, "pronged", undefined]]);
  });

  it("leaves a lone one, ordinals, fractions and times alone: `one-party`, `twenty-first`, `two-time`", () => {
    expect(claims("The one-party state of the twenty-first century had a two-time leader.")).toEqual([]);
  });
});

describe("a period's -long compound after a number and a hyphen (claim.ts longCompoundUnit)", () => {
  it("reads `the 30-year-long conflict` as 30 years", () => {
    expect(claims("The 30-year-long conflict ended with a deal.")).toEqual([["30-year-long", 30, "years", undefined]]);
  });
});

describe("Australian and New Zealand dollars (units.json currencies)", () => {
  it("reads the code before a dollar sign into the span: `AUD $40 million`, `NZ$3 million`, `CAD $2 billion`", () => {
    expect(claims("Police valued the haul at AUD $40 million on Friday.")).toEqual([["AUD $40 million", 40000000, "AUD", undefined]]);
    expect(claims("The fine reached NZ$3 million last year.")).toEqual([["NZ$3 million", 3000000, "NZD", undefined]]);
    expect(claims("Ottawa pledged CAD $2 billion for the plan.")).toEqual([["CAD $2 billion", 2000000000, "CAD", undefined]]);
  });
});

describe("page numbers with no head word (page-numbers.ts)", () => {
  it("reads a number between dashes on its own line as the page's", () => {
    expect(claimTexts("The army moved 300 troops north.\n- 14 -\nThe navy followed.")).toEqual(["300"]);
  });

  it("reads the number after an author's year and a colon in brackets as a cited page", () => {
    expect(claimTexts("Violence grew (Pérez, 2018: 214) and spread (2019: 33-35).")).toEqual([]);
    expect(claimTexts(es("La violencia creció (Gómez y Ruiz, 2017: 88), según el estudio."))).toEqual([]);
  });

  it("keeps a count after a year and a colon outside brackets: `In 2019: 45 homicides`", () => {
    expect(claimTexts("In 2019: 45 homicides were recorded.")).toEqual(["45"]);
  });
});
