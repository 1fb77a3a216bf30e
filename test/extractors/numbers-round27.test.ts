import { describe, expect, it } from "vitest";
import { claims, claimTexts, pt } from "./numbers-helpers.js";

describe("record fields: signed values and numbered keys (exclusions.ts)", () => {
  it("reads a negative value of a code-named JSON key as no claim", () => {
    const record = ['{', '  "kind": "speech",', '  "text": "Officers arrested 4 suspects.",', '  "turn": -1,', '  "order": -12', '}'].join("\n");
    expect(claimTexts(record)).toEqual(["4"]);
  });

  it("reads a quoted number before a colon, escaped or not, as an object's key", () => {
    expect(claimTexts('The raid left 6 wounded. {"links":{"0":{"kind":"LINK"},"1":{"kind":"LINK"}}}')).toEqual(["6"]);
    expect(claimTexts('The raid left 6 wounded. {\\"links\\":{\\"2\\":{\\"kind\\":\\"LINK\\"}}}')).toEqual(["6"]);
  });

  it("keeps a quoted number that is no key", () => {
    expect(claimTexts('Patrols found "12" boats, they said: nine more sank.')).toContain('12');
  });
});

describe("note marks after a caret (Pandoc superscripts, closed or not)", () => {
  it("reads a caret-glued number as a note mark", () => {
    expect(claimTexts("Statement of a witness, Quito, (04.05.1981)^4 _: the 2 men were moved.\n\n(^4) _Ibid._")).toEqual(["2"]);
    expect(claimTexts("The route was busy.^7^ Guards counted 30 trucks.")).toEqual(["30"]);
  });

  it("keeps counts written next to a caret that marks no note", () => {
    expect(claimTexts("Guards counted 30 trucks ^ and 12 vans.")).toEqual(["30", "12"]);
  });
});

describe("a century counts itself (number-words.json periodNouns.ownUnits)", () => {
  it("reads `a century` as one century, and `a decade` still as ten years", () => {
    expect(claims("The border dispute took over a century to settle.")).toEqual([["over a century", 1, "centuries", "over"]]);
    expect(claims("The border dispute took nearly a decade to settle.")).toEqual([["nearly a decade", 10, "years", "nearly"]]);
    expect(claims(pt("A disputa levou quase um século para ser resolvida."))).toEqual([["quase um século", 1, "séculos", "nearly"]]);
  });
});

describe("bounding qualifiers (hedges.json)", () => {
  it("reads `as low as` and Portuguese `no mínimo` / Spanish `como mínimo` as qualifiers of the span", () => {
    expect(claims("Stocks could fall to as low as 800 warheads each.")).toEqual([["as low as 800", 800, "warheads", "as low as"]]);
    expect(claims(pt("O protocolo exige no mínimo três testemunhas civis."))).toEqual([["no mínimo três", 3, "testemunhas", "at least"]]);
  });
});

describe("citation and address numbers (numeric-non-claims.json identifierHeads, codeTitles; context.ts)", () => {
  it("reads a code section after its title and title number as no claim, and `c.` ending `U.S.C.` as no hedge", () => {
    expect(claimTexts("Aid goes to services under the Arms Export Control Act (22 U.S.C. 2751 et seq.) for 3 cutters.")).toEqual(["3"]);
    expect(claims("The survey counted c. 40 towns.")).toEqual([["c. 40", 40, "towns", "about"]]);
  });

  it("reads a line number of an amendment's instructions as no claim", () => {
    expect(claimTexts("Page 4, after line 9, insert the following: the agency hired 12 pilots.")).toEqual(["12"]);
  });

  it("reads a bibliography's volume (Portuguese `v.`) as no claim", () => {
    expect(claimTexts(pt("Revista Sul, Porto Alegre, v. 2, nº 3, p. 10-24, 2013. Foram presos 5 suspeitos na ação."))).toEqual(["5"]);
  });
});

describe("an ordinal in digits hyphened to a superlative (claim.ts)", () => {
  it("reads `12th-largest` and `3rd-most` as ranks", () => {
    expect(claims("The province is the 12th-largest state by area.")).toEqual([["12th-largest", 12, "rank", undefined]]);
    expect(claims("It is the 3rd-most visited port in the region.")).toEqual([["3rd-most", 3, "rank", undefined]]);
  });

  it("keeps digits hyphened to other words out of ranks", () => {
    expect(claims("The 4th-floor office held 9 files.").map((c) => c[0])).toEqual(["9"]);
  });
});

describe("Portuguese `há` / `faz` over a hedge (numeric-non-claims.json openingLocators)", () => {
  it("reads a hedged period after a sentence-opening `Há` or `Não faz` as a time locator", () => {
    expect(claimTexts(pt("Há mais de 300 anos, o porto era pequeno. Não faz mais do que três semanas que nos reunimos aqui."))).toEqual([]);
  });

  it("keeps a hedged period after `há` mid-sentence, which tells how long something lasted", () => {
    expect(claimTexts(pt("Ele fugia da polícia há quase 20 anos e tinha mais de 15 barcos."))).toEqual(["quase 20 anos", "mais de 15"]);
  });
});

describe("a year range's short end after a doubled hyphen; a session named by its number", () => {
  it("reads `(1979--90)` as years, not a count of 90", () => {
    expect(claimTexts("She served longest (1979--90) in office and led 12 ministers.")).toEqual(["12"]);
  });

  it("reads a number before a singular `sesión` / `sessão` / `session` as the session's ordinal, and keeps a count of sessions", () => {
    expect(claimTexts("Los ministros intervinieron en la segunda jornada de la 56 sesión de la Comisión y aprobaron 3 resoluciones. Se celebraron 12 sesiones.")).toEqual(["3", "12"]);
    expect(claimTexts("The delegates met at the 48 session of the Commission and approved 3 resolutions.")).toEqual(["3"]);
  });
});

describe("a navigation trail copied one item a line (numeric-non-claims.json breadcrumbs)", () => {
  it("reads a lone number followed by a lone separator line as a trail's item", () => {
    expect(claimTexts("You are here:\nHome\n1\n/\nNews\n2\n/\nOffice Opens Center\nThe office handled 14 cases.")).toEqual(["14"]);
    expect(claimTexts("Start\n3\n>\nReports\nThe office handled 14 cases.")).toEqual(["14"]);
  });

  it("keeps a lone number on its line with no separator after it", () => {
    expect(claimTexts("Cases handled\n35\nThe office handled 14 cases.")).toEqual(["35", "14"]);
  });
});
