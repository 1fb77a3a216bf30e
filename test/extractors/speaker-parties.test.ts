import { describe, expect, it } from "vitest";
import { attributions, nameAttributions, nameParentheses } from "../../packages/extractors/src/organizations/speaker-parties.js";
import { fixtureTexts, prng } from "../helpers.js";

// The speaker's-party shapes are found from their opening character instead of with a
// look-behind: held here to the look-behind expressions that define them.

const ATTRIBUTION = /(?<=[(/.]\s*)(\p{L}{2,14})\s*[-–]\s*(\p{Lu}{2})\b/gu;
const NAME_PARENTHESIS = /(?<=\p{Lu}\p{Ll}+\s\()(\p{L}{2,14})(?=\))/gu;

function inventedText(seed: number, extra: string[] = []): string {
  const rnd = prng(seed);
  const pieces = [...extra, "(", ")", "/", ".", " ", "  ", "\n", "-", "–", " - ", "PT", "SP", "PSDB", "Bloco", "Silva", "Ana", "ÁLVARO", "Éder", "dep", "x", "Ab", "𝐀b", "a𝐛", "ção", "ABCDEFGHIJKLMNOPQ", "(PL)", "Novo", "PCdoB", "RJ", "D", "1"];
  const parts: string[] = [];
  for (let i = 0; i < 6000; i++) parts.push(pieces[Math.floor(rnd() * pieces.length)]!);
  return parts.join("");
}

const byAttribution = (text: string) => [...text.matchAll(ATTRIBUTION)].map((m) => ({ acronym: m[1]!, region: m[2]!, start: m.index }));
const NAME_ATTRIBUTION = /(\p{Lu}[\p{Lu}\p{Ll}]{1,13})[-–](\p{Lu}{2})(?![\p{L}\p{N}])/gu;
const byNameAttribution = (text: string) => [...text.matchAll(NAME_ATTRIBUTION)].map((m) => [m.index, m[0], m[1], m[2]]);
// Hyphened shapes of every length around the fourteen-letter bound, astral capitals among them.
const HYPHENED = ["PP-GO", "Tal PL-DF", "-", "–", "-RJ", "–SP", "ABCDEFGHIJKLMN-RJ", "Abcdefghijklmn-RJ", "𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍", "𝐀𝐁-𝐂𝐃", "-RJx", "-RJ1", "PT-SP-RJ"];
const byNameParenthesis = (text: string) => [...text.matchAll(NAME_PARENTHESIS)].map((m) => ({ acronym: m[1]!, start: m.index }));

describe("speaker party shapes", () => {
  const texts = [...[1, 2, 3, 4].map((seed) => inventedText(seed)), ...fixtureTexts().map((f) => f.raw)];
  it("find what the look-behind expressions find", () => {
    for (const text of texts) {
      expect([...attributions(text)]).toEqual(byAttribution(text));
      expect([...nameParentheses(text)]).toEqual(byNameParenthesis(text));
    }
  });
  it("find what the NAME_ATTRIBUTION expression finds", () => {
    for (const text of [...[5, 6, 7, 8].map((seed) => inventedText(seed, HYPHENED)), ...texts]) {
      expect([...nameAttributions(text)].map((m) => [m.index, m[0], m[1], m[2]])).toEqual(byNameAttribution(text));
    }
    expect(byNameAttribution([5, 6, 7, 8].map((seed) => inventedText(seed, HYPHENED)).join("")).length).toBeGreaterThan(50);
  });
  it("find both shapes in the invented texts", () => {
    const text = texts.slice(0, 4).join("");
    expect(byAttribution(text).length).toBeGreaterThan(10);
    expect(byNameParenthesis(text).length).toBeGreaterThan(10);
  });
});
