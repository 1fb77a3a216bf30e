import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, keyIdAt, keyText } from "@procmine/core";
import { MAX_PIECE, readChunks, scannerTable } from "../../packages/core/src/chunk-tokens.js";
import { Cuts, Scanner } from "../../packages/core/src/scanner.js";
import { analyzedFixture, fixtureTexts, generateProceedings, prng } from "../helpers.js";

// procmine cuts each chunk (text between wink-nlp's splitter's white space) with its scanner
// (core/scanner.ts), or hands it to wink-nlp once per process and remembers the tokens. That is
// only right if the scanner cuts as wink-nlp does and a chunk's tokens depend on its text alone:
// checked here against wink-nlp's own `readDoc` reading each chunk from the state a fresh
// process starts in (wink-nlp adds every word it does not know to its lexicon, and looks whole
// pieces up there first; the words one read added are taken out again before the next).

const require = createRequire(import.meta.url);
const winkNLP = require("wink-nlp");
const winkModel = require("wink-eng-lite-web-model");

/**
 * wink-nlp's token values of one text, read by its own `readDoc` from the state a fresh process
 * starts in: the words each read adds to the lexicon are taken out again afterwards.
 */
function freshWink(): (text: string) => string[] {
  const core = winkModel.core();
  const nlp = winkNLP({ ...winkModel, core: () => core }, []);
  const lexeme = core.features.lexeme as { hash: Record<string, number>; list: string[] };
  return (text) => {
    const mark = lexeme.list.length;
    const values = nlp.readDoc(text).tokens().out(nlp.its.value) as string[];
    for (let i = mark; i < lexeme.list.length; i++) delete lexeme.hash[lexeme.list[i]!];
    return values;
  };
}
const winkAlone = freshWink();
/** wink-nlp's own splitter (its model's `trex.helpers.splitter`): what separates chunks. */
const [splitter, flags] = winkModel.core().trex.helpers.splitter as [string, string];
const SPLITTER = new RegExp(splitter, flags);

/** Place token values in `text` left to right from `offset`, as core does. */
function place(text: string, offset: number, values: readonly string[], out: [number, number][]): void {
  let at = 0;
  for (const v of values) {
    if (v.trim() === "") continue;
    const found = text.startsWith(v, at) ? at : text.indexOf(v, at);
    if (found === -1) continue;
    out.push([offset + found, offset + found + v.length]);
    at = found + v.length;
  }
}

// The one place procmine parts from wink-nlp on purpose (core/ligatures.ts): a word wink-nlp cuts
// at a typographic ligature (`ﬁ`, U+FB00-FB06), all its pieces letters and abutting, is one token.
const LETTERS = /^[\p{L}\p{M}]+$/u;
const HAS_LIGATURE = /[\uFB00-\uFB06]/;
function joinLigatures(text: string, tokens: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    const start = tokens[i]![0];
    let end = tokens[i]![1];
    if (LETTERS.test(text.slice(start, end))) {
      while (j < tokens.length && tokens[j]![0] === end && LETTERS.test(text.slice(end, tokens[j]![1]))) end = tokens[j++]![1];
    }
    if (j > i + 1 && HAS_LIGATURE.test(text.slice(start, end))) {
      out.push([start, end]);
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

/** Tokens of one block as a fresh wink-nlp gives them reading each of its chunks alone. */
function freshChunkTokens(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  // The splitter captures the white space, so the parts put together are the block again.
  for (const part of text.slice(start, end).split(SPLITTER)) {
    if (part && !SPLITTER.test(part)) {
      const chunk: [number, number][] = [];
      place(part, at, winkAlone(part), chunk);
      out.push(...joinLigatures(text, chunk));
    }
    at += part.length;
  }
  return out;
}

function tokensOf(doc: ReturnType<typeof analyze>, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = doc.tokens.firstFrom(start); i < doc.tokens.count && doc.tokens.start(i) < end; i++) out.push([doc.tokens.start(i), doc.tokens.end(i)]);
  return out;
}

describe("tokens: remembered chunks give what a fresh wink-nlp gives on each chunk", () => {
  const texts = [
    ...fixtureTexts().map((f) => ({ id: f.id, doc: () => analyzedFixture(f) })),
    ...[1, 2, 3, 4, 5].map((seed) => ({ id: `generated #${seed}`, doc: () => analyze(generateProceedings(seed), { docId: `generated #${seed}` }) })),
  ];
  for (const { id, doc: read } of texts) {
    it(`on ${id}`, () => {
      const doc = read();
      let blocks = 0;
      for (const b of doc.blocks) {
        expect(tokensOf(doc, b.start, b.end), `block at ${b.start}`).toEqual(freshChunkTokens(doc.text, b.start, b.end));
        blocks++;
      }
      expect(blocks).toBeGreaterThan(0);
    });
  }

  it("on every mix of marks before, a core, and marks after (the scanner's cases and their edges)", () => {
    const before = ["", "(", "((", "“", '"', "'", "‘", "[", "{", "¿", "¡", "¿¡", "-", "–", "--", "—", "…", "*", "**", "$", "$$", "'$", ")", ":", ";"];
    const cores = ["word", "Word", "WORD", "Perú", "naïve", "a", "R", "x", "1990", "3.5", "1,000", "+5", "2020-2021", "Inc", "U.S", "Mr", "e.g", "in", "cannot", "dont", "it", "Erdoğan", "km2", "ﬁnance", "co-op",
      // Hyphenated words: cut into parts, or kept whole after a preserved prefix or before a preserved suffix.
      "long-term", "Anti-drug", "ANTI-drug", "state-of-the-art", "constructor-based", "care-less", "cannot-go", "USD-linked", "Bogotá-based", "x-ray", "a-b", "mid-year-end",
      // Joined by dashes (the em dash is a space in the analysis text, but not in a phrase).
      "war—peace", "war—", "war—peace—again", "war--peace", "war---peace", "war——peace", "war–peace", "USDA—x", "cannot—go", "war,peace", "war/peace,again", "a/b", "war,,peace", "war,USDA", "war//peace", "war/5", "1990s", "5pm", "3rd",
      // Ordinals (wink-nlp's pattern, case-sensitive), and a hyphenated word before a closing mark.
      "70th", "11th", "112nd", "21st", "4TH", "1th", "Five-fold", "year-round", "inter-American"];
    const after = ["", ".", ",", ")", ").", "),", ")”", "”", "”.", '"', ";", ":", "?", "!", "?!", "'", "’", "'s", "’s", "...", "..", "-", "--", "/", ");", ":)", "%", "]", "…", "।", "’s", "’S", "'S", "'s,", "’s.", "**", "**:", ":**", "*)", "%.", "%)", "%,", "—", "}"];
    const lines: string[] = [];
    for (const b of before) for (const c of cores) lines.push(after.map((a) => b + c + a).join(" "));
    const raw = lines.join("\n\n") + "\n";
    const doc = analyze(raw, { docId: "marks" });
    for (const b of doc.blocks) expect(tokensOf(doc, b.start, b.end), doc.text.slice(b.start, b.end)).toEqual(freshChunkTokens(doc.text, b.start, b.end));
    expect(doc.tokens.count).toBeGreaterThan(before.length * cores.length * after.length);
  });

  // The new-text corpus (bench/new-text-corpus.mjs), where it has been built: real text in three
  // languages that no fixture has, a few documents of each.
  const corpus = [join(import.meta.dirname, "../../.bench-tmp/new-text"), "/work/corpus/new-text"].find((d) => existsSync(d));
  it.skipIf(!corpus)("on a sample of the new-text corpus", () => {
    for (const lang of ["en", "es", "pt"]) {
      const dir = join(corpus!, lang);
      for (const f of readdirSync(dir).sort().slice(0, 4)) {
        const doc = analyze(readFileSync(join(dir, f), "utf8"), { docId: f });
        // A run longer than MAX_PIECE is cut on purpose (a base64 image, a long URL): not compared.
        const comparable = doc.blocks.filter((b) => doc.text.slice(b.start, b.end).split(/\s+/).every((run) => run.length <= MAX_PIECE));
        for (const b of comparable) expect(tokensOf(doc, b.start, b.end), `${lang}/${f} block at ${b.start}`).toEqual(freshChunkTokens(doc.text, b.start, b.end));
      }
    }
  });

  // Every distinct chunk of the corpus, cut alone: what the scanner cuts, held to wink-nlp on some
  // 180,000 real chunks (hyphenated words, possessives, markup, three languages).
  it.skipIf(!corpus)("on every distinct chunk of the new-text corpus", () => {
    const chunks = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith(".txt")) for (const c of readFileSync(join(dir, e.name), "utf8").split(SPLITTER)) if (c && !SPLITTER.test(c) && c.length <= MAX_PIECE) chunks.add(c);
      }
    };
    walk(corpus!);
    const list = [...chunks].sort();
    for (let i = 0; i < list.length; i += 2000) {
      const text = list.slice(i, i + 2000).join(" ");
      const ours: [number, number][] = [];
      readChunks(text, 0, text.length, (start, end) => ours.push([start, end]));
      expect(ours, `chunks ${i} to ${i + 2000}`).toEqual(freshChunkTokens(text, 0, text.length));
    }
  });

  // HTML references left as written (a page with too few of them to decode), and other letters
  // joined by `&` and `;`: cut by the scanner, not by analyze's decoded text, so read as chunks.
  it("on letters joined by & and ; (HTML references as written)", () => {
    const words = ["pol&iacute;tico", "n&atilde;o", "s&eacute;culos", "tr&ecirc;s", "t&ecirc;m", "&ldquo;O", "&aacute;rea", "declara&ccedil;&otilde;es", "AT&T", "a&b", "a&&b", "x&", "&x",
      "&amp;", "&amp;;", "word;;o", "x&y;D;p", "x&y;;X", "USD&amp;", "&USD;", "Ab&Cd&Ef;x", "&&", "&;", "b&o;", "Ç&ã;ÿ&ß", "cannot&do", "can&not;do",
      "Justi&ccedil;a.", "Finan&ccedil;as.", "Tribut&aacute;rio,", "isolados&rdquo;,", "x&y.", "x&.", "&a.", "b&c;,", "b&c;.", "a&b;Inc.", "a&b;etc.", "a&b;U.S.", "x&y,.", "x.&y"];
    const text = words.join(" ");
    const ours: [number, number][] = [];
    readChunks(text, 0, text.length, (start, end) => ours.push([start, end]));
    expect(ours).toEqual(freshChunkTokens(text, 0, text.length));
  });

  // Typewriter quotation marks (two apostrophes) around a word, with a period or comma inside.
  it("on words between doubled apostrophes", () => {
    const words = ["''quiet", "''Quiet''", "harbour''", "harbour.''", "Harbour,''", "''x", "x''", "x.''", "''ab", "ab.''", "''USD", "USDs''", "''Inc.''", "Inc.''", "etc.''",
      "''cannot", "cannot''", "dont.''", "''em", "''tis", "''s", "goin''", "''''word", "word''''", "word.'''", "''word.", "''word,''", "'word''", "''word'", "''Perú''", "''naïve.''",
      "''co-op''", "''word;''", "''1990''", "''Ab''s", "word!''", "''word''.", "''Mr.''", "Mr.''", "U.S.''", "''U.S.", "''ÀÉÎ,''", "''WORD''"];
    const text = words.join(" ");
    const ours: [number, number][] = [];
    readChunks(text, 0, text.length, (start, end) => ours.push([start, end]));
    expect(ours).toEqual(freshChunkTokens(text, 0, text.length));
  });

  // Markdown emphasis, brackets and closing marks around words and numbers, hyphenated words in
  // brackets, a number and a hyphenated unit: what wink-nlp's recursive tokenizer cuts mark by mark.
  it("on marks the recursive tokenizer cuts around words and numbers", () => {
    const before = ["", "(", "((", "[", "{", "“", '"', "‘", "¿", "¡", "*", "**", "(**", "**(", "**$", "$", "“*", "-", "'", ":", ")", "…"];
    const cores = ["harbour", "Lanterns", "KLMN", "ab", "x", "Perú", "2019", "12,500", "3.5", "12:30", "12:45", "7", "tide-pool", "ANTI-fog", "co-op", "care-less", "fog-USD", "x-ray-fish", "30-acre", "4-year-old", "5-x", "and/or", "ebb--flow", "Inc", "cannot", "dont", "Mr", "e.g", "U.S", "lantern's", "USDA"];
    const after = ["", ".**", ":**", "**.", "**", ").", "),", ".)", ":*", ";*", ":-*", "'s)", "’s”", "'s.", "'s**", ":)", "):", ");", ":D", ":p", ".**,", "*.*", ":**:", "!)", "?)", "...**", ".:", ",.", "**;", ")**", "”).", "%**", "%).", ".", ",", ")", "”", "…", "!", "?", "..", "*:*", ":*)", ".'", "-", "-**", "):*", ":/", ";3"];
    const lines: string[] = [];
    for (const b of before) for (const c of cores) lines.push(after.map((a) => b + c + a).join(" "));
    const text = lines.join(" ");
    const ours: [number, number][] = [];
    readChunks(text, 0, text.length, (start, end) => ours.push([start, end]));
    expect(ours).toEqual(freshChunkTokens(text, 0, text.length));
  });

  // Random runs of words, numbers and marks (invented pieces, joined without space): where the
  // scanner cuts a chunk mark by mark it must agree with wink-nlp, whatever the mix.
  it("on random mixes of words, numbers and marks", () => {
    const pieces = ["ab", "Lantern", "x", "USD", "G", "vw", "km", "am", "th", "nd", "Ä", "...", "s", "R", "1990", "in", "Inc", "US", "anti", "co", "-", "--", "---", "–", "——", "—", ".", "..", ",", ":", ";", "*", "**", "<", ">", "/", "//", "'", "’", "s", "'s", "’S", "$", "12", "3", "1,000", "0s", "th", "pm",
      "(", ")", "[", "]", "{", "}", "“", "”", '"', "‘", "!", "?", "%", "+", "=", "|", "~", "^", "`", "¿", "¡", "…", "u", "é", "Ω", "&", "@", "#", "Mr", "e.g", "cannot", "dont", "less", "©", "£", "\\", "\u0301"];
    const rnd = prng(23);
    const chunks: string[] = [];
    for (let k = 0; k < 30000; k++) {
      let chunk = "";
      const n = 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < n; i++) chunk += pieces[Math.floor(rnd() * pieces.length)];
      chunks.push(chunk);
    }
    const text = chunks.join(" ");
    const ours: [number, number][] = [];
    readChunks(text, 0, text.length, (start, end) => ours.push([start, end]));
    expect(ours).toEqual(freshChunkTokens(text, 0, text.length));
  });

  // The shapes above are the scanner's own now: none of them needs wink-nlp's tokenizer.
  it("cuts marks around words, numbers and hyphenated words without wink-nlp", () => {
    const { lexemes, preserve } = scannerTable();
    const scanner = new Scanner(new Map(lexemes), preserve);
    const cuts = new Cuts();
    for (const chunk of ["Lanterns.**", "Harbour:**", "**Harbour:**", "lantern**.", "(KLMN).", "(2019),", "(7).", "(TIDE-POOL)", "(Fog-Bank),", "**12,500**", "**$15", "30-acre", "4-year-old,", "**Lanterns.**", "(lantern's)", "“Harbour”).", "<td>71,000</td>", "**<u>with", "Lantern</u>**", "'tis", "(x)'s", "=Lantern|", "Lantern.**Harbour", "(Fog-Bank)'s", "lantern...", "harbour--", "“I", "5G", "(100vw),"]) {
      cuts.count = 0;
      expect(scanner.scanChunk(chunk, 0, chunk.length, cuts), chunk).toBe(true);
      const ours: [number, number][] = [];
      for (let k = 0; k < cuts.count; k += 2) ours.push([cuts.data[k]!, cuts.data[k + 1]!]);
      expect(ours, chunk).toEqual(freshChunkTokens(chunk, 0, chunk.length));
    }
  });

  it("are the same read first, read again, and read after other documents", () => {
    const { raw } = fixtureTexts()[0]!;
    const first = analyze(raw, { docId: "a" });
    for (const { raw: other } of fixtureTexts().slice(1)) analyze(other, { docId: "b" });
    const again = analyze(raw, { docId: "a" });
    expect(again.tokens.count).toBe(first.tokens.count);
    expect(tokensOf(again, 0, again.text.length)).toEqual(tokensOf(first, 0, first.text.length));
  });

  it("never cross white space, and stay in order, on junk text", () => {
    const rnd = prng(11);
    const pieces = ["U.S.", "can't", "3.5%", "e.g.", "“", "”", "(", ")", "—", "-", "\u00a0", "\u2009", "\t", "\r\n", " ", "  ", "\f", "\v", "Perú", "🙂", "a@b.org", "#tag", "1,000", "'s", "...", "ﬁ"];
    for (let k = 0; k < 200; k++) {
      let raw = "";
      for (let i = 0; i < 80; i++) raw += pieces[Math.floor(rnd() * pieces.length)];
      if (!raw.trim()) continue;
      const doc = analyze(raw, { docId: `junk${k}` });
      let last = -1;
      for (let i = 0; i < doc.tokens.count; i++) {
        const s = doc.tokens.start(i);
        const e = doc.tokens.end(i);
        expect(s).toBeGreaterThanOrEqual(last);
        expect(e).toBeGreaterThan(s);
        expect(doc.text.slice(s, e)).not.toMatch(/[ \n\t\r\u00a0\u2009]/);
        last = e;
      }
    }
  });
});

describe("tokens: a piece of letters, ASCII or Latin-1 (and one closing mark), read in one pass", () => {
  // readChunks cuts a piece of ASCII or Latin-1 letters alone (its end, its letters and its key's hash in one
  // pass); held here to the scanner and the spelling table reading every piece as before.
  const scanner = new Scanner(new Map(scannerTable().lexemes), scannerTable().preserve);
  function asBefore(text: string, start: number, end: number): [number, number, number, number][] {
    const out: [number, number, number, number][] = [];
    const pieces = text.slice(start, end).split(/([ \t\n\r\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+)/);
    let at = start;
    for (const p of pieces) {
      if (p && !/^[ \t\n\r\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+$/.test(p) && p.length <= MAX_PIECE) {
        const cuts = new Cuts();
        if (scanner.scanChunk(text, at, at + p.length, cuts)) {
          for (let k = 0; k < cuts.count; k += 2) out.push([cuts.data[k]!, cuts.data[k + 1]!, -1, keyIdAt(text, cuts.data[k]!, cuts.data[k + 1]!)]);
        } else out.push([at, at + p.length, -2, -2]);
      }
      at += p.length;
    }
    return out;
  }
  function now(text: string, start: number, end: number): [number, number, number, number][] {
    const out: [number, number, number, number][] = [];
    readChunks(text, start, end, (a, b, _kind, key) => out.push([a, b, -1, key]));
    return out;
  }

  it("cuts words, words and a closing mark, lexemes, contractions and words cut by the reading's end as the scanner and the spelling table do", () => {
    const rnd = prng(23);
    const words = ["the", "Valley", "COUNCIL", "cannot", "Cannot", "gonna", "wanna", "ledger", "x", "ab", "a".repeat(MAX_PIECE), "b".repeat(MAX_PIECE - 1), "etc.", "R.", "Inc.", "ledger,", "cannot.", "valley)", "Council”", "word…", "end;", "a".repeat(MAX_PIECE - 1) + ",", "b".repeat(MAX_PIECE) + ".", "Câmara", "não", "também,", "está.", "Perú”", "São", "ÿö", "×", "a×b", "naïve", "Øresund;", "año", "ñ"];
    const gaps = [" ", "  ", "\n", "\t", "\u00a0", "\u2009"];
    let contractions = 0;
    for (let n = 0; n < 300; n++) {
      let text = "";
      for (let k = 0; k < 12; k++) text += words[Math.floor(rnd() * words.length)] + gaps[Math.floor(rnd() * gaps.length)]!;
      const start = Math.floor(rnd() * 5);
      const end = text.length - Math.floor(rnd() * 6);
      const expected = asBefore(text, start, end);
      const got = now(text, start, end);
      // Pieces the scanner leaves to wink-nlp (contractions) are compared by where they lie only.
      const wink = expected.filter((t) => t[2] === -2).map((t): [number, number] => [t[0], t[1]]);
      const scanned = expected.filter((t) => t[2] === -1);
      for (const t of scanned) expect(got).toContainEqual(t);
      for (const [a, b] of wink) expect(got.filter((t) => t[0] >= a && t[1] <= b).length).toBeGreaterThan(1);
      contractions += wink.length;
    }
    expect(contractions).toBeGreaterThan(0);
  });

  it("gives a word its key by its spelling, however the reading came to it", () => {
    const text = "Valley valley VALLEY Valleys";
    const got = now(text, 0, text.length);
    expect(got.map((t) => keyText(t[3]))).toEqual(["valley", "valley", "valley", "valleys"]);
    expect(got.map((t) => t[3])).toEqual([keyIdAt("Valley", 0, 6), keyIdAt("valley", 0, 6), keyIdAt("VALLEY", 0, 6), keyIdAt("Valleys", 0, 7)]);
  });
});
