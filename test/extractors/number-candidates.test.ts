import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { candidatePositions } from "../../packages/extractors/src/numbers/extract.js";
import { getLexicon, type Lexicon } from "../../packages/extractors/src/numbers/vocabulary.js";
import { fixtureTexts } from "../helpers.js";

/** The regular expression Spanish and Portuguese candidates were found with: the scan must find the same. */
function oracle(lex: Lexicon): RegExp {
  const words = [...lex.cardinals.keys(), ...lex.scales.keys(), ...lex.ordinals.keys(), ...lex.multiples.keys(), ...lex.shares.words, ...lex.shares.denominators.keys(), ...lex.periodNouns.words.keys()]
    .filter((w) => !lex.articlesOne.has(w));
  const alternation = [...new Set(words)].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`\\d+|(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, "giu");
}

function expected(text: string, re: RegExp): number[] {
  return [...text.matchAll(re)].map((m) => m.index);
}

describe("number candidates in Spanish and Portuguese", () => {
  const languages = ["es", "pt"] as const;

  it("are where the regular expression finds them, on odd text", () => {
    const odd = [
      "doce mil trescientos", "DOCE Mil", "ſeis ſetenta", "treinta\u0301 y", "x5mil 12mil mil5 mil²", "K₂ milhões", "İ un millón",
      "𝐀mil mil𝐀 😀mil mil😀", "\ud800mil mil\udc00", "catorce_veinte", "cien-mil", "diez.once,doce;trece", "1.234,56 y 12 millones",
      "Segundo, TERCERO, décimo y DÉCIMA", "meia dúzia", "déCADA", "", "7", "mil",
    ];
    for (const lang of languages) {
      const lex = getLexicon(lang);
      for (const text of odd) expect(candidatePositions(text, lex), `${lang}: ${text}`).toEqual(expected(text, oracle(lex)));
    }
  });

  it("are where the regular expression finds them, on every fixture and the new-text corpus", () => {
    const texts = fixtureTexts().map((f) => f.raw);
    const corpus = "/work/corpus/new-text";
    if (existsSync(corpus)) for (const lang of ["en", "es", "pt"]) for (const f of readdirSync(join(corpus, lang)).sort().slice(0, 40)) texts.push(readFileSync(join(corpus, lang, f), "utf8"));
    for (const lang of languages) {
      const lex = getLexicon(lang);
      const re = oracle(lex);
      for (const text of texts) expect(candidatePositions(text, lex)).toEqual(expected(text, re));
    }
  });
});
