import { describe, expect, it } from "vitest";
import { claimTexts, es, pt } from "./numbers-helpers.js";

// Invented rulings: the numbers that organise a judgment (its considerandos, the subdivisions of the
// articles it applies, the counts of an indictment, the star pages it cites) are no claims; the counts
// and amounts it finds stay claims.

describe("numbers in rulings: a considerando's number with an ordinal sign", () => {
  it("opening its line, `3°)` and `4º.-` number the ruling's reasons (es)", () => {
    const ruling = es(
      "Considerando:\n3°) Que la defensa apeló la condena a cinco años de prisión.\n" +
        "4º.- Que se hallaron 3 kilogramos de cocaína y $ 20.000 en el vehículo.\n",
    );
    expect(claimTexts(ruling)).toEqual(["cinco años", "3 kilogramos", "$ 20.000"]);
  });

  it("a considerando's number opening a page (after a form feed) numbers its reason too (numbers47)", () => {
    const ruling = es("Considerando:\n1°) Que la defensa apeló la condena a cinco años de prisión.\n\n\f2° ) Que se hallaron 3 kilogramos de cocaína.\n");
    expect(claimTexts(ruling)).toEqual(["cinco años", "3 kilogramos"]);
  });

  it("`2°)` opening a Portuguese ruling's line numbers an item; the counts it finds stay", () => {
    expect(claimTexts(pt("2°) A defesa pediu a soltura do réu, preso com R$ 800,00 e 12 quilos de maconha."))).toEqual(["R$ 800,00", "12 quilos"]);
  });
});

describe("numbers in rulings: the subdivisions of a cited article", () => {
  it("`inc.` and `apartados` after an article (es), `alínea` and `inc.` (pt) head a number", () => {
    expect(claimTexts(es("Se aplicó el art. 14, inc. 2, y los apartados 3 y 4 a quien llevaba 800 gramos."))).toEqual(["800 gramos"]);
    expect(claimTexts(pt("Incide o art. 157, inc. 2, e a alínea 3 contra quem levava 15 quilos de cocaína."))).toEqual(["15 quilos"]);
  });
});

describe("numbers in rulings: an indictment's counts and a database's star pages (en)", () => {
  it("`Counts 1 through 3` numbers the charges; `through` links a citation's list", () => {
    expect(claimTexts("The jury convicted him on Counts 1 through 3 for carrying 200 kilograms of cocaine.")).toEqual(["200 kilograms"]);
    expect(claimTexts("Articles 6 through 8 of the Convention bind 40 states.")).toEqual(["40"]);
  });

  it("`at *4` after a cited decision is its star page", () => {
    expect(claimTexts("See Doe v. Roe, 2017 WL 654321, at *4 (S.D. Fla. 2017) (seizing 9 vessels).")).toEqual(["9"]);
  });
});
