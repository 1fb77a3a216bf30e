import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";
import { claimTexts as texts, es, pt } from "./numbers-helpers.js";

describe("lists of article numbers cite a law (numeric-non-claims.json citations)", () => {
  it("reads every number of a list that opens after an article head as a citation", () => {
    expect(texts(es("Se sancionan los delitos de los artículos 120, 215, 318 bis, 402 y 517 septies del Código Penal con 12 años de cárcel."))).toEqual([
      "12 años",
    ]);
    expect(texts(es("Según los artículos 8º, en su inciso segundo, 31 y 40 de la norma, hubo 45 detenidos."))).toEqual(["45"]);
  });

  it("reads the numbers of a list that closes on the law it cites as a citation", () => {
    expect(texts(es("Quedan incluidos el 7 C, 19 y 23 de la ley orgánica, y la policía detuvo a 30 personas."))).toEqual(["30"]);
    expect(texts(pt("Aplicam-se os 12, 14 e 15 da Lei de drogas, e foram presas 9 pessoas."))).toEqual(["9"]);
    expect(texts("The ruling applies 4, 9 and 11 of the Act to 250 vessels.")).toEqual(["250"]);
  });

  it("reads a number followed by its session in Roman numerals as a resolution's number (numbers47)", () => {
    expect(texts(es("La Asamblea recordó las resoluciones 1514 (XV) y 2625 (XXV), que apoyaron 40 países."))).toEqual(["40"]);
    expect(texts("The Assembly recalled its resolutions 1514 (XV) and 2625 (XXV), backed by 40 states.")).toEqual(["40"]);
    // A count whose bracket holds a word, or lower case, stays a count.
    expect(texts("The survey found 870 (Exhibit C) cases and 300 (iv) more.")).toEqual(["870", "300"]);
  });

  it("reads a number after a number sign (Nº, N°) or an executive order's abbreviation as an identifier", () => {
    expect(texts(es("La ley Nº 18.314 y el decreto N° 905 rigen desde que se incautaron 40 fusiles."))).toEqual(["40"]);
    expect(texts("The office acted under E.O. 13581 and froze 17 accounts.")).toEqual(["17"]);
    expect(texts("The office acted under Executive Order (E.O.) 13581 and froze 17 accounts.")).toEqual(["17"]);
  });

  it("keeps a list of counts that neither opens on a head nor closes on a law", () => {
    expect(texts(es("En las provincias del norte hubo 120, 215 y 402 detenidos en el operativo."))).toEqual(["120", "215", "402"]);
  });
});

describe("markup the scan of a line reads", () => {
  it("reads numbers inside a tag's style value, a Markdown footnote mark and a shortcode as markup", () => {
    expect(texts(es('<div style="background-color: rgb(200, 210, 220); padding: 9px;">La Marina incautó 14 lanchas.</div>'))).toEqual(["14"]);
    expect(texts(es("Varios diarios[^4] publicaron que hubo 33 muertos."))).toEqual(["33"]);
    expect(texts("{{< youtube 448812390 >}}\n\nThe patrol seized 14 boats.")).toEqual(["14"]);
  });

  it("still reads a number in parentheses in prose as a claim", () => {
    expect(texts("The patrol seized boats (14 of them) off the coast.")).toEqual(["14"]);
  });
});

describe("a comma-separated table that quotes its numbers with a comma", () => {
  /** [text, value] of each numeric claim. */
  function values(raw: string): unknown[][] {
    const doc = analyze(raw, { docId: "t" });
    return [...numericClaimExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.value]);
  }

  it("reads an unquoted comma as a cell separator, so two small cells are two numbers", () => {
    const table = `Zona,2020,2021,Cambio\nNorte,"1,204",517,604\nSur,388,295,"1,020"\n`;
    expect(values(es(table))).toEqual(
      expect.arrayContaining([["517", 517], ["604", 604], ["388", 388], ["295", 295], ['1,020', 1020], ['1,204', 1204]]),
    );
  });

  it("reads a minus sign that opens a cell as the value's sign", () => {
    const table = `Zona,2020,2021,Cambio\nNorte,"1,204","1,190",-14\n`;
    expect(values(es(table))).toEqual(expect.arrayContaining([["-14", -14]]));
  });

  it("keeps a thousands comma where the text quotes no number", () => {
    expect(values("The ministry counted 831,832 voters and 1,204 polling places.")).toEqual([
      ["831,832", 831832],
      ["1,204", 1204],
    ]);
  });
});

describe("ordinals: ranks and the order of a speaker's points", () => {
  it("reads En primer lugar before a clause as discourse, and before the ranked thing as a rank", () => {
    expect(texts(es("Vemos dos cambios. En primer lugar, desde la reforma bajaron los robos. Y en segundo lugar, como se ve, hubo 40 detenidos."))).toEqual([
      "dos",
      "40",
    ]);
    expect(texts(es("En primer lugar, el estado de Colima, con 9 por ciento. En segundo lugar, está Sonora, con 7 por ciento."))).toEqual([
      "primer lugar",
      "9 por ciento",
      "segundo lugar",
      "7 por ciento",
    ]);
    expect(texts(pt("Em primeiro lugar, desde a reforma caíram os roubos; o estado ficou em terceiro lugar no ranking."))).toEqual(["terceiro lugar"]);
  });

  it("reads an ordinal before a noun and a postposed superlative as a rank whose span is the ordinal", () => {
    expect(texts(es("El informe dice que Honduras sufre el tercer conflicto más sangriento de la región."))).toEqual(["tercer"]);
    expect(texts(es("Chile es la 14va economía más abierta del continente."))).toEqual(["14va"]);
    expect(texts(pt("O Brasil é o segundo país mais afetado pela rota, com 12 portos."))).toEqual(["segundo", "12"]);
  });
});

describe("a report's own time frame", () => {
  it("reads a period after en los or en este periodo de as locating the facts, and keeps a described duration", () => {
    expect(texts(es("En los 20 días del informe se aseguraron 31 armas; en este periodo de 20 días hubo 7 cateos."))).toEqual(["31", "7"]);
    expect(texts(pt("Nos 10 dias da operação foram presos 14 suspeitos."))).toEqual(["14"]);
    expect(texts(es("La veda duró 20 días y el plan abarca un periodo de 6 años."))).toEqual(["20 días", "6 años"]);
  });
});

describe("Spanish and Portuguese ranges", () => {
  function values(raw: string): unknown[][] {
    const doc = analyze(raw, { docId: "t" });
    return [...numericClaimExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.value]);
  }

  it("reads a range its opener announces with its ends in either order, and a filler after the link", () => {
    expect(values(es("Los robos bajaron en cinco estados, con caídas de entre 38 y 12 por ciento."))).toEqual([
      ["cinco", 5],
      ["entre 38 y 12 por ciento", [12, 38]],
    ]);
    expect(values(es("Cada base tendrá entre 200 y hasta 450 elementos."))).toEqual([["entre 200 y hasta 450", [200, 450]]]);
  });

  it("reads hasta and até as the link of a range", () => {
    expect(values(es("Cada brigada cubrirá de dos hasta cuatro municipios."))).toEqual([["dos hasta cuatro", [2, 4]]]);
    expect(values(pt("Cada equipe cobrirá de dois até cinco municípios."))).toEqual([["dois até cinco", [2, 5]]]);
  });
});

describe("a period named by a noun (number-words.json periodNouns)", () => {
  function claims(raw: string): unknown[][] {
    const doc = analyze(raw, { docId: "t" });
    return [...numericClaimExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.value, m.attrs.unit, m.attrs.qualifier]);
  }

  it("reads a decade with its article, its qualifier or as a -long compound as a duration in years", () => {
    expect(claims("A decade of patrols has worn out the coast guard.")).toEqual([["A decade", 10, "years", undefined]]);
    expect(claims("The port stayed shut for nearly a decade, the mayor said.")).toEqual([["nearly a decade", 10, "years", "nearly"]]);
    expect(claims("The town lived through a decade-long siege by the gangs.")).toEqual([["decade-long", 10, "years", undefined]]);
    expect(claims(es("La frontera vivió una década de violencia."))).toEqual([["una década", 10, "years", undefined]]);
  });

  it("leaves a decade that only locates a time", () => {
    expect(claims("Over the past decade the port grew. A decade ago it was a village.")).toEqual([]);
  });
});

describe("a selector before an amount of money", () => {
  it("reads otros or another before money as an added amount, and keeps the selection of a set by place out", () => {
    expect(texts(es("El tráfico dejó US$12 mil millones y otros US$7 mil millones en Europa."))).toEqual(["US$12 mil millones", "US$7 mil millones"]);
    // `the other 5` counts the rest of the set (numbers13: the annotated sets tag `otros 25 casos`, `otras 572`).
    expect(texts("Of the 9 suspects, the other 5 men fled.")).toEqual(["9", "5"]);
    expect(texts("Of the 9 suspects, the first 5 men fled.")).toEqual(["9"]);
  });
});
