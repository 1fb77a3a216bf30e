import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "@procmine/core";

// wink-nlp adds every word it does not know to its lexicon for the rest of the process, and
// looks a whole piece up there before cutting it: once `Zorvathi's.` has been read (cut into
// `Zorvathi's` `.`), a later `Zorvathi's` would come out whole instead of `Zorvathi` `'s`. A
// document's tokens, and so its annotations, must not depend on what the process read before.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);
const winkNLP = require("wink-nlp");
const winkModel = require("wink-eng-lite-web-model");

function tokens(raw: string, docId: string): string[] {
  const doc = analyze(raw, { docId });
  return Array.from({ length: doc.tokens.count }, (_, i) => `${doc.tokens.start(i)}:${doc.tokens.text(i)}`);
}

/** The token values each chunk gets from a brand-new wink-nlp instance (one that read nothing). */
function freshWinkValues(chunks: readonly string[]): string[] {
  return chunks.flatMap((c) => {
    const nlp = winkNLP(winkModel, []);
    return nlp.readDoc(c).tokens().out(nlp.its.value) as string[];
  });
}

describe("tokens do not depend on what the process read before", () => {
  // Invented words no other test reads, each ending a sentence first (where wink-nlp learns them
  // whole) and then in the middle of one.
  const first = "The delegates praised Zorvathi's. Later they cited the Quembrel-Ostk's.";
  const later = "Zorvathi's ports and the Quembrel-Ostk's fleet were named in the communiqué.";

  it("a possessive of an unknown word is cut the same before and after the word was learned", () => {
    const chunks = later.split(" ");
    const fresh = freshWinkValues(chunks);
    expect(fresh).toContain("'s");
    tokens(first, "first");
    const after = tokens(later, "later").map((t) => t.slice(t.indexOf(":") + 1));
    expect(after).toEqual(fresh);
    expect(after.slice(0, 2)).toEqual(["Zorvathi", "'s"]);
  });

  it("a word learned while cutting one piece is not known in the next piece of the same span", () => {
    // One span: the sentence-final piece comes first, the same word form after it.
    const span = "They thanked Vrenholt's. Vrenholt's envoys agreed.";
    const got = tokens(span, "span").map((t) => t.slice(t.indexOf(":") + 1));
    expect(got).toEqual(freshWinkValues(span.split(" ")));
    // Whole where the sentence ends (wink-nlp's rule), cut where it does not.
    expect(got.slice(2, 6)).toEqual(["Vrenholt's", ".", "Vrenholt", "'s"]);
  });

  // Two fixture documents where one's wink-nlp pieces change the other's, each read in a fresh
  // process in both orders: token counts and annotations must be the same.
  const A = join(ROOT, "fixtures/seeds/south-america-lima-2017.txt");
  const B = join(ROOT, "fixtures/heldout3/southern-cone-asuncion-2020.txt");
  const script = `
    import { readFileSync } from "node:fs";
    const { createPipeline } = await import(${JSON.stringify(join(ROOT, "packages/core/dist/index.js"))});
    const { defaultExtractors } = await import(${JSON.stringify(join(ROOT, "packages/extractors/dist/index.js"))});
    const pipeline = createPipeline({ extractors: defaultExtractors });
    const out = {};
    for (const path of process.argv.slice(1)) {
      const r = pipeline.annotate(readFileSync(path, "utf8"), { docId: path });
      out[path] = { tokens: r.document.tokens.count, annotations: r.annotations };
    }
    console.log(JSON.stringify(out));`;
  const run = (...paths: string[]) => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, ...paths], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Record<string, { tokens: number; annotations: unknown[] }>;
  };

  it("two fixture documents give the same tokens and annotations in either order", () => {
    const ab = run(A, B);
    const ba = run(B, A);
    for (const path of [A, B]) {
      expect(ab[path]!.tokens, path).toBe(ba[path]!.tokens);
      expect(ab[path]!.annotations, path).toEqual(ba[path]!.annotations);
    }
    expect(ab[B]!.annotations.length).toBeGreaterThan(0);
  });
});
