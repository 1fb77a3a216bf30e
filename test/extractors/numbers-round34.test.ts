import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

describe("numbers round 34: a cable's web copy (line breaks written as character references)", () => {
  it("a paragraph's number before its classification marking is no claim, after a pilcrow link too", () => {
    const cable =
      "<code><pre>C O N F I D E N T I A L CITY 000123&#x000A;&#x000A;Classified By: Consul Jane Roe, reasons 1.4 (b) and (d).&#x000A;&#x000A;" +
      "<a id='par1' href='#par1'>¶</a>1. (C) Summary: troops rescued nine soldiers.&#x000A;&#x000A;" +
      "<a id='par2' href='#par2'>¶</a>2. (SBU) Officials said 40 people died.&#x000A;";
    expect(claimTexts(cable)).toEqual(["nine", "40"]);
  });
});

describe("numbers round 34: an hour after a date's year", () => {
  it("a number with a colon written against it right after a date's year is the hour of a cut time", () => {
    expect(claimTexts("(77, 'Floods hit the coast', 'Tue, 9 Jan 2018 15:', 'rss'),")).toEqual([]);
    expect(claimTexts("(78, 'Storm', 'March 3, 2019 08:', 'rss'),")).toEqual([]);
  });

  it("a count after a date without the colon stays a claim", () => {
    expect(claimTexts("On 9 January 2018 15 people were hurt.")).toEqual(["15"]);
  });
});

describe("numbers round 34: a bare number after a singular article names a thing or a day (articleNumbers)", () => {
  it("closing its clause, it names a site or a day", () => {
    expect(claimTexts(pt("Leia o 365. Compartilhe o 365, o site."))).toEqual([]);
    expect(claimTexts(es("Entre el 12 y el 15, la brigada revisó las rutas."))).toEqual([]);
    expect(claimTexts(es("El reporte semanal, del 3 al 10. Después llegaron 200 agentes."))).toEqual(["200"]);
  });

  it("a share, a hedge, a noun or a change word keeps it a quantity", () => {
    expect(claimTexts(es("El 30 por ciento de los casos, según el reporte."))).toEqual(["30 por ciento"]);
    expect(claimTexts(es("La tasa pasó del 6 al 8."))).toEqual(["6 al 8"]);
    expect(claimTexts(pt("Foram presos os 45 suspeitos, disse o delegado."))).toEqual(["45"]);
  });
});

describe("numbers round 34: hedges", () => {
  it("`over` right after an amount joins the next figure to it and hedges nothing (hedges.json prepositionsAfterAmount)", () => {
    expect(claims("The plan gives $2.4 billion over six years and 15% over three years.")).toEqual([
      ["$2.4 billion", 2_400_000_000, "USD", undefined],
      ["six years", 6, "years", undefined],
      ["15%", 15, "percent", undefined],
      ["three years", 3, "years", undefined],
    ]);
    expect(claims("Over 700 families left.")).toEqual([["Over 700", 700, "families", "over"]]);
  });

  it("`within` bounds the figure after it", () => {
    expect(claims("The agency must answer within ten days of the request.")).toEqual([["within ten days", 10, "days", "within"]]);
  });
});

describe("numbers round 34: money named after the amount", () => {
  it("a unit of money whose country its word does not name joins the span (units.json measures: pesos, cruzeiros)", () => {
    expect(claims("The shipment was worth 3 billion pesos.")).toEqual([["3 billion pesos", 3_000_000_000, "pesos", undefined]]);
    expect(claims("THE RANSOM WAS 500,000 CRUZEIROS.")).toEqual([["500,000 CRUZEIROS", 500_000, "cruzeiros", undefined]]);
  });

  it("after a bare dollar sign, a currency's word names which currency the sign writes", () => {
    expect(claims("The cargo was valued at $6 million lempiras.")).toEqual([["$6 million lempiras", 6_000_000, "HNL", undefined]]);
    expect(claims("They paid $4 million dollars and US$ 2 million.")).toEqual([
      ["$4 million dollars", 4_000_000, "USD", undefined],
      ["US$ 2 million", 2_000_000, "USD", undefined],
    ]);
  });
});

describe("numbers round 34: a number labelling its paragraph", () => {
  it("opening a paragraph, a bare number with a spaced dash and a capital after it is a dateline or a list's label", () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>Notícias</title></head><body>\n<div class="texto">\n' +
      "<p><b>365 – </b>Embora o governador tenha dito que 30 policiais foram afastados, a apuração continuou.</p>\n" +
      "<p>O delegado disse que a investigação segue com 9 agentes.</p>\n</div></body></html>";
    expect(claimTexts(page)).toEqual(["30", "9"]);
    expect(claimTexts(pt("Casos do mês:\n18 - A Corregedoria abriu processo contra 4 servidores."))).toEqual(["4"]);
  });

  it("a range or a count opening a line stays a claim", () => {
    expect(claimTexts("The report counted 1,200 cases.\n15 - 20 people were killed.")).toEqual(["1,200", "15 - 20"]);
  });
});

describe("numbers round 34: spelled amounts", () => {
  it("a collective numeral counts (number-words.json es/pt scales: veintena, treintena, vintena, trintena)", () => {
    expect(claims(es("La cumbre reunió a una veintena de países y a una treintena de expertos."))).toEqual([
      ["una veintena", 20, "países", undefined],
      ["una treintena", 30, "expertos", undefined],
    ]);
    expect(claims(pt("Cerca de uma vintena de agentes participou da operação."))).toEqual([["Cerca de uma vintena", 20, "agentes", "about"]]);
  });

  it("`and a half` after a spelled number right before its unit or percent is the number's half", () => {
    expect(claims("Agents seized one and a half tons of cannabis.")).toEqual([["one and a half tons", 1.5, "tons", undefined]]);
    expect(claims("He spent two and a half years abroad.")).toEqual([["two and a half years", 2.5, "years", undefined]]);
  });
});

describe("numbers round 34: a change from one figure to another", () => {
  it("a change word further back in the clause, over the changed thing and its quotes, splits `from X to Y`", () => {
    expect(claims('A "sudden" jump in the count of seized vessels from 1,200 to 3,400 alarmed them.').map((c) => c.slice(0, 2))).toEqual([
      ["1,200", 1200],
      ["3,400", 3400],
    ]);
    expect(claims("The law will raise the guards' monthly bonus from $200 to $350.").map((c) => c.slice(0, 2))).toEqual([
      ["$200", 200],
      ["$350", 350],
    ]);
  });

  it("with no change word, `from X to Y` stays a range", () => {
    expect(claims("Plots range from 2 to 3 hectares.")).toEqual([["2 to 3 hectares", [2, 3], "hectares", undefined]]);
  });
});

describe("numbers round 34: Portuguese hedges", () => {
  it("praticamente and mais que hedge the figure after them (hedges.json pt qualifiers)", () => {
    expect(claims(pt("A negociação durou praticamente três anos."))).toEqual([["praticamente três anos", 3, "years", "nearly"]]);
    expect(claims(pt("A facção não resistiria mais que seis meses."))).toEqual([["mais que seis meses", 6, "months", "more than"]]);
  });
});
