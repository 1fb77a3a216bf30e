import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

// Invented sentences shaped as statutes, transcripts, course pages and READMEs (numbers39).

describe("numbers round 39: numbers that name an act, a year, a section or a version", () => {
  it("a number dated to the day after a link is the act's number, with or without a head", () => {
    expect(claimTexts(pt("A lei altera as Leis nº 4.321, de 5 de março de 1991, e 9.876, de 30 de junho de 2004, e atinge 120 municípios."))).toEqual(["120"]);
    expect(claimTexts(es("Se modificaron los decretos 1234 de 12 de mayo de 2010 y 5678 de 3 de junio de 2012, que afectan a 40 entidades."))).toEqual(["40"]);
    expect(claimTexts("The bill amends Laws 4,321 of March 5, 1991 and 9,876 of 30 June 2004; 45 towns are affected.")).toEqual(["45"]);
    // A count with its noun before the date counts.
    expect(claimTexts(pt("Foram 300 mortos de 1 de janeiro de 2020 até hoje."))).toEqual(["300"]);
  });

  it("two digits after the year's noun say a year short, a range of them too, unless something counted follows", () => {
    expect(claimTexts(es("La guerrilla duró desde el año 62 hasta el fin del gobierno, del año 66 al 71, con 300 combatientes."))).toEqual(["300"]);
    expect(claimTexts(pt("No ano 85 houve 40 greves."))).toEqual(["40"]);
    expect(claimTexts(es("Durante el año 15 personas murieron en la frontera."))).toEqual(["15"]);
  });

  it("a number opening a Pug template's heading numbers its section, and says nothing of the decimal mark", () => {
    const page = '    .titulo(data-aos="flip-up")\n      h2 #[span 2.3] Delitos contra la libertad\n\n    p.mb-5 La multa va de 300 a 1.500 salarios y la prisión de 6 a 9 años en 8 casos.\n';
    expect(claims(es(page)).map((c) => [c[0], c[1]])).toEqual([["300 a 1.500", [300, 1500]], ["6 a 9 años", [6, 9]], ["8", 8]]);
  });

  it("a number after a program's name is its version", () => {
    expect(claimTexts(pt("O painel roda em **Windows 11+** e **Ubuntu 22.04+**, com Python 3.11 ou superior, e mostra 27 estados."))).toEqual(["27"]);
    expect(claimTexts("Install Node 18 and open the dashboard: it lists 40 cities.")).toEqual(["40"]);
  });

  it("a request's number after its head is no count", () => {
    expect(claimTexts(es("En respuesta a la solicitud 40213, la fiscalía informó de 35 fosas."))).toEqual(["35"]);
  });

  it("a population after `a cada` is a rate's base", () => {
    expect(claimTexts(pt("A taxa caiu para 18 homicídios a cada cem mil habitantes."))).toEqual(["18"]);
  });
});
