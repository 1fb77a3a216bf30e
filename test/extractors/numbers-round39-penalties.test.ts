import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

// Invented sentences shaped as statutes: penalties glossed in words, ranges from one (numbers39).

describe("numbers round 39: penalties in statutes", () => {
  it("a number glossed in words inside Markdown-escaped parentheses is one number, and two make a range", () => {
    expect(claims(pt("Pena - detenção, de 3 \\(três\\) a 5 \\(cinco\\) anos, e multa."))).toEqual([["3 \\(três\\) a 5 \\(cinco\\) anos", [3, 5], "years", undefined]]);
    expect(claimTexts(pt("Os registros serão guardados pelo prazo de 10 \\(dez\\) anos."))).toEqual(["10 \\(dez\\) anos"]);
    expect(claims(pt("A pena aumenta-se de 1/6 \\(um sexto\\) se o crime for cometido à noite."))).toEqual([["1/6 \\(um sexto\\)", 16.7, "percent", undefined]]);
  });

  it("keeps the plain gloss as before", () => {
    expect(claimTexts(pt("Pena - reclusão, de 2 (dois) a 4 (quatro) anos."))).toEqual(["2 (dois) a 4 (quatro) anos"]);
  });

  it("the article standing for one opens a range to a number in words", () => {
    expect(claims(pt("Pena - detenção de um a três anos, e multa."))).toEqual([["um a três anos", [1, 3], "years", undefined]]);
    expect(claims(es("El juez puede imponer de una a cinco jornadas de trabajo comunitario."))).toEqual([["una a cinco", [1, 5], "jornadas", undefined]]);
    // A change from one to another number is read as before: the change's end.
    expect(claimTexts(pt("O número de vítimas passou de um a quatro casos por mês."))).not.toContain("um a quatro");
  });
});
