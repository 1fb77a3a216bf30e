import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("a percent sign escaped with a backslash (units.json percent forms)", () => {
  it("is the percent sign of LaTeX or escaped Markdown source: it joins the span and names the unit", () => {
    expect(claims("Thefts in the harbour district fell by 18.3\\% over the decade.")).toEqual([["18.3\\%", 18.3, "percent", undefined]]);
    expect(claims("Arrests were roughly 50\\% higher than the regional mean.")).toEqual([["roughly 50\\%", 50, "percent", "roughly"]]);
  });

  it("leaves a plain percent sign as it was", () => {
    expect(claims("Thefts in the harbour district fell by 18.3% last spring.")).toEqual([["18.3%", 18.3, "percent", undefined]]);
  });
});

describe("the number of a plan's goal, line or file (numeric-non-claims.json es/pt identifierHeads)", () => {
  it("names an item, as Goal 3 does in English, also in a list of them", () => {
    expect(claims(pt("O balanço das Metas 2 e 6 saiu tarde, e a Meta 3 teve 41% de cumprimento."))).toEqual([["41%", 41, "percent", undefined]]);
    expect(claims(es("Las denuncias llegan a la Línea 137 y al Objetivo 4 del plan se destinaron 12 patrullas."))).toEqual([
      ["12", 12, "patrullas", undefined],
    ]);
    expect(claims(es("El juzgado revisó los expedientes 14 y 15 del fuero federal."))).toEqual([]);
  });

  it("leaves a goal in lower case, which may state the amount aimed at, as it was", () => {
    expect(claims(es("Ya vacunamos a 210 personas y ahorita la meta 500 es posible."))).toEqual([
      ["210", 210, "personas", undefined],
      ["500", 500, undefined, undefined],
    ]);
  });
});

describe("bounds said with a negation or a position (hedges.json es/pt qualifiers)", () => {
  it("not even a figure (ni, ni siquiera, nem) bounds it from above; above or below it (por encima del, acima dos) bounds it", () => {
    expect(claims(es("El programa no cubrió ni siquiera el 30 por ciento de los casos."))).toEqual([
      ["ni siquiera el 30 por ciento", 30, "percent", "less than"],
    ]);
    expect(claims(es("La impunidad sigue por encima del 85 por ciento en la provincia."))).toEqual([
      ["por encima del 85 por ciento", 85, "percent", "more than"],
    ]);
    expect(claims(pt("A polícia não esclarece nem 7% dos casos e investiga menos do que 12% deles."))).toEqual([
      ["nem 7%", 7, "percent", "less than"],
      ["menos do que 12%", 12, "percent", "less than"],
    ]);
    expect(claims(pt("A cobertura ficou acima dos 95% e o porto recebe nada menos que 43 mil toneladas."))).toEqual([
      ["acima dos 95%", 95, "percent", "more than"],
      ["nada menos que 43 mil toneladas", 43000, "metric tons", "at least"],
    ]);
  });

  it("leaves a figure without such words, and the qualifiers already known, as they were", () => {
    expect(claims(es("El programa cubrió el 30 por ciento de los casos y más de 200 familias."))).toEqual([
      ["30 por ciento", 30, "percent", undefined],
      ["más de 200", 200, "familias", "more than"],
    ]);
  });
});

describe("a count a year labels with a colon (Em 2021: 1552)", () => {
  it("is a count, also when it has four digits, in a list's rows or a headline", () => {
    expect(claims(pt("Mortes nas estradas do estado\n- Em 2020: 873\n- Em 2021: 1604\n"))).toEqual([
      ["873", 873, undefined, undefined],
      ["1604", 1604, undefined, undefined],
    ]);
    expect(claims("Harbour census 2023: 45 boats seized and sold at auction.")).toEqual([["45", 45, "boats", undefined]]);
  });

  it("leaves hours, dates and an author's cited page out, as before", () => {
    expect(claims("The patrol left at 10:30 and came back on 9/\n11 with 12 detainees.")).toEqual([["12", 12, "detainees", undefined]]);
    expect(claims(pt("O mundo mudou depois da queda do muro (KISSINGER, 2014: 367)."))).toEqual([]);
  });
});

describe("hundredths after an amount of money (units.json subunits)", () => {
  it("join it: one amount, not a count of cents", () => {
    expect(claims(es("El litro costó 21 pesos con 94 centavos y el paquete mil 149 pesos 35 centavos."))).toEqual([
      ["21 pesos con 94 centavos", 21.94, "pesos", undefined],
      ["mil 149 pesos 35 centavos", 1149.35, "pesos", undefined],
    ]);
    expect(claims(es("El barril cerró en 76 dólares con ocho centavos."))).toEqual([["76 dólares con ocho centavos", 76.08, "USD", undefined]]);
    expect(claims("The ticket cost $4 and 50 cents at the port.")).toEqual([["$4 and 50 cents", 4.5, "USD", undefined]]);
  });

  it("leaves cents counted on their own, or after a count that is no money, as they were", () => {
    expect(claims(es("El litro subió 35 centavos en la semana."))).toEqual([["35", 35, "centavos", undefined]]);
    expect(claims(es("Llegaron 12 camiones con 40 centavos de ganancia por litro."))).toEqual([
      ["12", 12, "camiones", undefined],
      ["40", 40, "centavos", undefined],
    ]);
  });
});

describe("a year after a month, its day and a comma (November 3, 2023)", () => {
  it("is a year even when a noun follows it", () => {
    expect(claims("Since the November 3, 2023 Leaders Summit, 14 ministers have met.")).toEqual([["14", 14, "ministers", undefined]]);
    expect(claims("On September 11, 2001 terrorists attacked four towers.")).toEqual([["four", 4, "towers", undefined]]);
  });

  it("leaves a count after a date, written with its separator, as it was", () => {
    expect(claims("By June 2, 1,500 officers had joined the unit.")).toEqual([["1,500", 1500, "officers", undefined]]);
  });
});
