import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prng } from "../helpers.js";

// Key ids are process-wide (tokens.ts): a document's records must not depend on what the process
// interned before it. The same generated document is annotated in a fresh process and, in
// another, after many other generated documents; the records must agree byte for byte.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// Words of every route to a key: known names in any case, accented spellings, invented words,
// numbers, marks, and characters the analysis text drops (a soft hyphen, a zero-width space, a
// byte-order mark), also at the very end of a document.
const PIECES = [
  "Colombia", "COLOMBIA", "colombia", "Perú", "PERU", "peru", "Brasil", "México", "MEXICO", "the Army", "Ministry of Defence",
  "Policía Nacional", "POLICÍA", "cartel", "narcotráfico", "NARCOTRAFICO", "drug trafficking", "FARC", "ELN", "tráﬁco",
  "Zorvák", "zorvak", "ZORVAK", "Quembrel", "vrenholt", "1,200", "3.5%", "2019", "twelve", "million", "US$ 40",
  ".", ",", "(", ")", "—", "’s", "\n\n", "\u00ad", "\u200b", "\ufeff", "\u00a0", "é", "ñ",
];

function texts(seed: number, count: number): string[] {
  const rnd = prng(seed);
  return Array.from({ length: count }, () => {
    let t = "";
    const n = 10 + Math.floor(rnd() * 120);
    for (let i = 0; i < n; i++) t += PIECES[Math.floor(rnd() * PIECES.length)]! + (rnd() < 0.7 ? " " : "");
    return t;
  });
}

const script = `
  const { createPipeline } = await import(${JSON.stringify(join(ROOT, "packages/core/dist/index.js"))});
  const { defaultExtractors } = await import(${JSON.stringify(join(ROOT, "packages/extractors/dist/index.js"))});
  const pipeline = createPipeline({ extractors: defaultExtractors });
  const docs = JSON.parse(process.argv[1]);
  const out = docs.map(([docId, t]) => JSON.stringify(pipeline.annotate(t, { docId }).annotations));
  console.log(JSON.stringify(out));`;

/** Each document's records as JSON, the documents ([docId, text]) annotated in order by one fresh process. */
function annotateInOneProcess(docs: [string, string][]): string[] {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(docs)], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as string[];
}

describe("a document's records do not depend on what its process read before", () => {
  it("the same generated documents give byte-identical records alone in a fresh process and after many others", () => {
    const before = texts(14, 150).map((t, i): [string, string] => [`before${i}`, t]);
    const targets = texts(2026, 6).map((t, i): [string, string] => [`target${i}`, t]);
    const after = annotateInOneProcess([...before, ...targets]).slice(before.length);
    const alone = targets.map((d) => annotateInOneProcess([d])[0]!);
    expect(after).toEqual(alone);
    // The documents do hold records to compare.
    expect(alone.filter((r) => r !== "[]").length).toBeGreaterThan(0);
  });
});
