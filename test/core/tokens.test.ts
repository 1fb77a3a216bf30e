import { describe, expect, it } from "vitest";
import { analyze } from "../../packages/core/src/index.js";
import { TextIndex } from "../../packages/core/src/text-index.js";
import { foldKey, keyIdAt, keyIdAtHashed, keyIdOf, keyIdOfToken, keyText, restoreKeys, savedKeys } from "../../packages/core/src/tokens.js";

describe("key ids", () => {
  it("give a spelling its folded key when the key came first (as a gazetteer phrase brings it)", () => {
    // Every code unit of Latin scripts, combining marks and beyond, inside a word and beside a mark.
    const misses: string[] = [];
    for (let c = 0; c < 0x400; c++) {
      for (const spelling of [`q${String.fromCharCode(c)}Z`, `${String.fromCharCode(c)}\u0301w${String.fromCharCode(c)}`]) {
        const key = foldKey(spelling);
        // The key first, then the spelling must find that same id.
        const id = keyIdOfToken(key);
        if (keyText(id) !== key || keyIdOfToken(spelling) !== id) misses.push(spelling);
      }
    }
    expect(misses).toEqual([]);
  });

  it("give every spelling of a word one id, whichever spelling or the key itself came first, read in place or as a string", () => {
    const text = "zorvak ZORVAK Zorvák zórvak";
    // Thousands of words first, so the indexes grow (and re-file their entries) in between.
    const filler = Array.from({ length: 5000 }, (_, i) => keyIdOfToken(`filler${i}word`));
    const ids = [0, 7, 14, 21].map((start) => keyIdAt(text, start, start + 6));
    expect(new Set(ids).size).toBe(1);
    expect(keyText(ids[0]!)).toBe("zorvak");
    expect(keyIdOf("zorvak")).toBe(ids[0]);
    expect(keyIdOfToken("ZorVak")).toBe(ids[0]);
    // Ids are positions in the vocabulary a build saves, each word once.
    const saved = savedKeys();
    expect(saved[ids[0]!]).toBe("zorvak");
    expect(filler.map((id) => saved[id])).toEqual(filler.map((_, i) => `filler${i}word`));
    expect(new Set(saved).size).toBe(saved.length);
  });
});

describe("the empty key", () => {
  it("is interned once, however often it is asked for", () => {
    const first = keyIdOf("");
    expect(keyIdOf("")).toBe(first);
    expect(keyIdAt("abc", 1, 1)).toBe(first);
    expect(savedKeys().filter((k) => k === "")).toHaveLength(1);
  });
});

/** FNV-1a over `text[start, end)` counted as a reader counts as it scans (chunk-tokens.ts): past the text, `charCodeAt` is NaN. */
function scannedHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

describe("a span reaching past its text (a block whose end overshoots the text)", () => {
  it("is interned as what it holds of the text, once, however often and by whichever path it is read", () => {
    const empty = keyIdOf("");
    const word = keyIdOf("trelvonia");
    const text = "reached trelvonia";
    for (let k = 0; k < 3; k++) {
      // The empty rest past the end, and the last word with one character too many.
      expect(keyIdAt(text, text.length, text.length + 1)).toBe(empty);
      expect(keyIdAtHashed(text, text.length, text.length + 1, scannedHash(text, text.length, text.length + 1))).toBe(empty);
      expect(keyIdAtHashed(text, 8, text.length + 1, scannedHash(text, 8, text.length + 1))).toBe(word);
      expect(keyIdAt(text, 8, text.length + 2)).toBe(word);
    }
    const saved = savedKeys();
    expect(saved.filter((k) => k === "")).toHaveLength(1);
    expect(saved.filter((k) => k === "trelvonia")).toHaveLength(1);
    expect(new Set(saved).size).toBe(saved.length);
  });

  it("in a document whose last character is dropped from the analysis text, the last word keeps its one id", () => {
    // A soft hyphen or a zero-width space at the very end: the last block ends past the text.
    const id = keyIdOf("quarnavia");
    for (const [k, raw] of ["The patrol reached quarnavia\u00ad", "The patrol reached quarnavia \u200b", "The patrol reached quarnavia\u00ad"].entries()) {
      const doc = analyze(raw, { docId: `end${k}` });
      const last = [...Array(doc.tokens.count).keys()].filter((i) => doc.tokens.text(i) === "quarnavia");
      expect(last.map((i) => doc.tokens.keyId(i))).toEqual([id]);
    }
    const saved = savedKeys();
    expect(saved.filter((k) => k === "" || k === "quarnavia").sort()).toEqual(["", "quarnavia"]);
    expect(new Set(saved).size).toBe(saved.length);
  });
});

describe("a saved vocabulary", () => {
  it("holding a key twice is refused, and nothing is interned", () => {
    const before = savedKeys();
    expect(restoreKeys([...before, "wexmoor", "dalfrent", "wexmoor"])).toBe(false);
    expect(savedKeys()).toEqual(before);
    expect(restoreKeys([...before, "wexmoor", "dalfrent"])).toBe(true);
    expect(savedKeys().slice(before.length)).toEqual(["wexmoor", "dalfrent"]);
  });

  it("with its hash table, is taken as it is: every key keeps its id, and new keys follow", () => {
    const keys = [...savedKeys(), "brelmouth", "quistavel", "dornwick"];
    const built = new TextIndex();
    for (const key of keys) built.add(key);
    expect(restoreKeys(keys, built.table())).toBe(true);
    expect(savedKeys()).toEqual(keys);
    keys.forEach((key, id) => expect(keyIdOf(key)).toBe(id));
    expect(keyIdOfToken("Quistavel")).toBe(keys.indexOf("quistavel"));
    expect(keyIdOf("yarrowfen")).toBe(keys.length);
  });

  it("with a table of the wrong shape, is filed key by key as without one", () => {
    const keys = [...savedKeys(), "hollinmere"];
    expect(restoreKeys(keys, { hashes: new Int32Array(3), slots: new Int32Array(3) })).toBe(true);
    expect(keyIdOf("hollinmere")).toBe(keys.length - 1);
  });
});
