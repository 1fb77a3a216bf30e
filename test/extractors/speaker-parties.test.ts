import { describe, expect, it } from "vitest";
import { attributions, nameParentheses } from "../../packages/extractors/src/organizations/speaker-parties.js";
import { fixtureTexts, prng } from "../helpers.js";

// The speaker's-party shapes are found from their opening character instead of with a
// look-behind: held here to the look-behind expressions that define them.

const ATTRIBUTION = /(?<=[(/.]\s*)(\p{L}{2,14})\s*[-–]\s*(\p{Lu}{2})\b/gu;
const NAME_PARENTHESIS = /(?<=\p{Lu}\p{Ll}+\s\()(\p{L}{2,14})(?=\))/gu;

function inventedText(seed: number): string {
  const rnd = prng(seed);
  const pieces = ["(", ")", "/", ".", " ", "  ", "\n", "-", "–", " - ", "PT", "SP", "PSDB", "Bloco", "Silva", "Ana", "ÁLVARO", "Éder", "dep", "x", "Ab", "𝐀b", "a𝐛", "ção", "ABCDEFGHIJKLMNOPQ", "(PL)", "Novo", "PCdoB", "RJ", "D", "1"];
  const parts: string[] = [];
  for (let i = 0; i < 6000; i++) parts.push(pieces[Math.floor(rnd() * pieces.length)]!);
  return parts.join("");
}

const byAttribution = (text: string) => [...text.matchAll(ATTRIBUTION)].map((m) => ({ acronym: m[1]!, region: m[2]!, start: m.index }));
const byNameParenthesis = (text: string) => [...text.matchAll(NAME_PARENTHESIS)].map((m) => ({ acronym: m[1]!, start: m.index }));

describe("speaker party shapes", () => {
  const texts = [...[1, 2, 3, 4].map(inventedText), ...fixtureTexts().map((f) => f.raw)];
  it("find what the look-behind expressions find", () => {
    for (const text of texts) {
      expect([...attributions(text)]).toEqual(byAttribution(text));
      expect([...nameParentheses(text)]).toEqual(byNameParenthesis(text));
    }
  });
  it("find both shapes in the invented texts", () => {
    const text = texts.slice(0, 4).join("");
    expect(byAttribution(text).length).toBeGreaterThan(10);
    expect(byNameParenthesis(text).length).toBeGreaterThan(10);
  });
});
