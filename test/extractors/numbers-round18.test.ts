import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("Spanish and Portuguese minutes, seconds, decades and centuries (units.json es/pt time)", () => {
  it("join the span as the English ones do: `tres décadas`, `quatro minutos`", () => {
    expect(claims(es("La región vivió estancada durante tres décadas sin inversión."))).toEqual([["tres décadas", 3, "decades", undefined]]);
    expect(claims(pt("Cada candidato terá quatro minutos para responder à pergunta."))).toEqual([["quatro minutos", 4, "minutes", undefined]]);
    expect(claims(es("El operativo duró 45 segundos frente al cuartel."))).toEqual([["45 segundos", 45, "seconds", undefined]]);
  });

  it("leaves a count of other things as it was", () => {
    expect(claims(es("La policía detuvo a tres sospechosos en el puerto."))).toEqual([["tres", 3, "sospechosos", undefined]]);
  });
});

describe("a change told with a gerund (hedges.json es/pt ranges changeWords)", () => {
  it("makes `pasando de X a Y` two claims, the value before and after, as `grew from 40 to 300`", () => {
    expect(claims(es("La incautación creció, pasando de 12 a 31 toneladas de cocaína."))).toEqual([
      ["12", 12, undefined, undefined],
      ["31 toneladas", 31, "metric tons", undefined],
    ]);
    expect(claims(pt("Os roubos subiram, passando de 25 a 40 por dia na capital."))).toEqual([
      ["25", 25, undefined, undefined],
      ["40 por dia", 40, "per day", undefined],
    ]);
  });

  it("leaves a range after `de` with no change word as one claim", () => {
    expect(claims(es("Las penas van de 12 a 31 años de prisión."))).toEqual([["12 a 31 años", [12, 31], "years", undefined]]);
  });
});

describe("a share before `the` (number-words.json shares partitives)", () => {
  it("is a share as before `of`: `over half the population`, `less than half the trucks`", () => {
    expect(claims("Over half the population of the islands now uses the internet.")).toEqual([["Over half", 50, "percent", "over"]]);
    expect(claims("Today less than half the trucks of the fleet are in service.")).toEqual([["less than half", 50, "percent", "less than"]]);
  });

  it("leaves a half of a period of time, and a share before `of`, as they were", () => {
    expect(claims("The first half of the year was calm, but half the year after it was not.")).toEqual([]);
    expect(claims("About half of the prisoners were released in May.")).toEqual([["About half", 50, "percent", "about"]]);
  });
});

describe("`un`/`una`/`uma` after a connector (number.ts readAdditiveWords)", () => {
  it("is the units of a spelled number: `cincuenta y un kilos` is 51, `vinte e uma` 21", () => {
    expect(claims(es("Con ese salario se compraban cincuenta y un kilos de maíz."))).toEqual([["cincuenta y un kilos", 51, "kilograms", undefined]]);
    expect(claims(pt("A polícia prendeu vinte e uma pessoas na operação."))).toEqual([["vinte e uma", 21, "pessoas", undefined]]);
  });

  it("leaves a spelled number with its own units, and an article after a finished one, as they were", () => {
    expect(claims(es("Detuvieron a cuarenta y cinco personas y a un menor."))).toEqual([["cuarenta y cinco", 45, "personas", undefined]]);
    expect(claims(pt("Foram presos trinta e dois suspeitos e um menor."))).toEqual([["trinta e dois", 32, "suspeitos", undefined]]);
  });
});

describe("a hedge before the article of a figure (context.ts qualifierBefore)", () => {
  it("is the qualifier, the article in the span: `más de un 30%`, `casi un 15 por ciento`", () => {
    expect(claims(es("Este año los robos bajaron más de un 30% en la provincia."))).toEqual([["más de un 30%", 30, "percent", "more than"]]);
    expect(claims(es("La tasa de secuestros bajó casi un 15 por ciento."))).toEqual([["casi un 15 por ciento", 15, "percent", "nearly"]]);
  });

  it("leaves a figure after a bare article, and `más de un millón`, as they were", () => {
    expect(claims(es("Este año los robos bajaron un 30% en la provincia."))).toEqual([["30%", 30, "percent", undefined]]);
    expect(claims(es("Hay más de un millón de desplazados en la región."))).toEqual([["más de un millón", 1000000, "desplazados", "more than"]]);
  });
});

describe("a bare zero stated as a value (numeric-non-claims.json zeroPredicates)", () => {
  it("is a claim after a copula or a colon, ending its clause: `is zero,`, `ha sido de cero.`, `Culpables: CERO.`", () => {
    expect(claims("For small parcels the import threshold is zero, so every box pays duty.")).toEqual([["zero", 0, undefined, undefined]]);
    expect(claims(es("El crecimiento del empleo ha sido de cero. Nadie lo discute."))).toEqual([["cero", 0, undefined, undefined]]);
    expect(claims(es("Detenidos por la masacre: CERO. La fiscalía calla."))).toEqual([["CERO", 0, undefined, undefined]]);
  });

  it("leaves a zero that names an absence or a slogan as it was", () => {
    expect(claims("The minister promised zero tolerance, and the target is net zero by the end of the plan.")).toEqual([]);
    expect(claims("Interest rates were stuck at zero for a long while.")).toEqual([]);
  });
});

describe("a spelled cardinal after `number` / `número` (number-words.json ranks rankNumberWords)", () => {
  it("is a rank, `number` in the span as `#` is: `the number two man`, `ranked as number one`, `el número uno`", () => {
    expect(claims("Who was the number two man in the militia after the coup?")).toEqual([["number two", 2, "rank", undefined]]);
    expect(claims("For years the port ranked as number one in seizures.")).toEqual([["number one", 1, "rank", undefined]]);
    expect(claims(es("Era el número uno de la banda en la frontera."))).toEqual([["número uno", 1, "rank", undefined]]);
  });

  it("leaves `a number of`, `the number of` and a plain count as they were", () => {
    expect(claims("A number of guards and the number of inmates grew; two guards quit.")).toEqual([["two", 2, "guards", undefined]]);
  });
});

describe("`número` before a number with a scale word", () => {
  it("leaves the whole number a quantity, as before the rank rule", () => {
    expect(claims(es("De ese número dos mil 90 casos fueron cerrados."))).toEqual([["dos mil 90", 2090, "casos", undefined]]);
  });
});

describe("a confidence interval (numeric-non-claims.json confidenceIntervals)", () => {
  it("drops its level and keeps its interval: `(95% CI 10.2-14.0)`, `(IC 95%: 10,2-14,0)`", () => {
    expect(claims("The model puts the rate at 12.1 (95% CI 10.2-14.0) for the state.").map((c) => c[0])).toEqual(["12.1", "10.2-14.0"]);
    expect(claims(es("La tasa fue de 12,1 (IC 95%: 10,2-14,0) en el estado.")).map((c) => c[0])).toEqual(["12,1", "10,2-14,0"]);
  });

  it("leaves a share, and a number after another acronym, as they were", () => {
    expect(claims("About 95% of the seized cocaine came by sea, says UNSCR 2250.")).toEqual([["About 95%", 95, "percent", "about"]]);
  });
});

describe("the currency's word after an amount its sign opened (claim.ts finish)", () => {
  it("joins the span: `R$ 80 mil reais`, `$5 million dollars`", () => {
    expect(claims(pt("A campanha dele custou R$ 80 mil reais no total."))).toEqual([["R$ 80 mil reais", 80000, "BRL", undefined]]);
    expect(claims("The broker paid $5 million dollars to the cartel.")).toEqual([["$5 million dollars", 5000000, "USD", undefined]]);
  });

  it("leaves a currency after a partitive out of the span, as it was", () => {
    expect(claims(es("Pagaron US$ 3 millones de dólares al cártel."))).toEqual([["US$ 3 millones", 3000000, "USD", undefined]]);
  });
});

describe("a ratio opened by the article that stands for one, or linked by `in every` (number-words.json ratios)", () => {
  it("is a share in percent: `Una de cada tres familias`, `Um em cada dez`, `One in every 10`", () => {
    expect(claims(es("Una de cada tres familias sufrió un robo el año pasado."))).toEqual([["Una de cada tres", 33.3, "percent", undefined]]);
    expect(claims(pt("Um em cada dez presos volta ao crime."))).toEqual([["Um em cada dez", 10, "percent", undefined]]);
    expect(claims("One in every 10 people killed in the region was a teenager.")).toEqual([["One in every 10", 10, "percent", undefined]]);
  });

  it("leaves an article with its noun before the link, and a ratio of two numbers, as they were", () => {
    expect(claims(es("Un policía de cada tres renunció."))).toEqual([["tres", 3, undefined, undefined]]);
    expect(claims(es("Ocho de cada diez jóvenes trabajan."))).toEqual([["Ocho de cada diez", 80, "percent", undefined]]);
  });
});

describe("a rate adverb after the unit (units.json rates adverbs)", () => {
  it("makes a rate, in the span: `$3 billion annually`, `2,664 metric tons annually`", () => {
    expect(claims("The cartel earns as much as $3 billion annually, the report said.")).toEqual([["as much as $3 billion annually", 3000000000, "USD per year", "up to"]]);
    expect(claims("Coca paste output reached 2,664 metric tons annually.")).toEqual([["2,664 metric tons annually", 2664, "metric tons per year", undefined]]);
  });

  it("leaves a count whose noun stands between, as it was", () => {
    expect(claims("About 400 people die annually on the roads of the city.")).toEqual([["About 400", 400, "people", "about"]]);
  });
});
