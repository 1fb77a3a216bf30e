import { describe, expect, it } from "vitest";
import { analyze } from "../../packages/core/src/index.js";
import { gapFlags, TokBuffer, tokenize, TokView } from "../../packages/extractors/src/numbers/tokenize.js";

// The numbers tokenizer takes an ASCII word's key (and a lower-case word's text) from core's
// vocabulary where core cut the same word: its tokens must stay exactly what it cuts alone.
const TEXTS = [
  "The Council's 3rd report counted 1,250 displaced families, about twenty-five percent more than in 2019.",
  "USD3.5 million went to H1N1 vaccines; km2 of forest: 781.6/100K. Its #132 rank fell to the world's 140th.",
  "Ninety-Nine ARMED men — rock ’n’ roll — crossed at 5-10 km. Perú's PERU café; naïve O'Brien said so.\n\nA new paragraph: One hundred.",
];

describe("numbers tokens read with core's tokens", () => {
  for (const text of TEXTS) {
    it(`cuts as alone: ${text.slice(0, 30)}`, () => {
      const doc = analyze(text, { docId: "t" });
      const alone = tokenize(doc.text, 0, doc.text.length, true, undefined, new Set(["USD"]));
      const shared = tokenize(doc.text, 0, doc.text.length, true, undefined, new Set(["USD"]), undefined, doc.tokens);
      expect(shared).toEqual(alone);
      // Mid-text windows too, where the walk along core's tokens starts by search.
      const mid = doc.text.indexOf(" ", 20) + 1;
      expect(tokenize(doc.text, mid, doc.text.length, false, undefined, new Set(["USD"]), undefined, doc.tokens)).toEqual(
        tokenize(doc.text, mid, doc.text.length, false, undefined, new Set(["USD"])),
      );
    });
  }
});

describe("numbers tokens appended to a window's buffer", () => {
  it("appends after what the buffer holds, the first new token opening its block", () => {
    const text = "Some 40 boats. Unos 12.350 barcos.";
    const buffer = new TokBuffer(text, { romance: true });
    buffer.read(0, 14, true);
    const held = buffer.count;
    buffer.read(14, text.length, true);
    const out = Array.from({ length: buffer.count }, (_, i) => buffer.tok(i));
    expect(out.slice(held)).toEqual(tokenize(text, 14, text.length, true, { romance: true }));
    expect(out[held]!.breakBefore).toBe(true);
    expect(out.find((t) => t.text === "12.350")!.value).toBe(12350);
  });
});

describe("a window of the buffer (TokView): token objects made only when read", () => {
  const text = "Roughly 40 boats and 12 rafts crossed.\n\nSome 7 more.";
  const whole = tokenize(text);

  it("reads each token as tokenize cuts it, undefined outside the window", () => {
    const buffer = new TokBuffer(text);
    buffer.read(0, text.length, true);
    const view = new TokView(buffer, 2, 6);
    expect(view.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => view.get(i))).toEqual(whole.slice(2, 6));
    expect(view.get(-1)).toBeUndefined();
    expect(view.get(4)).toBeUndefined();
    expect(view.slice(1, 9)).toEqual(whole.slice(3, 6));
    expect(view.firstFrom(text.indexOf("12"))).toBe(2);
    // The same token object is shared by every window that reads it.
    expect(new TokView(buffer, 0, 8).get(3)).toBe(view.get(1));
  });

  it("makes no token object it is not asked for, and gives a window's first token its own gap", () => {
    const buffer = new TokBuffer(text);
    buffer.read(0, text.length, true);
    const view = new TokView(buffer, 3, buffer.count, gapFlags(false, true));
    expect(view.get(0)).toEqual({ ...whole[3], spaced: false, breakBefore: true });
    expect(buffer.tok(3).spaced).toBe(true);
    expect((buffer as unknown as { made: unknown[] }).made.filter(Boolean)).toHaveLength(1);
  });

  it("answers kind, text and gap from the columns as the token objects would, outside the window too", () => {
    const text = "Prices rose 3/4 (a) in 2019-20.";
    const toks = tokenize(text);
    const buffer = new TokBuffer(text);
    buffer.read(0, text.length, true);
    const view = new TokView(buffer, 2, toks.length - 1, gapFlags(false, true));
    for (let i = -2; i < view.length + 2; i++) {
      const t = i === 0 ? { ...toks[2]!, spaced: false, breakBefore: true } : i >= 0 && i < view.length ? toks[2 + i] : undefined;
      expect(view.kind(i)).toBe(t?.kind);
      expect(view.spaced(i)).toBe(t?.spaced ?? false);
      expect(view.breakBefore(i)).toBe(t?.breakBefore ?? false);
      for (const s of ["/", "(", ")", "-", "3", "in", "in 2019"]) expect(view.is(i, s)).toBe(t?.text === s);
    }
    expect((buffer as unknown as { made: unknown[] }).made.filter(Boolean)).toHaveLength(0);
  });
});
