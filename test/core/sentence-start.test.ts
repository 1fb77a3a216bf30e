import { describe, expect, it } from "vitest";
import { analyze, opensSentence, sentenceFirstWord } from "@procmine/core";

describe("sentence starts", () => {
  it("opensSentence: the first token of a sentence or a block, not a capital inside a sentence", () => {
    const doc = analyze("The delegates met in Quito. Peru spoke first and Chile answered.\n\nBrazil closed the session.", { docId: "t" });
    const tokenOf = (word: string) => doc.tokenAt(doc.text.indexOf(word));
    expect(["The", "Peru", "Brazil"].map((w) => opensSentence(doc, tokenOf(w)))).toEqual([true, true, true]);
    expect(["Quito", "Chile", "delegates"].map((w) => opensSentence(doc, tokenOf(w)))).toEqual([false, false, false]);
  });

  it("sentenceFirstWord skips list markers and punctuation to the first word; -1 for a sentence of none", () => {
    for (const raw of ["\u2022 b \u201cCustoms officers seized the cargo,\u201d the minister said.", "(iv) Customs officers seized the cargo."]) {
      const doc = analyze(raw, { docId: "t" });
      expect(doc.tokens.text(sentenceFirstWord(doc, doc.sentences[0]!))).toBe("Customs");
    }
    const doc = analyze("IV. \u201cCustoms officers seized the cargo,\u201d the minister said.", { docId: "t" });
    expect(doc.sentences.map((s) => sentenceFirstWord(doc, s))).toEqual([-1, doc.tokenAt(doc.text.indexOf("Customs"))]);
  });
});
