import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

const texts = (raw: string) => claims(raw).map((c) => c[0]);

describe("a bare number right after the noun it labels (labelNumbers)", () => {
  it("names the noun's thing after a lower-case noun a singular article opens", () => {
    expect(texts(pt("O ataque ocorreu na escola 88 de Kazan, segundo a imprensa local."))).toEqual([]);
    expect(texts(pt("Conforme o evento 42, autorizei a busca no escritório."))).toEqual([]);
    expect(texts(pt("O projeto prevê punir o caixa 2; o regime será fechado."))).toEqual([]);
    // Without its article `caixa 2` is still a set phrase (numbers47): undeclared campaign funds.
    expect(texts(pt("A lei tornou crime a prática de caixa 2; três deputados votaram contra."))).toEqual(["três"]);
    expect(texts(es("Las víctimas llamaron a la línea 145, según el ministerio."))).toEqual([]);
  });

  it("names it after a capitalised noun inside its sentence", () => {
    expect(texts(es("Los detenidos fueron llevados al penal de Cefereso 7 en la madrugada."))).toEqual([]);
    expect(texts(pt("O relatório das Metas 3 e 4 foi mais modesto que o anterior."))).toEqual([]);
    expect(texts("The interview aired on the news channel (Canal 24) that night.")).toEqual([]);
  });

  it("names a reference in a bracket that holds one word and the number", () => {
    expect(texts(es("La orden se dictó en primera instancia (foja 12), respecto del acusado."))).toEqual([]);
    expect(texts(es("El recurso fue concedido (fs. 404) y fundado en esta instancia."))).toEqual([]);
    expect(texts(es("Los homicidios se concentraron en Piura (147) y en Lima (803)."))).toEqual(["147", "803"]);
  });

  it("leaves counts after verbs, prepositions, rank nouns, partitives and table rows as they were", () => {
    expect(texts(pt("A polícia prendeu 42 suspeitos e o total chegou a 15."))).toEqual(["42", "15"]);
    expect(texts(es("Se encuentran en proceso 34, y están por iniciarse 135 más."))).toEqual(["34", "135"]);
    expect(texts(es("El país ocupa el lugar 107 entre 168 naciones."))).toEqual(["107", "168"]);
    expect(texts(es("Argentina había comprado a Francia 14 de estos aviones."))).toEqual(["14"]);
    expect(texts(es("De todos los detenidos 14 están en prisión preventiva."))).toEqual(["14"]);
    expect(texts(es("En el penal murieron al menos 3, según el informe oficial."))).toEqual(["al menos 3"]);
    expect(texts("Deaths by province:\nLima 803\nCallao 184\n")).toEqual(["803", "184"]);
    expect(texts("<table><tr><td>Province</td><td>Deaths</td></tr><tr><td>Quito</td><td>12</td></tr></table>")).toEqual(["12"]);
    expect(texts("Deaths by province: Quito\t12, Guayas\t14.")).toEqual(["12", "14"]);
  });
});
