import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

describe("numbers round 38: a CSV register's columns (csv-columns.ts)", () => {
  // An invented register exported without its header: row number, date, town, victim, age, nationality, note, aggressor, age, relation.
  const register =
    "12,03/02/2019,Talca,Maule,Ana Pérez Soto,34,chilena,,apuñalada,Juan Rojas Díaz,41,pareja,homicidio,seis detenidos\n" +
    "13,05/02/2019,Arica,Arica,Rosa Vera Lagos,27,peruana,,baleada,Pedro Ruiz Mena,25,ex pareja,femicidio,\n" +
    "14,09/02/2019,Osorno,Los Lagos,Luisa Mora Paz,52,chilena,,golpeada,Luis Soto Vidal,58,conviviente,femicidio,\n" +
    "15,11/02/2019,Temuco,Araucanía,Marta Lira Ortiz,19,chilena,,apuñalada,Diego Paz Rivas,23,pololo,femicidio,https://example.cl/noticia-2019-15\n";

  it("the ages in a column of short numbers that go up and down are claims; the rising row numbers are not", () => {
    expect(claimTexts(register)).toEqual(["34", "41", "seis", "27", "25", "52", "58", "19", "23"]);
  });

  it("a column of rising ids is the register's, however the text writes decimals", () => {
    const rows =
      '45.2019,08/04/2019,2,Ordinária,BC,Breves Comunicações,"Segurança pública",4276421,1,"O Deputado defendeu a proposta em plenário."\n' +
      '45.2019,08/04/2019,2,Ordinária,BC,Breves Comunicações,"Política de segurança",4276422,1,"A Deputada criticou o corte de 30 viaturas."\n' +
      '45.2019,08/04/2019,2,Ordinária,BC,Breves Comunicações,"Sistema carcerário",4276425,1,"O Deputado pediu mais de 300 agentes para o estado."\n';
    expect(claimTexts(rows)).toEqual(["30", "mais de 300"]);
  });
});

describe("numbers round 38: web pages, charts and measures", () => {
  it("a tag's attribute value (a tooltip repeating the cell) is markup, however long and whatever brackets it holds", () => {
    const html =
      '<tr><td><a class="icon" title="Sumário: Projeto de Lei (Estatuto), do Senado, que suspende por seis meses a venda de armas." onclick="show(1)">&nbsp;</a></td>\n' +
      "<td>Projeto de Lei (Estatuto), do Senado, que suspende por seis meses a venda de armas.</td></tr>\n";
    expect(claimTexts(pt(html))).toEqual(["seis meses"]);
  });

  it("a journal's page cited as `PAG.` is no quantity", () => {
    expect(claimTexts(pt("Discurso publicado no DCD 19/09/2001 PAG. 44147 sobre os 12 deputados presentes."))).toEqual(["12"]);
  });

  it("a chart's two axes flattened into its caption's line alternate evenly stepping ticks", () => {
    const text = pt(
      "GRÁFICO 3 Número e taxa de homicídios por 100 mil habitantes 70000 35,0 60000 30,0 50000 25,0 40000 20,0 30000 15,0 0 0,0 2012 2013 2014 Fonte: IBGE. Foram 47 mil mortes.",
    );
    expect(claimTexts(text)).not.toContain("70000");
    expect(claimTexts(text)).not.toContain("35,0");
    expect(claimTexts(text)).toContain("47 mil");
  });

  it("a measure's smaller unit after it is part of the one measure", () => {
    expect(claims(es("La policía secuestró 2 kilos con 25 gramos de pasta base y 130 kilos con 940 gramos de marihuana."))).toEqual([
      ["2 kilos con 25 gramos", 2.025, "kilograms", undefined],
      ["130 kilos con 940 gramos", 130.94, "kilograms", undefined],
    ]);
  });
});
