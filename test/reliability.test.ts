import { describe, expect, it } from "vitest";
import {
  AnnotationSchema,
  ProcmineExtractorError,
  ProcmineUsageError,
  analyze,
  createPipeline,
  splitWindows,
  tokenize,
  type Annotation,
  type Extractor,
  type Mention,
} from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { MAX_PIECE } from "../packages/core/src/chunk-tokens.js";
import { prng } from "./helpers.js";

// Hostile and broken input (issue #13): generated texts that once took time in the square of
// their length, absurd values, odd line endings and wrong calls. The sizes are modest (200 KB to
// 1 MB) but far past where the quadratic versions ran for minutes: a regression shows as a test
// that does not finish. No assertion is about time; bench/linearity.mjs prints the figures.

const pipeline = createPipeline({ extractors: defaultExtractors });

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Every record points at its raw characters and fits the published schema. */
function expectSound(raw: string, annotations: readonly Annotation[]): void {
  const wrong = annotations.filter((a) => raw.slice(a.start, a.end) !== a.text || !AnnotationSchema.safeParse(a).success);
  expect(wrong).toEqual([]);
}

/** The longest token of a document, in characters. */
function longestToken(doc: ReturnType<typeof analyze>): number {
  let longest = 0;
  for (let i = 0; i < doc.tokens.count; i++) longest = Math.max(longest, doc.tokens.end(i) - doc.tokens.start(i));
  return longest;
}

function base64(size: number, seed: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const rnd = prng(seed);
  let out = "";
  while (out.length < size) out += alphabet[Math.floor(rnd() * 64)];
  return out;
}

describe("runs of text without white space are read in linear time", () => {
  const cases: [string, string][] = [
    ["a 400 KB word", repeat("abcdefghij", 400_000)],
    ["400 KB of U.S.U.S.", repeat("U.S.", 400_000)],
    ["a 400 KB base64 image in a paragraph", `The image follows: data:image/png;base64,${base64(400_000, 7)} and ends here.`],
    ["300 KB of one-one-one", repeat("one-", 300_000)],
    ["200 KB of $1$1", repeat("$1", 200_000)],
    ["200 KB of 5-5-5", repeat("5-", 200_000)],
  ];
  for (const [name, raw] of cases) {
    it(`annotates ${name}, with bounded tokens and exact offsets`, () => {
      const { document, annotations } = pipeline.annotate(raw, { docId: "run" });
      expect(document.tokens.count).toBeGreaterThan(raw.length / (2 * MAX_PIECE));
      expect(longestToken(document)).toBeLessThanOrEqual(MAX_PIECE);
      expectSound(raw, annotations);
    });
  }

  it("cuts a long run after punctuation, so U.S. stays whole", () => {
    const tokens = tokenize(repeat("U.S.", 4 * MAX_PIECE));
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    for (const t of tokens) expect(t).toMatch(/^(?:U\.S\.)+$/);
    expect(tokenize(repeat("word-", 5 * MAX_PIECE)).filter((w) => w !== "-")).toEqual(Array(5 * MAX_PIECE / 5).fill("word"));
  });

  it("never cuts a surrogate pair nor puts a combining mark first", () => {
    for (const unit of ["\u{1F642}", "e\u0301", "a\u{1D400}"]) {
      const raw = unit.repeat(2 * MAX_PIECE + 7);
      const doc = analyze(raw, { docId: "marks" });
      for (let i = 0; i < doc.tokens.count; i++) {
        const text = doc.tokens.text(i);
        // Well formed: no lone surrogate (String.prototype.isWellFormed is ES2024).
        expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(text).not.toMatch(/^\p{M}/u);
      }
    }
  });

  it("tokenizes a run at most as long as a piece exactly as before: whole", () => {
    const url = `https://example.org/${"segment/".repeat(15)}index.html`;
    expect(url.length).toBeLessThanOrEqual(MAX_PIECE);
    expect(tokenize(url)).toEqual([url]);
  });
});

describe("long lines and long blocks are read in linear time", () => {
  it("joins 1 MB of hyphenated line ends into bounded tokens", () => {
    for (const unit of ["word-\n", "Word-\n"]) {
      const raw = repeat(unit, 1_000_000);
      const { document, annotations } = pipeline.annotate(raw, { docId: "hyphens" });
      expect(document.structure.lines.count).toBeGreaterThan(100_000);
      expect(longestToken(document)).toBeLessThanOrEqual(MAX_PIECE);
      expectSound(raw, annotations);
    }
  });

  it("reads a shouted paragraph of 400 KB (one run of capitalized words) without overflowing the stack", () => {
    for (const unit of ["THE ARMY OF THE NAVY OF ", "The Army Of The Ministry Of Defense Of "]) {
      const raw = repeat(unit, 400_000);
      const { document, annotations } = pipeline.annotate(raw, { docId: "caps" });
      expect(document.tokens.count).toBeGreaterThan(50_000);
      expectSound(raw, annotations);
    }
  });

  it("gives each bare national body the nearest country named before it, in one 1 MB line", () => {
    const countries = ["Colombia", "Peru", "Brazil", "Chile", "Ecuador"];
    const rnd = prng(3);
    let raw = "";
    const expected: string[] = [];
    while (raw.length < 1_000_000) {
      const country = countries[Math.floor(rnd() * countries.length)]!;
      raw += `Delegates from ${country} spoke at length. `;
      if (rnd() < 0.5) {
        raw += "Then the Army replied. ";
        expected.push(country);
      }
    }
    const orgPipeline = createPipeline({ extractors: defaultExtractors, types: ["country", "organization"] });
    const { annotations } = orgPipeline.annotate(raw, { docId: "one-line" });
    const iso3 = new Map(annotations.filter((a) => a.type === "country").map((a) => [a.text, a.iso3]));
    const armies = annotations.filter((a) => a.type === "organization" && a.text === "Army");
    expect(armies).toHaveLength(expected.length);
    armies.forEach((a, k) => expect(a.type === "organization" && a.country).toBe(iso3.get(expected[k]!)));
  });
});

describe("windows of a long document without newlines", () => {
  const prose = "The Colombian Army seized 5 tons of cocaine near Peru. Drug trafficking rose 12% in Brazil, officials said. ";

  it("are cut after a sentence, else at white space, else at a character boundary, and cover the bytes", () => {
    const encoder = new TextEncoder();
    for (const raw of [repeat(prose, 300_000), repeat("lorem ipsum ", 300_000), repeat("é", 300_000), repeat("\u{1F642}", 300_000)]) {
      const bytes = encoder.encode(raw);
      const windows = splitWindows(bytes, 20_000);
      expect(windows.length).toBeGreaterThan(10);
      let at = 0;
      for (const w of windows) {
        expect(w.start).toBe(at);
        expect(w.end - w.start).toBeLessThanOrEqual(40_000);
        // Every window decodes on its own: no cut inside a character.
        expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(w.start, w.end))).not.toThrow();
        at = w.end;
      }
      expect(at).toBe(bytes.length);
      if (raw.startsWith("The")) for (const w of windows.slice(0, -1)) expect(new TextDecoder().decode(bytes.subarray(w.end - 2, w.end))).toBe(". ");
      if (raw.startsWith("lorem")) for (const w of windows.slice(0, -1)) expect(bytes[w.end - 1]).toBe(0x20);
    }
  });

  it("give what annotate gives, with exact offsets, columns and line 1 throughout", () => {
    const raw = repeat(prose, 200_000);
    const whole = pipeline.annotate(raw, { docId: "flat" }).annotations;
    const streamed = [...pipeline.annotateStream(raw, { docId: "flat", windowSize: 15_000 })];
    expect(streamed.length).toBeGreaterThan(10);
    const annotations = streamed.flatMap((w) => w.annotations);
    expectSound(raw, annotations);
    for (const a of annotations) {
      expect(a.line).toBe(1);
      expect(a.column).toBe(a.start + 1);
      expect(a.page).toBe(1);
    }
    expect(annotations).toEqual(whole);
  });
});

describe("one bad mention never costs its document", () => {
  const absurd = `The Army of Colombia seized ${"9".repeat(310)} tons of cocaine and 12 boats near Peru.`;

  it("an absurd number is no claim, and the rest of the document is annotated", () => {
    const { annotations, skipped } = pipeline.annotate(absurd, { docId: "absurd" });
    expect(skipped).toEqual([]);
    expectSound(absurd, annotations);
    const numbers = annotations.filter((a) => a.type === "numeric_claim");
    expect(numbers.map((a) => [a.text, a.type === "numeric_claim" && a.value])).toEqual([["12", 12]]);
    expect(annotations.filter((a) => a.type === "country").map((a) => a.text)).toEqual(["Colombia", "Peru"]);
  });

  const proposing = (mentions: (doc: { text: string }) => unknown[]): Extractor => ({
    name: "proposer",
    version: "9.9.9",
    types: ["numeric_claim", "country"],
    extract: (doc) => mentions(doc) as Mention[],
  });

  it("an invalid mention is left out and reported with the extractor and the field", () => {
    const bad = proposing(() => [
      { type: "numeric_claim", start: 0, end: 3, attrs: { value: Number.POSITIVE_INFINITY }, rule: "digits" },
      { type: "numeric_claim", start: 4, end: 8, attrs: { value: 4 }, rule: "digits", confidence: 5 },
      { type: "numeric_claim", start: 9, end: 12, attrs: { value: 4 }, rule: "digits", confidence: Number.NaN },
      { type: "country", start: 13, end: 16, attrs: { iso3: "colombia" }, rule: "name" },
      { type: "country", start: 0, end: 1_000, attrs: { iso3: "COL" }, rule: "name" },
      { type: "threat", start: 0, end: 3, attrs: { category: "terrorism" }, rule: "term" },
      null,
      { type: "country", start: 17, end: 20, attrs: { iso3: "PER" }, rule: "name" },
    ]);
    const text = "abc defg hij klm nop and more";
    const { annotations, skipped } = createPipeline({ extractors: [bad] }).annotate(text, { docId: "bad" });
    expect(annotations.map((a) => a.text)).toEqual(["nop"]);
    expect(skipped).toHaveLength(7);
    for (const s of skipped) expect(s.extractor).toBe("proposer@9.9.9");
    const reasons = skipped.map((s) => s.reason).join("\n");
    expect(reasons).toMatch(/value/);
    expect(reasons).toMatch(/confidence: expected a number in \[0, 1\], got number 5/);
    expect(reasons).toMatch(/confidence: expected a number in \[0, 1\], got number NaN/);
    expect(reasons).toMatch(/iso3/);
    expect(reasons).toMatch(/span \[0, 1000\)/);
    expect(reasons).toMatch(/type the string "threat" is not one it declares/);
    expect(reasons).toMatch(/not a mention: null/);
    for (const r of skipped.map((s) => s.reason)) expect(r).not.toContain("\n");
  });

  it("an extractor that throws or returns no list is an error that names it", () => {
    const throwing = proposing(() => {
      throw "out of coffee";
    });
    expect(() => createPipeline({ extractors: [throwing] }).annotate("Some text.", { docId: "t" })).toThrow(ProcmineExtractorError);
    expect(() => createPipeline({ extractors: [throwing] }).annotate("Some text.", { docId: "t" })).toThrow(/proposer@9\.9\.9.*out of coffee/);
    const empty = proposing(() => null as unknown as unknown[]);
    expect(() => createPipeline({ extractors: [empty] }).annotate("Some text.", { docId: "t" })).toThrow(/proposer@9\.9\.9: returned null/);
    const failingGenerator: Extractor = {
      name: "lazy",
      version: "1.0.0",
      types: ["country"],
      // eslint-disable-next-line require-yield
      *extract() {
        throw new TypeError("cannot read x of undefined");
      },
    };
    expect(() => createPipeline({ extractors: [failingGenerator] }).annotate("Some text.", { docId: "t" })).toThrow(/lazy@1\.0\.0.*TypeError: cannot read x/);
  });
});

describe("library misuse is a clear error naming the argument", () => {
  const wrong = (f: () => unknown, argument: RegExp) => {
    let thrown: unknown;
    try {
      f();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ProcmineUsageError);
    expect((thrown as Error).message).toMatch(argument);
    expect((thrown as Error).message).not.toContain("\n");
  };

  it("in annotate and annotateStream", () => {
    const p = pipeline as unknown as Record<string, (...args: unknown[]) => unknown>;
    wrong(() => p.annotate!(null, { docId: "x" }), /^annotate\(raw\): .*got null/);
    wrong(() => p.annotate!(Buffer.from("text"), { docId: "x" }), /^annotate\(raw\): .*got a Buffer.*annotateStream/);
    wrong(() => p.annotate!("text"), /^annotate\(options\): .*got undefined/);
    wrong(() => p.annotate!("text", {}), /^annotate\(options\.docId\): .*got undefined/);
    wrong(() => p.annotate!("text", { docId: "" }), /^annotate\(options\.docId\): .*got the string ""/);
    wrong(() => p.annotateStream!(42, { docId: "x" }), /^annotateStream\(input\): .*got number 42/);
    wrong(() => p.annotateStream!("text", { docId: "x", windowSize: 0 }), /^annotateStream\(options\.windowSize\)/);
    wrong(() => (analyze as unknown as (...a: unknown[]) => unknown)(undefined, { docId: "x" }), /^analyze\(raw\)/);
  });

  it("in createPipeline", () => {
    const create = createPipeline as unknown as (o: unknown) => unknown;
    wrong(() => create(undefined), /^createPipeline\(options\)/);
    wrong(() => create({}), /^options\.extractors: expected an array/);
    wrong(() => create({ extractors: [] }), /^options\.extractors: expected at least one/);
    wrong(() => create({ extractors: defaultExtractors, types: "country" }), /^options\.types: .*got the string "country"/);
    wrong(() => create({ extractors: defaultExtractors, types: ["country", "weather"] }), /^options\.types: unknown annotation type the string "weather"/);
    wrong(() => create({ extractors: [defaultExtractors[0]], types: ["threat"] }), /^options\.types: no extractor given produces "threat"/);
    wrong(() => create({ extractors: [{ name: "x", version: "1", types: ["country"] }] }), /^options\.extractors\[0\] \(x\)\.extract: expected a function/);
    wrong(() => create({ extractors: [{ name: "x", version: "1", types: ["place"], extract() {} }] }), /^options\.extractors\[0\] \(x\)\.types/);
  });
});

describe("line endings and signs", () => {
  it("reads lone CR line endings as line breaks, offsets still raw", () => {
    const lines = ["DAY ONE", "", "Officials of Colombia met the", "delegation of Peru in the capital.", "", "Drug trafficking rose 12% in Brazil."];
    const lf = pipeline.annotate(lines.join("\n"), { docId: "d" }).annotations;
    const crRaw = lines.join("\r");
    const cr = pipeline.annotate(crRaw, { docId: "d" }).annotations;
    expectSound(crRaw, cr);
    expect(cr.map((a) => [a.type, a.start, a.end, a.line, a.column, a.sentence, a.section])).toEqual(
      lf.map((a) => [a.type, a.start, a.end, a.line, a.column, a.sentence, a.section]),
    );
    expect(Math.max(...cr.map((a) => a.line))).toBe(6);
    const doc = analyze(crRaw, { docId: "d" });
    expect(doc.structure.lines.count).toBe(6);
    expect(doc.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(2);
  });

  it("keeps a minus sign before a number in the value and the span, not a hyphen", () => {
    const numbers = createPipeline({ extractors: defaultExtractors, types: ["numeric_claim"] });
    const read = (text: string) => numbers.annotate(text, { docId: "n" }).annotations.map((a) => [a.text, a.type === "numeric_claim" && a.value]);
    expect(read("Coca exports changed by -5% last year.")).toEqual([["-5%", -5]]);
    expect(read("The balance stood at \u22123.2 percent in March.")).toEqual([["\u22123.2 percent", -3.2]]);
    expect(read("The index moved (-4.5) points.")).toEqual([["-4.5", -4.5]]);
    expect(read("Seizures grew 5-10% in the ports.")).toEqual([["5-10%", [5, 10]]]);
    expect(read("The COVID-19 wave passed.")).toEqual([]);
    expect(read("An en dash is no minus: growth of \u20135% held.")).toEqual([["5%", 5]]);
  });
});
