import { describe, expect, it } from "vitest";
import { claimTexts, es, pt } from "./numbers-helpers.js";

describe("a page's YAML front matter (front-matter.ts)", () => {
  it("counts nothing in a field whose whole value is a number", () => {
    const raw = "---\ntitle: Weekly digest\nissue_number: 7\nreading_time: 5\nsession: 118\n---\nPolice seized 40 rifles in the port.\n";
    expect(claimTexts(raw)).toEqual(["40"]);
  });

  it("reads a number in a field's prose, and the same lines outside front matter", () => {
    expect(claimTexts("---\nsummary: Police found 12 rifles in a truck.\n---\nThe army sent 300 troops.\n")).toEqual(["12", "300"]);
    expect(claimTexts("The report counts\ndeaths: 45\nacross the region.\n")).toEqual(["45"]);
  });

  it("reads everything when the front matter never closes", () => {
    expect(claimTexts("---\nissue_number: 7\nThe army sent 300 troops.\n")).toEqual(["7", "300"]);
  });
});

describe("acts numbered and dated with `del` (numeric-non-claims.json es datedActs, identifierHeads)", () => {
  it("counts nothing in a list of decrees dated to the day", () => {
    const raw = es("Visto los Decretos Nros. 312 del 4 de mayo de 2001, 845 del 9 de junio de 2003 y 1520 del 2 de enero de 2007, se resuelve.");
    expect(claimTexts(raw)).toEqual([]);
  });

  it("keeps a count followed by `del` and no date", () => {
    expect(claimTexts(es("Llegaron 312 del total de 900 agentes previstos."))).toEqual(["312", "900"]);
  });

  it("counts nothing in a civil servant's grade or a budget's jurisdiction", () => {
    expect(claimTexts(es("Se asigna al agente en el Nivel C Grado 0 y se imputa a la Jurisdicción 25 del presupuesto."))).toEqual([]);
  });
});

describe("a section quoted whole after a colon (exclusions.ts opensQuotedSection)", () => {
  it("counts nothing in the number opening the quoted section", () => {
    const raw = es("Sustitúyese el punto, que quedará redactado como sigue:\n“3.4 Para el traslado se labrará un acta ante dos testigos.”");
    expect(claimTexts(raw)).toEqual(["dos"]);
  });

  it("keeps a decimal opening a quoted line that follows no colon", () => {
    expect(claimTexts(es("El informe lo dijo así.\n“3.4 millones de personas huyeron del conflicto.”"))).toEqual(["3.4 millones"]);
  });
});

describe("a scale word left after a number read as no claim (exclusions.ts)", () => {
  it("counts nothing in `mil` after a denominator PDF text glued to its noun", () => {
    expect(claimTexts(pt("Na Alemanha há 30 armas por 100 habitantes e 0,19 homicídios100 mil hab. no mesmo ano."))).toEqual(["30", "0,19"]);
  });

  it("keeps `mil` with its number and on its own", () => {
    expect(claimTexts(pt("Foram 45 mil presos e mil agentes em serviço."))).toEqual(["45 mil", "mil"]);
  });
});
