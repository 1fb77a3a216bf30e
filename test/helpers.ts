import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, createPipeline, type AnalyzedDocument, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
// One deterministic PRNG (mulberry32) for the tests and the benchmarks.
import { prng } from "../bench/prng.mjs";

export { prng };

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** A fixture document: its id (file name without .txt), path and text. */
export interface FixtureText {
  id: string;
  path: string;
  raw: string;
}

let fixtures: readonly FixtureText[] | undefined;

/** Every fixture document that has text: the seeds, the held-out documents and the synthetic edge cases (read once per worker). */
export function fixtureTexts(): readonly FixtureText[] {
  if (fixtures) return fixtures;
  const out: FixtureText[] = [];
  for (const dir of ["seeds", "heldout", "heldout2", "heldout3", "synthetic"]) {
    for (const f of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith(".txt")).sort()) {
      const path = join(FIXTURES, dir, f);
      const raw = readFileSync(path, "utf8");
      if (raw.trim()) out.push({ id: basename(f, ".txt"), path, raw });
    }
  }
  return (fixtures = out);
}

// Several test files read the same fixtures; with vitest's isolate: false they share this module
// in a worker, so each fixture is analyzed and annotated once per worker, not once per test.
const analyzed = new Map<string, AnalyzedDocument>();
const annotated = new Map<string, readonly Annotation[]>();
let fixturePipeline: ReturnType<typeof createPipeline> | undefined;

/** `analyze(raw, { docId: id })` of a fixture, computed once per worker (read it, do not change it). */
export function analyzedFixture(f: FixtureText): AnalyzedDocument {
  let doc = analyzed.get(f.path);
  if (!doc) analyzed.set(f.path, (doc = analyze(f.raw, { docId: f.id })));
  return doc;
}

/** The default pipeline's annotations of a fixture (docId: its id), computed once per worker. */
export function annotatedFixture(f: FixtureText): readonly Annotation[] {
  let annotations = annotated.get(f.path);
  if (!annotations) {
    fixturePipeline ??= createPipeline({ extractors: defaultExtractors });
    annotated.set(f.path, (annotations = fixturePipeline.annotate(f.raw, { docId: f.id }).annotations));
  }
  return annotations;
}

const WORDS = [
  "security", "Guatemala", "transnational", "the", "and", "cooperation", "U.S.", "“threat”", "network’s", "Brazil",
  "cyber-security", "counterterrorism", "police", "3.5%", "$6", "billion", "Perú", "São", "Paulo", "—", "–", "de",
  "Fuerza", "JIATF-S", "Mexico’s", "narco-trafficking", "(CTOC)", "23,000", "North", "Korea", "ﬁnance", "naïve",
];

/** PDF-like text: hard wraps, line-break hyphens, page-break lines, CRLF, tabs, curly quotes, odd spaces. */
export function generateProceedings(seed: number, words = 400): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const eol = rnd() < 0.3 ? "\r\n" : "\n";
  let out = rnd() < 0.2 ? "\ufeff" : "";
  let line = "";
  for (let i = 0; i < words; i++) {
    let w = pick(WORDS);
    if (rnd() < 0.03) w = `${w.slice(0, 2)}\u00ad${w.slice(2)}`;
    const r = rnd();
    if (line.length > 40 && r < 0.25 && w.length > 4) {
      // Cut the word at the line end, sometimes across a page break.
      const cut = 2 + Math.floor(rnd() * (w.length - 3));
      out += `${line}${w.slice(0, cut)}-${eol}${rnd() < 0.3 ? (rnd() < 0.5 ? " " : "\f") : ""}`;
      line = `${w.slice(cut)} `;
      continue;
    }
    line += w + (rnd() < 0.05 ? "\t" : rnd() < 0.05 ? "\u00a0" : " ");
    if (line.length > 50) {
      out += line + eol + (rnd() < 0.1 ? eol : "") + (rnd() < 0.05 ? " " : "");
      line = "";
    }
  }
  return out + line;
}
